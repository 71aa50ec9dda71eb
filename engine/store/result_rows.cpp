#include "engine/store/result_rows.h"

#include <cmath>
#include <limits>

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

bool allFinite(const std::vector<float>& values) {
    for (float v : values)
        if (!std::isfinite(v)) return false;
    return true;
}

bool isShare(double v) {
    return v >= 0.0 && v <= 1.0;  // also false for NaN
}

// NaN stands for "not measured" in the windows' levels blob.
double rmsOrNaN(const WindowLevel& level) {
    return level.rmsDb ? *level.rmsDb : std::numeric_limits<double>::quiet_NaN();
}

std::optional<WindowLevel> levelFrom(double padding, double rmsDb) {
    if (!isShare(padding) || std::isinf(rmsDb)) return std::nullopt;
    WindowLevel level;
    level.paddingShare = padding;
    if (!std::isnan(rmsDb)) level.rmsDb = rmsDb;
    return level;
}

void encodeEmbeddingsAndLevels(const StoredResult& result, ResultRow& row) {
    if (result.centralLevel.rmsDb) {
        row.centralPadding = result.centralLevel.paddingShare;
        row.centralRmsDb = result.centralLevel.rmsDb;
    }
    bool windowEmbeddings = !result.embedding.empty();
    bool measured = false;
    for (const SegmentResult& s : result.segments) {
        windowEmbeddings &= s.embedding.size() == result.embedding.size();
        measured |= s.level.rmsDb.has_value();
    }
    if (!result.embedding.empty() && (windowEmbeddings || !result.hopSeconds))
        row.embedding = float32Blob(result.embedding);
    if (!result.hopSeconds) return;
    if (row.embedding) {
        std::vector<float> values;
        for (const SegmentResult& s : result.segments)
            values.insert(values.end(), s.embedding.begin(), s.embedding.end());
        row.windowEmbeddings = float16Blob(values);
    }
    if (measured) {
        std::vector<double> levels;
        for (const SegmentResult& s : result.segments) {
            levels.push_back(s.level.paddingShare);
            levels.push_back(rmsOrNaN(s.level));
        }
        row.windowLevels = float64Blob(levels);
    }
}

// The embeddings and levels of a row whose probabilities and windows decoded into `result`.
bool decodeEmbeddingsAndLevels(const ResultRow& row, StoredResult& result) {
    if (row.centralPadding.has_value() != row.centralRmsDb.has_value()) return false;
    if (row.centralPadding) {
        const auto level = levelFrom(*row.centralPadding, *row.centralRmsDb);
        if (!level || !level->rmsDb) return false;
        result.centralLevel = *level;
    }
    const bool windows = result.hopSeconds.has_value();
    const std::size_t n = result.segments.size();
    if (row.windowLevels) {
        const auto levels = float64sFromBlob(*row.windowLevels);
        if (!windows || !levels || levels->size() != 2 * n) return false;
        for (std::size_t w = 0; w < n; ++w) {
            const auto level = levelFrom((*levels)[2 * w], (*levels)[2 * w + 1]);
            if (!level) return false;
            result.segments[w].level = *level;
        }
    }
    if (!row.embedding) return !row.windowEmbeddings;
    auto embedding = float32sFromBlob(*row.embedding);
    if (!embedding || embedding->empty() || !allFinite(*embedding)) return false;
    if (windows != row.windowEmbeddings.has_value()) return false;
    if (windows) {
        const std::size_t d = embedding->size();
        const auto values = float16sFromBlob(*row.windowEmbeddings);
        if (!values || values->size() != n * d || !allFinite(*values)) return false;
        for (std::size_t w = 0; w < n; ++w) {
            const auto first = values->begin() + std::ptrdiff_t(w * d);
            result.segments[w].embedding.assign(first, first + std::ptrdiff_t(d));
        }
    }
    result.embedding = std::move(*embedding);
    return true;
}

}  // namespace

ResultRow encodeResultRow(const StoredResult& result) {
    ResultRow row;
    row.central = float32Blob(result.central);
    encodeEmbeddingsAndLevels(result, row);
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
        if (!decodeEmbeddingsAndLevels(row, result)) return std::nullopt;
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
    if (!decodeEmbeddingsAndLevels(row, result)) return std::nullopt;
    return result;
}

}  // namespace tagscope
