#pragma once
// 3×3 'same' convolution of a single input channel (the networks' first layer), row by row:
// each output row is the sum of nine shifted input rows, one vectorised pass over a zero-padded
// copy of the image, instead of a GEMM with an inner dimension of 9. Rows can be produced in
// any order and in bands, so the first block can pool them while they are still in cache
// (first_block.h).

#include "engine/tensor.h"

namespace tagscope {

struct Conv2dWeights;

// The image with a one-sample zero border: (height + 2) rows of (width + 2). Reuses padded.
void padSingleChannel(const float* in, int height, int width, AlignedFloats& padded);

// Output rows y0 … y0 + rows − 1 of output channel o, from the padded image, into out (rows of
// width floats, contiguous).
void convolveSingleChannelRows(const float* padded, int width, int y0, int rows,
                               const Conv2dWeights& weights, int o, float* out);

}  // namespace tagscope
