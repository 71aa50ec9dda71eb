#pragma once
// Central finite differences for the backward-pass tests: the gradient of a scalar function of
// a float vector, and how far an analytic gradient is from it.

#include <cmath>
#include <functional>
#include <random>
#include <vector>

namespace tagscope::test {

// ∂f/∂x_k ≈ (f(x + h·e_k) − f(x − h·e_k)) / 2h for every k.
inline std::vector<double> finiteDifferenceGradient(
    const std::function<double(const std::vector<float>&)>& f, std::vector<float> x, float h) {
    std::vector<double> gradient(x.size());
    for (std::size_t k = 0; k < x.size(); ++k) {
        const float saved = x[k];
        x[k] = saved + h;
        const double up = f(x);
        x[k] = saved - h;
        const double down = f(x);
        x[k] = saved;
        gradient[k] = (up - down) / (2.0 * double(h));
    }
    return gradient;
}

// ‖analytic − numeric‖ / ‖numeric‖.
template <typename Analytic>
double relativeError(const Analytic& analytic, const std::vector<double>& numeric) {
    double diff = 0.0, norm = 0.0;
    for (std::size_t k = 0; k < numeric.size(); ++k) {
        diff += (double(analytic[k]) - numeric[k]) * (double(analytic[k]) - numeric[k]);
        norm += numeric[k] * numeric[k];
    }
    return std::sqrt(diff / norm);
}

inline std::vector<float> randomValues(std::size_t count, std::mt19937& rng, float scale = 1.0f) {
    std::normal_distribution<float> normal(0.0f, scale);
    std::vector<float> values(count);
    for (float& v : values) v = normal(rng);
    return values;
}

// Σ_k weights_k · values_k in double: a scalar loss whose gradient w.r.t. values is weights.
template <typename Values>
double weightedSum(const Values& values, const std::vector<float>& weights) {
    double sum = 0.0;
    for (std::size_t k = 0; k < weights.size(); ++k) sum += double(weights[k]) * values[k];
    return sum;
}

}  // namespace tagscope::test
