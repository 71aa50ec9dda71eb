#pragma once
// Keras 1.0 BatchNormalization, the two ways the original networks use it (eps = 1e-6):
// - frame normalisation (axis = 3, mode 0, inference): one parameter set per time frame,
//   y = gamma·(x − running_mean)/(running_std + eps) + beta;
// - channel normalisation (axis = 1, mode 2): per-channel statistics of whatever set of clips
//   is being normalised, y = gamma·(x − m)/(sqrt(v + eps) + eps) + beta.

#include <cstddef>
#include <vector>

#include "engine/tensor.h"

namespace tagscope {

inline constexpr double kBatchNormEpsilon = 1e-6;

struct FrameNormWeights {
    std::vector<float> gamma, beta, runningMean, runningStd;  // one per time frame
};

// Per-channel mean and (biased) variance.
struct ChannelStats {
    std::vector<double> mean, variance;
};

// Accumulates per-channel statistics over any number of (channel, height, width) images, so
// that a set of clips can be visited one at a time: float partial sums over short chunks
// (vectorised) are added up in double, and the variance is E[x²] − m². That is accurate to
// float precision for activations whose mean is within a few standard deviations of zero,
// as in every layer of both networks.
class ChannelStatsAccumulator {
public:
    explicit ChannelStatsAccumulator(int channels);
    // Every channel of a (channels, planeSize) image.
    void add(const float* image, std::size_t planeSize);
    // count values of one channel, for callers that produce a channel (or part of one) at a time.
    void addChannel(int channel, const float* values, std::size_t count);
    ChannelStats finish() const;

private:
    std::vector<double> sum_, sumSquares_;
    std::vector<std::size_t> count_;  // values added, per channel
};

void frameNorm(Tensor& x, const FrameNormWeights& weights);

// Normalises one (channel, height, width) image in place.
void channelNorm(float* image, std::size_t planeSize, const ChannelStats& stats,
                 const std::vector<float>& gamma, const std::vector<float>& beta);

}  // namespace tagscope
