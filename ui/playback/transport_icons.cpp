#include "ui/playback/transport_icons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace tagscope::ui {
namespace {

QString resourcePath(TransportIcon icon) {
    switch (icon) {
        case TransportIcon::Play:
            return QStringLiteral(":/icons/transport/play.svg");
        case TransportIcon::Pause:
            return QStringLiteral(":/icons/transport/pause.svg");
        case TransportIcon::Stop:
            return QStringLiteral(":/icons/transport/stop.svg");
        case TransportIcon::Volume:
            return QStringLiteral(":/icons/transport/volume.svg");
        case TransportIcon::Muted:
            return QStringLiteral(":/icons/transport/muted.svg");
    }
    return {};
}

// The SVGs are drawn in black; each use swaps in the colour wanted.
QPixmap render(const QByteArray& svg, const QColor& color, int size, qreal ratio) {
    QByteArray coloured = svg;
    coloured.replace("#000000", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(coloured);
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

}  // namespace

QIcon transportIcon(TransportIcon icon, const QPalette& palette) {
    const QColor enabled = palette.color(QPalette::Active, QPalette::ButtonText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::ButtonText);
    // Made once per icon and palette (GUI thread only): the bar asks again on every play/pause.
    static QHash<QString, QIcon> cache;
    const QString key =
        QStringLiteral("%1 %2 %3").arg(int(icon)).arg(enabled.rgba()).arg(disabled.rgba());
    if (const auto found = cache.constFind(key); found != cache.constEnd()) return *found;
    QFile file(resourcePath(icon));
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QByteArray svg = file.readAll();
    QIcon result;
    for (const int size : {16, 20}) {  // menus, the transport bar
        for (const qreal ratio : {1.0, 2.0}) {
            result.addPixmap(render(svg, enabled, size, ratio), QIcon::Normal);
            result.addPixmap(render(svg, disabled, size, ratio), QIcon::Disabled);
        }
    }
    cache.insert(key, result);
    return result;
}

}  // namespace tagscope::ui
