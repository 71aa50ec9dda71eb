// Baseline x86-64 (SSE2): four passes of 2 × 3 accumulators of 4 floats, panels of 12.
#include "engine/layers/winograd_products_kernel.h"

namespace tagscope::winograd_baseline {

void products(const float* u, const float* v, int k, int panels, float* m, std::size_t ldm) {
    winograd_detail::products<4, 2, 3>(u, v, k, panels, m, ldm);
}

}  // namespace tagscope::winograd_baseline
