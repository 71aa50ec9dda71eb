// AVX2 + FMA: two passes of 4 × 3 accumulators of 8 floats (12 of 16 registers), panels of 24.
#include "engine/layers/winograd_products_kernel.h"

namespace tagscope::winograd_avx2 {

void products(const float* u, const float* v, int k, int panels, float* m, std::size_t ldm) {
    winograd_detail::products<8, 4, 3>(u, v, k, panels, m, ldm);
}

}  // namespace tagscope::winograd_avx2
