#include "engine/layers/batch_norm_backward.h"

#include <cmath>

namespace tagscope {

void frameNormInputGradient(float* grad, int rows, int frames, const FrameNormWeights& weights) {
    std::vector<float> scale(static_cast<std::size_t>(frames));
    for (int t = 0; t < frames; ++t)
        scale[t] = float(weights.gamma[t] / (double(weights.runningStd[t]) + kBatchNormEpsilon));
    for (int r = 0; r < rows; ++r) {
        float* row = grad + std::size_t(r) * frames;
        for (int t = 0; t < frames; ++t) row[t] *= scale[t];
    }
}

void channelNormInputGradient(const float* x, std::size_t planeSize, const ChannelStats& stats,
                              const std::vector<float>& gamma, StatisticsGradient mode,
                              float* grad) {
    for (std::size_t c = 0; c < stats.mean.size(); ++c) {
        // y = gamma·(x − m)/D + beta with D = s + eps, s = sqrt(v + eps).
        const double s = std::sqrt(stats.variance[c] + kBatchNormEpsilon);
        const double d = s + kBatchNormEpsilon;
        const double a = gamma[c] / d;
        float* g = grad + c * planeSize;
        if (mode == StatisticsGradient::Constant) {
            const float scale = float(a);
            for (std::size_t k = 0; k < planeSize; ++k) g[k] *= scale;
            continue;
        }
        // With m and v the image's own: dL/dx_i = a·(g_i − mean(g) − (x_i − m)·Σ_j g_j (x_j − m)
        // / (N·s·D)), since dm/dx_i = 1/N and dD/dx_i = (x_i − m)/(N·s).
        const float* p = x + c * planeSize;
        const double m = stats.mean[c];
        double sumG = 0.0, sumGX = 0.0;
        for (std::size_t k = 0; k < planeSize; ++k) {
            sumG += g[k];
            sumGX += double(g[k]) * (p[k] - m);
        }
        const double n = double(planeSize);
        const float meanG = float(sumG / n);
        const float coupling = float(sumGX / (n * s * d));
        const float scale = float(a), mean = float(m);
        for (std::size_t k = 0; k < planeSize; ++k)
            g[k] = scale * (g[k] - meanG - (p[k] - mean) * coupling);
    }
}

}  // namespace tagscope
