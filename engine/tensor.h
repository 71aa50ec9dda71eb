#pragma once
// A dense float32 tensor in Theano order (batch, channel, height, width), the layout the
// original Keras models use. Layers are free functions over it (see layers/).

#include <Eigen/Core>
#include <cstddef>
#include <vector>

namespace tagscope {

// Storage aligned to the widest SIMD register: every buffer, and so every channel plane at a
// given offset, has the same alignment in every run and on every thread. Vectorised loops
// (Eigen's reductions and exp) split their work by alignment, so this keeps results
// bit-for-bit reproducible.
using AlignedFloats = std::vector<float, Eigen::aligned_allocator<float>>;

struct Tensor {
    int n = 0, c = 0, h = 0, w = 0;
    AlignedFloats data;

    Tensor() = default;
    Tensor(int n_, int c_, int h_, int w_)
        : n(n_), c(c_), h(h_), w(w_), data(std::size_t(n_) * c_ * h_ * w_, 0.0f) {}

    // Changes the shape; the storage only grows, so a reused tensor does not reallocate.
    void reshape(int n_, int c_, int h_, int w_) {
        n = n_, c = c_, h = h_, w = w_;
        data.resize(std::size_t(n_) * c_ * h_ * w_);
    }

    std::size_t size() const { return data.size(); }
    std::size_t planeSize() const { return std::size_t(h) * w; }
    float* plane(int i, int ch) { return data.data() + (std::size_t(i) * c + ch) * planeSize(); }
    const float* plane(int i, int ch) const {
        return data.data() + (std::size_t(i) * c + ch) * planeSize();
    }
    float& at(int i, int ch, int y, int x) { return plane(i, ch)[std::size_t(y) * w + x]; }
    float at(int i, int ch, int y, int x) const { return plane(i, ch)[std::size_t(y) * w + x]; }
};

}  // namespace tagscope
