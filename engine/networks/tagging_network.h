#pragma once
// The original ConvNet and RecurrentNet (Choi et al., ISMIR 2016) over batches of melgrams.

#include <string>
#include <vector>

#include "engine/layers/dense.h"
#include "engine/melgram.h"
#include "engine/networks/calibration.h"
#include "engine/networks/network_weights.h"
#include "engine/networks/normalization.h"
#include "engine/run_context.h"

namespace tagscope {

// What one forward pass gives: (clips, 50) probabilities and (clips, embeddingSize(kind))
// embeddings, the last hidden layer the tags are computed from.
struct NetworkOutputs {
    RowMatrixXf probabilities;
    RowMatrixXf embeddings;
};

class TaggingNetwork {
public:
    explicit TaggingNetwork(NetworkWeights weights);
    // Loads and validates a Keras weight file for the given network.
    static TaggingNetwork fromFile(const std::string& path, NetworkKind kind);

    NetworkKind kind() const { return weights_.kind; }
    const NetworkWeights& weights() const { return weights_; }

    // Each clip must be 96 × 1366. Returns (clips, 50) tag probabilities. Calibrated mode needs
    // a calibration made for these weights. The context's stop signal is checked between
    // layers; a probability that is not finite (an input far outside any melgram's range)
    // throws Error instead of being returned.
    RowMatrixXf predict(const std::vector<const Melgram*>& clips, NormMode mode,
                        const Calibration* calibration = nullptr,
                        const RunContext& context = {}) const;
    RowMatrixXf predict(const std::vector<Melgram>& clips, NormMode mode,
                        const Calibration* calibration = nullptr,
                        const RunContext& context = {}) const;

    // predict() that also keeps each clip's embedding from the same forward pass.
    NetworkOutputs predictWithEmbeddings(const std::vector<const Melgram*>& clips, NormMode mode,
                                         const Calibration* calibration = nullptr,
                                         const RunContext& context = {}) const;

    // The statistics batch mode computes over these clips, layer by layer.
    Calibration calibrate(const std::vector<const Melgram*>& clips,
                          const RunContext& context = {}) const;

private:
    Tensor prepareInput(const Melgram& clip) const;
    // The same into x, whose storage is reused (a clip's input is half a megabyte).
    void prepareInput(const Melgram& clip, Tensor& x) const;
    // BN (mode 2) → ELU → max-pool of one image's convolution output (outChannels × h × w).
    Tensor blockTail(const float* convOut, int height, int width, std::size_t block,
                     const ChannelStats& stats) const;
    void blockTail(const float* convOut, int height, int width, std::size_t block,
                   const ChannelStats& stats, Tensor& out) const;
    // Probabilities from the last feature maps; the embedding goes to `embedding` if given.
    Eigen::RowVectorXf head(const Tensor& features, float* embedding) const;
    // Both predicts: embeddings are kept when `embeddings` is given.
    RowMatrixXf run(const std::vector<const Melgram*>& clips, NormMode mode,
                    const Calibration* calibration, const RunContext& context,
                    RowMatrixXf* embeddings) const;
    // Runs clips together as one batch; returns the final feature maps (and the statistics).
    std::vector<Tensor> runAsBatch(const std::vector<const Melgram*>& clips, Calibration& statsOut,
                                   const RunContext& context) const;

    NetworkWeights weights_;
};

}  // namespace tagscope
