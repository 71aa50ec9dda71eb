#include "ui/views/melgram_image.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace tagscope::ui {

DbRange melgramDbRange(const Melgram& melgram) {
    DbRange range;
    if (melgram.values.empty()) return range;
    range.top = *std::max_element(melgram.values.begin(), melgram.values.end());
    range.floor = range.top - 80.0f;
    return range;
}

QImage renderMelgramImage(const Melgram& melgram, ColorMap map, DbRange range) {
    if (melgram.frames <= 0 || melgram.bands <= 0) return {};
    std::array<QRgb, 256> lut;
    for (int i = 0; i < 256; ++i) lut[std::size_t(i)] = colorAt(map, i / 255.0);
    const float scale = range.top > range.floor ? 255.0f / (range.top - range.floor) : 0.0f;

    QImage image(melgram.frames, melgram.bands, QImage::Format_RGB32);
    for (int band = 0; band < melgram.bands; ++band) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(melgram.bands - 1 - band));
        const float* values = &melgram.values[std::size_t(band) * std::size_t(melgram.frames)];
        for (int f = 0; f < melgram.frames; ++f) {
            const float level = std::clamp((values[f] - range.floor) * scale, 0.0f, 255.0f);
            line[f] = lut[std::size_t(std::lround(std::isfinite(level) ? level : 0.0f))];
        }
    }
    return image;
}

QImage resampleMelgramImage(const QImage& full, double secondsPerFrame, double start, double end,
                            QSize deviceSize, QRgb background) {
    const int width = deviceSize.width(), height = deviceSize.height();
    if (full.isNull() || width <= 0 || height <= 0 || end <= start || secondsPerFrame <= 0.0)
        return {};
    const int frames = full.width(), bands = full.height();

    // Resample the columns into a bands-tall strip first, then stretch the rows.
    QImage strip(width, bands, QImage::Format_RGB32);
    const double framesPerColumn = (end - start) / secondsPerFrame / width;
    const double firstFrame = start / secondsPerFrame;
    std::vector<const QRgb*> rows(static_cast<std::size_t>(bands));
    for (int b = 0; b < bands; ++b)
        rows[std::size_t(b)] = reinterpret_cast<const QRgb*>(full.constScanLine(b));

    for (int c = 0; c < width; ++c) {
        const double a = firstFrame + c * framesPerColumn, z = a + framesPerColumn;
        int f0, f1;  // frames [f0, f1) shown in this column
        if (framesPerColumn <= 1.0) {
            f0 = int(std::floor((a + z) / 2.0));
            f1 = f0 + 1;
        } else {
            f0 = int(std::floor(a + 1e-9));
            f1 = int(std::ceil(z - 1e-9));
        }
        f0 = std::max(f0, 0);
        f1 = std::min(f1, frames);
        for (int b = 0; b < bands; ++b) {
            QRgb* out = reinterpret_cast<QRgb*>(strip.scanLine(b)) + c;
            if (f1 <= f0) {
                *out = background;
                continue;
            }
            if (f1 - f0 == 1) {
                *out = rows[std::size_t(b)][f0];
                continue;
            }
            int r = 0, g = 0, bl = 0;
            for (int f = f0; f < f1; ++f) {
                const QRgb p = rows[std::size_t(b)][f];
                r += qRed(p);
                g += qGreen(p);
                bl += qBlue(p);
            }
            const int n = f1 - f0;
            *out = qRgb((r + n / 2) / n, (g + n / 2) / n, (bl + n / 2) / n);
        }
    }

    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const int b = std::min(bands - 1, int(std::int64_t(y) * bands / height));
        std::memcpy(image.scanLine(y), strip.constScanLine(b), std::size_t(width) * sizeof(QRgb));
    }
    return image;
}

}  // namespace tagscope::ui
