#include "engine/layers/pooling.h"

#include <algorithm>
#include <limits>

namespace tagscope {

void maxPool(const float* in, int channels, int height, int width, int ph, int pw, float* out) {
    const int oh = height / ph, ow = width / pw;
    for (int c = 0; c < channels; ++c) {
        const float* src = in + std::size_t(c) * height * width;
        float* dst = out + std::size_t(c) * oh * ow;
        for (int y = 0; y < oh; ++y) {
            float* drow = dst + std::size_t(y) * ow;
            std::fill(drow, drow + ow, -std::numeric_limits<float>::infinity());
            for (int i = 0; i < ph; ++i) {
                const float* srow = src + std::size_t(y * ph + i) * width;
                for (int x = 0; x < ow; ++x)
                    for (int j = 0; j < pw; ++j) drow[x] = std::max(drow[x], srow[x * pw + j]);
            }
        }
    }
}

Tensor maxPool(const Tensor& in, int ph, int pw) {
    Tensor out(in.n, in.c, in.h / ph, in.w / pw);
    for (int i = 0; i < in.n; ++i)
        maxPool(in.plane(i, 0), in.c, in.h, in.w, ph, pw, out.plane(i, 0));
    return out;
}

}  // namespace tagscope
