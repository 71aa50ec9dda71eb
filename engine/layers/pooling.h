#pragma once
// MaxPooling2D with Keras defaults: stride = pool size, border 'valid' (remainder dropped).

#include "engine/tensor.h"

namespace tagscope {

// One (channels, height, width) image into (channels, height / ph, width / pw).
void maxPool(const float* in, int channels, int height, int width, int ph, int pw, float* out);
Tensor maxPool(const Tensor& in, int ph, int pw);

}  // namespace tagscope
