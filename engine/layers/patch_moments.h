#pragma once
// The first two moments of a one-channel image's 3×3 patches ('same' padding with zeros), so
// that the mean and variance of any 3×3 convolution of it follow from a 9 × 9 quadratic form
// instead of convolving: for y = b + Σ w_k p_k, E[y] = b + wᵀE[p] and Var[y] = wᵀ Cov[p] w.
// Sums are taken of the image minus its mean, in double, so the covariance does not come from
// the difference of two large numbers.

#include <array>
#include <cstddef>
#include <vector>

namespace tagscope {

struct PatchMoments {
    double centre = 0.0;           // the image's mean, subtracted before the sums
    std::array<double, 9> mean{};  // E[p_k − centre], k = row · 3 + column of the tap
    std::array<std::array<double, 9>, 9> cov{};  // Cov[p_k, p_l]
};

// in: height × width; scratch: reused between calls.
PatchMoments patchMoments(const float* in, int height, int width, std::vector<double>& scratch);

}  // namespace tagscope
