// AVX-512: 8 × 3 accumulators of 16 floats (24 of the 32 registers), panels of 48 tiles.
#include "engine/layers/winograd_products_kernel.h"

namespace tagscope::winograd_avx512 {

void products(const float* u, const float* v, int k, int panels, float* m, std::size_t ldm) {
    winograd_detail::products<16, 8, 3>(u, v, k, panels, m, ldm);
}

}  // namespace tagscope::winograd_avx512
