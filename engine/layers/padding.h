#pragma once
// ZeroPadding2D along the time (width) axis.

#include "engine/tensor.h"

namespace tagscope {

Tensor zeroPadWidth(const Tensor& in, int left, int right);

}  // namespace tagscope
