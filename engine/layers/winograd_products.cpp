#include "engine/layers/winograd_products.h"

#include "engine/simd/simd_level.h"

namespace tagscope {

namespace winograd_avx512 {
void products(const float* u, const float* v, int k, int panels, float* m, std::size_t ldm);
}
namespace winograd_avx2 {
void products(const float* u, const float* v, int k, int panels, float* m, std::size_t ldm);
}
namespace winograd_baseline {
void products(const float* u, const float* v, int k, int panels, float* m, std::size_t ldm);
}

const WinogradProductsKernel& winogradProductsKernel() {
    static const WinogradProductsKernel chosen = [] {
        switch (simdLevel()) {
            case SimdLevel::Avx512:
                return WinogradProductsKernel{48, winograd_avx512::products, "avx512"};
            case SimdLevel::Avx2:
                return WinogradProductsKernel{24, winograd_avx2::products, "avx2"};
            case SimdLevel::Baseline:
                break;
        }
        return WinogradProductsKernel{12, winograd_baseline::products, "baseline"};
    }();
    return chosen;
}

}  // namespace tagscope
