#pragma once
// Two-dimensional pictures of track embeddings, for the library map: principal component
// analysis (the plane of largest variance). Deterministic: each axis is oriented so that its
// largest-magnitude loading is positive, so the same library draws the same map.

#include <array>
#include <span>
#include <vector>

namespace tagscope {

using MapPosition = std::array<float, 2>;

// One position per row (rows × dimensions, row-major), centred on the mean: x along the first
// principal component, y along the second. Fewer than two rows, or rows that do not vary,
// give zeros. Throws Error if values.size() is not rows × dimensions.
std::vector<MapPosition> projectPca(std::span<const float> values, std::size_t rows,
                                    int dimensions);

}  // namespace tagscope
