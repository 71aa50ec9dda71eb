#include "engine/similarity/neighbour_index.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <string>

#include "engine/error.h"

namespace tagscope {
namespace {

using RowMajorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

void checkSize(std::span<const float> values, int dimensions, const char* what) {
    if (values.size() != std::size_t(dimensions))
        throw Error(std::string("NeighbourIndex: ") + what + " has " +
                    std::to_string(values.size()) + " values, expected " +
                    std::to_string(dimensions));
}

// Whether a ranks before b: more similar, or as similar and added earlier.
bool ranksBefore(const Neighbour& a, const Neighbour& b) {
    return a.similarity > b.similarity || (a.similarity == b.similarity && a.index < b.index);
}

}  // namespace

NeighbourIndex::NeighbourIndex(int dimensions) : dimensions_(dimensions) {
    if (dimensions <= 0) throw Error("NeighbourIndex: dimensions must be positive");
}

void NeighbourIndex::add(std::span<const float> embedding) {
    checkSize(embedding, dimensions_, "an embedding");
    double squares = 0.0;
    for (float v : embedding) squares += double(v) * v;
    const double norm = std::sqrt(squares);
    const float scale = norm > 0.0 && std::isfinite(norm) ? float(1.0 / norm) : 0.0f;
    values_.reserve(values_.size() + embedding.size());
    for (float v : embedding) values_.push_back(v * scale);
    ++rows_;
}

std::vector<Neighbour> NeighbourIndex::nearest(std::span<const float> query, std::size_t k,
                                               std::optional<std::size_t> exclude) const {
    checkSize(query, dimensions_, "the query");
    std::vector<Neighbour> found;
    if (rows_ == 0 || k == 0) return found;

    Eigen::VectorXf unit = Eigen::Map<const Eigen::VectorXf>(query.data(), dimensions_);
    const float norm = unit.norm();
    if (norm > 0.0f && std::isfinite(norm))
        unit /= norm;
    else
        unit.setZero();

    const Eigen::Map<const RowMajorMatrix> rows(values_.data(), Eigen::Index(rows_),
                                                Eigen::Index(dimensions_));
    const Eigen::VectorXf similarities = rows * unit;

    found.reserve(rows_);
    for (std::size_t i = 0; i < rows_; ++i)
        if (i != exclude) found.push_back({i, similarities[Eigen::Index(i)]});
    const std::size_t keep = std::min(k, found.size());
    std::partial_sort(found.begin(), found.begin() + std::ptrdiff_t(keep), found.end(),
                      ranksBefore);
    found.resize(keep);
    return found;
}

}  // namespace tagscope
