#include "engine/layers/activations.h"

#include <algorithm>
#include <cmath>

namespace tagscope {

void elu(float* values, std::size_t count) {
    for (std::size_t k = 0; k < count; ++k)
        values[k] = values[k] > 0.0f ? values[k] : std::expm1(values[k]);
}

void sigmoid(float* values, std::size_t count) {
    for (std::size_t k = 0; k < count; ++k) values[k] = 1.0f / (1.0f + std::exp(-values[k]));
}

float hardSigmoid(float x) {
    return std::clamp(0.2f * x + 0.5f, 0.0f, 1.0f);
}

}  // namespace tagscope
