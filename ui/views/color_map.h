#pragma once
// Perceptually uniform colour maps (matplotlib's magma, viridis, inferno) and grey.

#include <QList>
#include <QRgb>
#include <QString>

namespace tagscope::ui {

enum class ColorMap { Magma, Viridis, Inferno, Grayscale };

QRgb colorAt(ColorMap map, double t);        // t in [0, 1], clamped
QString colorMapName(ColorMap map);          // translated, for menus
QString colorMapId(ColorMap map);            // "magma", ... for settings
ColorMap colorMapFromId(const QString& id);  // Magma for anything unknown
QList<ColorMap> allColorMaps();

}  // namespace tagscope::ui
