#include "ui/views/color_map.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace tagscope::ui {
namespace {

struct Rgb {
    double r, g, b;
};
using Anchors = std::array<Rgb, 17>;

// matplotlib's 256-entry tables (van der Walt & Smith), sampled at entries 0, 16, 32, …, 240
// and 255; linear interpolation between these anchors stays within about 1/255 of the original.
constexpr Anchors kMagma = {{{0.001462, 0.000466, 0.013866},
                             {0.039608, 0.031090, 0.133515},
                             {0.113094, 0.065492, 0.276784},
                             {0.211718, 0.061992, 0.418647},
                             {0.316654, 0.071690, 0.485380},
                             {0.414709, 0.110431, 0.504662},
                             {0.512831, 0.148179, 0.507648},
                             {0.613617, 0.181811, 0.498536},
                             {0.716387, 0.214982, 0.475290},
                             {0.816914, 0.255895, 0.436461},
                             {0.904281, 0.319610, 0.388137},
                             {0.960949, 0.418323, 0.359630},
                             {0.986700, 0.535582, 0.382210},
                             {0.996096, 0.653659, 0.446213},
                             {0.996898, 0.769591, 0.534892},
                             {0.992440, 0.884330, 0.640099},
                             {0.987053, 0.991438, 0.749504}}};

constexpr Anchors kInferno = {{{0.001462, 0.000466, 0.013866},
                               {0.042253, 0.028139, 0.141141},
                               {0.129285, 0.047293, 0.290788},
                               {0.238273, 0.036621, 0.396353},
                               {0.341500, 0.062325, 0.429425},
                               {0.441207, 0.099338, 0.431594},
                               {0.540920, 0.134729, 0.415123},
                               {0.640135, 0.171438, 0.381065},
                               {0.735683, 0.215906, 0.330245},
                               {0.822386, 0.275197, 0.266085},
                               {0.894305, 0.353399, 0.193584},
                               {0.946965, 0.449191, 0.115272},
                               {0.978422, 0.557937, 0.034931},
                               {0.987874, 0.675267, 0.065257},
                               {0.974638, 0.797692, 0.206332},
                               {0.947594, 0.917399, 0.410665},
                               {0.988362, 0.998364, 0.644924}}};

constexpr Anchors kViridis = {{{0.267004, 0.004874, 0.329415},
                               {0.282327, 0.094955, 0.417331},
                               {0.278826, 0.175490, 0.483397},
                               {0.258965, 0.251537, 0.524736},
                               {0.229739, 0.322361, 0.545706},
                               {0.199430, 0.387607, 0.554642},
                               {0.172719, 0.448791, 0.557885},
                               {0.149039, 0.508051, 0.557250},
                               {0.127568, 0.566949, 0.550556},
                               {0.120638, 0.625828, 0.533488},
                               {0.157851, 0.683765, 0.501686},
                               {0.246070, 0.738910, 0.452024},
                               {0.369214, 0.788888, 0.382914},
                               {0.515992, 0.831158, 0.294279},
                               {0.678489, 0.863742, 0.189503},
                               {0.845561, 0.887322, 0.099702},
                               {0.993248, 0.906157, 0.143936}}};

// Table position of anchor i (the last one is entry 255, not 256).
double anchorPosition(int i) {
    return i == 16 ? 255.0 : 16.0 * i;
}

QRgb interpolate(const Anchors& anchors, double t) {
    const double x = t * 255.0;
    int i = std::min(int(x / 16.0), 15);
    const double x0 = anchorPosition(i), x1 = anchorPosition(i + 1);
    const double f = std::clamp((x - x0) / (x1 - x0), 0.0, 1.0);
    const Rgb& a = anchors[std::size_t(i)];
    const Rgb& b = anchors[std::size_t(i) + 1];
    auto channel = [f](double u, double v) { return int(std::lround((u + (v - u) * f) * 255.0)); };
    return qRgb(channel(a.r, b.r), channel(a.g, b.g), channel(a.b, b.b));
}

}  // namespace

QRgb colorAt(ColorMap map, double t) {
    t = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.0;
    switch (map) {
        case ColorMap::Magma:
            return interpolate(kMagma, t);
        case ColorMap::Viridis:
            return interpolate(kViridis, t);
        case ColorMap::Inferno:
            return interpolate(kInferno, t);
        case ColorMap::Grayscale: {
            const int v = int(std::lround(t * 255.0));
            return qRgb(v, v, v);
        }
    }
    return interpolate(kMagma, t);
}

QString colorMapName(ColorMap map) {
    switch (map) {
        case ColorMap::Magma:
            return QCoreApplication::translate("tagscope::ui::ColorMap", "Magma");
        case ColorMap::Viridis:
            return QCoreApplication::translate("tagscope::ui::ColorMap", "Viridis");
        case ColorMap::Inferno:
            return QCoreApplication::translate("tagscope::ui::ColorMap", "Inferno");
        case ColorMap::Grayscale:
            return QCoreApplication::translate("tagscope::ui::ColorMap", "Greyscale");
    }
    return {};
}

QString colorMapId(ColorMap map) {
    switch (map) {
        case ColorMap::Magma:
            return QStringLiteral("magma");
        case ColorMap::Viridis:
            return QStringLiteral("viridis");
        case ColorMap::Inferno:
            return QStringLiteral("inferno");
        case ColorMap::Grayscale:
            return QStringLiteral("grey");
    }
    return QStringLiteral("magma");
}

ColorMap colorMapFromId(const QString& id) {
    for (ColorMap map : allColorMaps())
        if (colorMapId(map).compare(id, Qt::CaseInsensitive) == 0) return map;
    if (id.compare(QStringLiteral("gray"), Qt::CaseInsensitive) == 0) return ColorMap::Grayscale;
    return ColorMap::Magma;
}

QList<ColorMap> allColorMaps() {
    return {ColorMap::Magma, ColorMap::Viridis, ColorMap::Inferno, ColorMap::Grayscale};
}

}  // namespace tagscope::ui
