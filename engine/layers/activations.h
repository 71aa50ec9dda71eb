#pragma once
// Element-wise activations.

#include <cstddef>

namespace tagscope {

// ELU with alpha = 1: x for x > 0, exp(x) − 1 otherwise.
void elu(float* values, std::size_t count);
void sigmoid(float* values, std::size_t count);
// Keras' hard sigmoid: clip(0.2·x + 0.5, 0, 1).
float hardSigmoid(float x);

}  // namespace tagscope
