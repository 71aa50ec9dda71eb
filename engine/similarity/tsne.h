#pragma once
// t-SNE (van der Maaten and Hinton, 2008), exact: a neighbourhood-preserving 2-D picture of
// track embeddings for the library map, where PCA keeps only the two widest directions. O(n²)
// memory and time per iteration, so it is for up to kMaxTsneRows rows (2,000 rows × 750
// iterations: a few seconds on one core), run in the background. Deterministic: it starts from
// the PCA picture (scaled down), so the same library gives the same map.

#include <cstddef>
#include <span>
#include <vector>

#include "engine/run_context.h"
#include "engine/similarity/projection.h"

namespace tagscope {

inline constexpr std::size_t kMaxTsneRows = 2000;

struct TsneOptions {
    double perplexity = 30.0;  // lowered to (rows − 1) / 3 for small inputs
    int iterations = 750;
    int exaggerationIterations = 200;  // early exaggeration (×12) of the input similarities
};

// One position per row (rows × dimensions, row-major). Fewer than 4 rows: the PCA positions.
// Throws Error if values.size() is not rows × dimensions or rows > kMaxTsneRows; checks `run`'s
// stop signal every iteration (throws Cancelled).
std::vector<MapPosition> projectTsne(std::span<const float> values, std::size_t rows,
                                     int dimensions, const RunContext& run,
                                     const TsneOptions& options = {});

}  // namespace tagscope
