#pragma once
// Nearest neighbours by cosine similarity over track embeddings (issue 12, "More like this").
// Brute force: the rows are L2-normalised once when added and kept in one contiguous row-major
// matrix, so a query is one matrix × vector product (Eigen, vectorised) and a partial
// selection of the k best. 100,000 tracks × 256 dimensions take a few milliseconds on one
// core (docs/PERFORMANCE.md, "Similar tracks").

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace tagscope {

struct Neighbour {
    std::size_t index;  // the row, in the order the embeddings were added
    float similarity;   // cosine similarity, −1…1; 0 for a zero vector
};

class NeighbourIndex {
public:
    explicit NeighbourIndex(int dimensions);

    int dimensions() const { return dimensions_; }
    std::size_t size() const { return rows_; }

    // Adds a row (its index is size() before the call), L2-normalised; a zero vector stays
    // zero (similarity 0 to everything). Throws Error if the size is not dimensions().
    void add(std::span<const float> embedding);

    // The k rows most similar to `query` (most similar first; ties: lower index first),
    // leaving out row `exclude`. Throws Error if the query's size is not dimensions().
    std::vector<Neighbour> nearest(std::span<const float> query, std::size_t k,
                                   std::optional<std::size_t> exclude = {}) const;

private:
    int dimensions_;
    std::size_t rows_ = 0;
    std::vector<float> values_;  // rows_ × dimensions_, row-major
};

}  // namespace tagscope
