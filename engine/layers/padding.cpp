#include "engine/layers/padding.h"

#include <algorithm>

namespace tagscope {

Tensor zeroPadWidth(const Tensor& in, int left, int right) {
    Tensor out(in.n, in.c, in.h, in.w + left + right);
    for (int i = 0; i < in.n; ++i)
        for (int c = 0; c < in.c; ++c)
            for (int y = 0; y < in.h; ++y) {
                const float* src = in.plane(i, c) + std::size_t(y) * in.w;
                std::copy(src, src + in.w, &out.at(i, c, y, left));
            }
    return out;
}

}  // namespace tagscope
