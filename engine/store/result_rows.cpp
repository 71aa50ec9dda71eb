#include "engine/store/result_rows.h"

#include <cmath>

#include "engine/store/number_blob.h"
#include "engine/tags.h"

namespace tagscope {
namespace {

bool areProbabilities(const std::vector<float>& values) {
    for (float v : values)
        if (!(v >= 0.0f && v <= 1.0f)) return false;  // also false for NaN
    return true;
}

std::optional<std::vector<float>> probabilitiesFrom(const std::string& blob, std::size_t count) {
    auto values = float32sFromBlob(blob);
    if (!values || values->size() != count || !areProbabilities(*values)) return std::nullopt;
    return values;
}

}  // namespace

ResultRow encodeResultRow(const StoredResult& result) {
    ResultRow row;
    row.central = float32Blob(result.central);
    if (!result.hopSeconds) return row;
    row.summary = float32Blob(result.summary);
    row.hopSeconds = result.hopSeconds;
    std::vector<double> starts;
    std::vector<float> probabilities;
    for (const SegmentResult& s : result.segments) {
        starts.push_back(s.startSeconds);
        probabilities.insert(probabilities.end(), s.probabilities.begin(), s.probabilities.end());
    }
    row.windowStarts = float64Blob(starts);
    row.windowProbabilities = float32Blob(probabilities);
    return row;
}

std::optional<StoredResult> decodeResultRow(const ResultRow& row) {
    StoredResult result;
    result.computedAt = row.computedAt;
    auto central = probabilitiesFrom(row.central, kTagCount);
    if (!central) return std::nullopt;
    result.central = std::move(*central);

    const bool windows = row.hopSeconds.has_value();
    if (windows != row.windowStarts.has_value() || windows != row.windowProbabilities.has_value() ||
        windows != row.summary.has_value())
        return std::nullopt;
    if (!windows) {
        result.summary = result.central;
        return result;
    }
    if (!std::isfinite(*row.hopSeconds) || *row.hopSeconds <= 0.0) return std::nullopt;
    result.hopSeconds = row.hopSeconds;
    auto summary = probabilitiesFrom(*row.summary, kTagCount);
    const auto starts = float64sFromBlob(*row.windowStarts);
    if (!summary || !starts) return std::nullopt;
    result.summary = std::move(*summary);
    const auto probabilities =
        probabilitiesFrom(*row.windowProbabilities, starts->size() * kTagCount);
    if (!probabilities) return std::nullopt;
    for (std::size_t w = 0; w < starts->size(); ++w) {
        if (!std::isfinite((*starts)[w])) return std::nullopt;
        const auto first = probabilities->begin() + std::ptrdiff_t(w * kTagCount);
        result.segments.push_back({(*starts)[w], std::vector<float>(first, first + kTagCount), {}});
    }
    return result;
}

}  // namespace tagscope
