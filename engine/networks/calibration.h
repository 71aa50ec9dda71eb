#pragma once
// Frozen statistics for the mode-2 BatchNormalization layers: per layer, per channel, the mean
// and variance that batch normalisation would compute over a calibration set. Saved as a small
// JSON file tied to one network and one weight file (by fingerprint):
//   {"format": "tagscope-calibration", "version": 2, "network": "cnn" | "rnn",
//    "weights_fingerprint": "<16 hex digits>", "clip_count": N, "clips": ["name", ...],
//    "layers": [{"mean": [...], "variance": [...]}, ...]}
// Doubles are written in their shortest exact form, so a calibration loads bit for bit as saved.
// The HDF5 calibrations of Tagscope 0.1.0 still load (legacy_calibration.h).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/layers/batch_norm.h"
#include "engine/networks/network_weights.h"

namespace tagscope {

struct Calibration {
    NetworkKind kind = NetworkKind::ConvNet;
    std::uint64_t weightsFingerprint = 0;
    int clipCount = 0;
    std::vector<std::string> clipNames;  // what it was computed from, for the record
    std::vector<ChannelStats> layers;    // one per conv block

    // Throws Error naming `source` if this calibration was not made for these weights.
    void checkFits(const NetworkWeights& weights, const std::string& source) const;

    // Throws Error("<source>: <field> <problem>") unless every statistic is usable: one entry
    // per conv block of the network with its channel count, means and variances finite and
    // within the float range, variances ≥ 0, 1 ≤ clip count ≤ 10^7, at most 10^5 clip names.
    void validate(const std::string& source) const;

    // validate(), then writes the JSON file atomically.
    void save(const std::string& path) const;
    // Reads and validates a JSON calibration, or a legacy HDF5 one (recognised by its signature
    // and parsed in a child process). Throws Error naming the file and the field at fault.
    static Calibration load(const std::string& path);

    // The JSON text save() writes (no validation), and its validating parser.
    std::string toJson() const;
    static Calibration fromJson(std::string_view text, const std::string& source);
};

// The fingerprint as written in files: exactly 16 lowercase hex digits, and its parser
// (nullopt unless exactly 16 hex digits).
std::string fingerprintHex(std::uint64_t fingerprint);
std::optional<std::uint64_t> parseFingerprintHex(std::string_view text);

}  // namespace tagscope
