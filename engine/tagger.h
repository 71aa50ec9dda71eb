#pragma once
// One network with its weights, normalisation policy and calibration, ready to turn melgrams
// into the 50 tag probabilities. Immutable once made: share it between threads.

#include <memory>
#include <string>
#include <vector>

#include "engine/melgram.h"
#include "engine/model_locator.h"
#include "engine/networks/tagging_network.h"
#include "engine/run_context.h"

namespace tagscope {

struct TaggerConfig {
    NetworkKind kind = NetworkKind::ConvNet;
    std::string weightsPath;  // empty: the default (TensorFlow) weights, found by the locator
    NormMode norm = NormMode::Calibrated;
    std::string calibrationPath;  // empty: the default calibration for the weights
};

// One clip through one network: its tag probabilities and its embedding (tagging_network.h).
struct ClipAnalysis {
    std::vector<float> probabilities;  // 50
    std::vector<float> embedding;      // embeddingSize(kind)
};

class Tagger {
public:
    // Loads and validates everything; throws Error naming the file at fault.
    explicit Tagger(const TaggerConfig& config);

    NetworkKind kind() const { return network_.kind(); }
    NormMode norm() const { return norm_; }
    const std::string& weightsPath() const { return weightsPath_; }
    const std::string& calibrationPath() const { return calibrationPath_; }
    const TaggingNetwork& network() const { return network_; }

    // (clips, 50) probabilities under the tagger's policy: in batch mode the clips are
    // normalised together.
    RowMatrixXf predict(const std::vector<const Melgram*>& clips,
                        const RunContext& context = {}) const;

    // One clip's 50 probabilities. `stats` replaces the policy's statistics when given (batch
    // mode's statistics, shared by every clip of a run); otherwise batch mode sees a batch of
    // one clip.
    std::vector<float> predictClip(const Melgram& clip, const RunContext& context = {},
                                   const Calibration* stats = nullptr) const;

    // predictClip() with the clip's embedding from the same forward pass.
    ClipAnalysis analyseClip(const Melgram& clip, const RunContext& context = {},
                             const Calibration* stats = nullptr) const;

private:
    std::string weightsPath_;
    std::string calibrationPath_;
    NormMode norm_;
    TaggingNetwork network_;
    std::unique_ptr<Calibration> calibration_;
};

}  // namespace tagscope
