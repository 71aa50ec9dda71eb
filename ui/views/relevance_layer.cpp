#include "ui/views/relevance_layer.h"

#include <QPainter>
#include <algorithm>

#include "engine/melgram.h"

namespace tagscope::ui {

QImage renderRelevanceImage(const RelevanceLayer& layer) {
    if (layer.frames <= 0 || layer.values.size() != std::size_t(kMelBands) * layer.frames)
        return {};
    QImage image(layer.frames, kMelBands, QImage::Format_ARGB32_Premultiplied);
    const QColor colour = QColor::fromRgba(kRelevanceColour);
    for (int row = 0; row < kMelBands; ++row) {
        const int band = kMelBands - 1 - row;
        const float* values = layer.values.data() + std::size_t(band) * layer.frames;
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(row));
        for (int f = 0; f < layer.frames; ++f) {
            const int alpha = int(std::clamp(values[f], 0.0f, 1.0f) * 255.0f + 0.5f);
            out[f] = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), alpha));
        }
    }
    return image;
}

QRectF relevanceTarget(const RelevanceLayer& layer, const TimeMapping& m, const QRect& data) {
    const double secondsPerFrame = double(kHopSize) / kSampleRate;
    const double x0 = m.x(layer.startSeconds);
    const double x1 = m.x(layer.startSeconds + layer.frames * secondsPerFrame);
    return QRectF(x0, data.top(), x1 - x0, data.height());
}

void drawRelevanceLayer(QPainter& painter, const QImage& image, const RelevanceLayer& layer,
                        const TimeMapping& m, const QRect& data, double opacity) {
    if (image.isNull() || opacity <= 0.0) return;
    painter.save();
    painter.setClipRect(data);
    painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
    // Cells stay cells when zoomed in; zoomed out, smoothing averages the frames a pixel covers.
    const QRectF target = relevanceTarget(layer, m, data);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < image.width());
    painter.drawImage(target, image);
    painter.restore();
}

}  // namespace tagscope::ui
