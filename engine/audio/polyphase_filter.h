#pragma once
// The kaiser_best table rearranged for one input rate so that each output sample needs only
// contiguous dot products. For the filter offset r (0 … step) the taps h[r + i·step] of the right
// wing are stored forwards and those of the left wing backwards, zero-padded to `width`, with
// the matching deltas h[j+1] − h[j] alongside (spec step 2, scaled by the ratio when
// downsampling).

#include <cstddef>
#include <vector>

namespace tagscope {

struct PolyphaseFilter {
    double ratio = 1.0;  // 12000 / inRate
    double scale = 1.0;  // min(1, ratio)
    int step = 0;        // int(scale · precision)
    int width = 0;       // taps per wing, a multiple of 16
    // Row r holds `width` floats; see the header comment.
    std::vector<float> rightTaps, rightDeltas, leftTaps, leftDeltas;

    const float* right(int r) const { return rightTaps.data() + std::size_t(r) * width; }
    const float* rightDelta(int r) const { return rightDeltas.data() + std::size_t(r) * width; }
    const float* left(int r) const { return leftTaps.data() + std::size_t(r) * width; }
    const float* leftDelta(int r) const { return leftDeltas.data() + std::size_t(r) * width; }
};

PolyphaseFilter makePolyphaseFilter(int inRate, int outRate);

}  // namespace tagscope
