#pragma once
// A StoredResult as the results table holds it: probability blobs (float32), window starts
// (float64), the hop. Decoding checks everything a damaged or hand-edited row could get wrong.

#include <cstdint>
#include <optional>
#include <string>

#include "engine/store/result_store.h"

namespace tagscope {

struct ResultRow {
    std::string central;                             // 50 float32
    std::optional<std::string> summary;              // 50 float32; none: same as central
    std::optional<double> hopSeconds;                // with the windows
    std::optional<std::string> windowStarts;         // n float64
    std::optional<std::string> windowProbabilities;  // n × 50 float32, window after window
    std::optional<std::string> embedding;            // d float32 (schema 4)
    std::optional<std::string> windowEmbeddings;     // n × d float16, with the embedding
    std::optional<double> centralPadding;            // with a measured central level
    std::optional<double> centralRmsDb;              // none: not measured
    std::optional<std::string> windowLevels;         // n × 2 float64 (padding, RMS or NaN)
    std::int64_t computedAt = 0;
};

ResultRow encodeResultRow(const StoredResult& result);

// nullopt unless every array has the right length and finite values, probabilities within
// [0, 1], and hop, starts and windows are all there or all absent; likewise for the
// embeddings (windows' embeddings exactly when there are an embedding and windows) and the
// levels (padding shares within [0, 1]). A row without embedding or levels (saved before
// schema 4) decodes with them empty and unknown.
std::optional<StoredResult> decodeResultRow(const ResultRow& row);

}  // namespace tagscope
