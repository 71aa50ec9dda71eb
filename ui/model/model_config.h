#pragma once
// Which network runs how: the part of a result's identity beyond the file (results are cached
// per file and ModelConfig).

#include <QString>
#include <vector>

#include "engine/networks/network_weights.h"
#include "engine/networks/normalization.h"

namespace tagscope::ui {

struct ModelConfig {
    NetworkKind kind = NetworkKind::ConvNet;
    QString weightsPath;  // empty: the bundled TensorFlow weights
    NormMode norm = NormMode::Calibrated;
    QString calibrationPath;  // empty: the bundled calibration for the weights

    QString key() const;  // unique per configuration, for caches
    bool operator==(const ModelConfig&) const = default;
};

// What the toolbar offers: one network or both.
enum class ModelChoice { Cnn, Rnn, Both };

std::vector<NetworkKind> networksFor(ModelChoice choice);
QString modelChoiceId(ModelChoice choice);         // "cnn", "rnn", "both" (settings)
ModelChoice modelChoiceFromId(const QString& id);  // Cnn for anything unknown
QString networkShortName(NetworkKind kind);        // "CNN" / "RNN"

}  // namespace tagscope::ui
