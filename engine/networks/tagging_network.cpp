#include "engine/networks/tagging_network.h"

#include <algorithm>

#include "engine/error.h"
#include "engine/layers/activations.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/conv_block_tail.h"
#include "engine/layers/first_block.h"
#include "engine/layers/pooling.h"

namespace tagscope {
namespace {
// Above this many bytes of convolution output, batch statistics are computed in two passes
// (convolving twice) instead of keeping every clip's output in memory.
constexpr std::size_t kBatchMemoryBudget = std::size_t(512) << 20;

// Per-thread buffers for the largest intermediates (the convolution outputs): reusing them
// avoids mapping and zeroing tens of megabytes of fresh pages for every clip.
struct Workspace {
    AlignedFloats convOut;  // only grows
    ConvScratch scratch;
    FirstBlockScratch firstBlock;
    Tensor input;
    Tensor activations[2];  // each block reads one and writes the other
};

Workspace& threadWorkspace() {
    thread_local Workspace workspace;
    return workspace;
}

void checkFinite(const Eigen::RowVectorXf& probabilities) {
    if (!probabilities.allFinite())
        throw Error("the network's output is not finite (input far outside a melgram's range?)");
}

}  // namespace

TaggingNetwork::TaggingNetwork(NetworkWeights weights) : weights_(std::move(weights)) {
    for (ConvBlockWeights& block : weights_.blocks) prepareConvolution(block.conv);
}

TaggingNetwork TaggingNetwork::fromFile(const std::string& path, NetworkKind kind) {
    return TaggingNetwork(buildNetworkWeights(KerasWeights::load(path), kind));
}

Tensor TaggingNetwork::prepareInput(const Melgram& clip) const {
    Tensor x;
    prepareInput(clip, x);
    return x;
}

void TaggingNetwork::prepareInput(const Melgram& clip, Tensor& x) const {
    if (clip.bands != kMelBands || clip.frames != kClipFrames ||
        clip.values.size() != std::size_t(kMelBands) * kClipFrames)
        throw Error("melgram has shape (" + std::to_string(clip.bands) + ", " +
                    std::to_string(clip.frames) + "), expected (96, 1366)");
    const int pad = architecture(kind()).timePadding;
    x.reshape(1, 1, kMelBands, kClipFrames + 2 * pad);
    for (int y = 0; y < kMelBands; ++y) {
        float* row = x.plane(0, 0) + std::size_t(y) * x.w;
        std::fill_n(row, pad, 0.0f);
        std::copy_n(clip.values.data() + std::size_t(y) * kClipFrames, kClipFrames, row + pad);
        std::fill_n(row + pad + kClipFrames, pad, 0.0f);
    }
    frameNorm(x, weights_.frameNorm);
}

Tensor TaggingNetwork::blockTail(const float* convOut, int height, int width, std::size_t block,
                                 const ChannelStats& stats) const {
    Tensor out;
    blockTail(convOut, height, width, block, stats, out);
    return out;
}

void TaggingNetwork::blockTail(const float* convOut, int height, int width, std::size_t block,
                               const ChannelStats& stats, Tensor& out) const {
    const ConvBlockWeights& b = weights_.blocks[block];
    out.reshape(1, b.conv.outChannels, height / b.pool.height, width / b.pool.width);
    normEluPool(convOut, b.conv.outChannels, height, width, stats, b.gamma, b.beta, b.pool.height,
                b.pool.width, out.plane(0, 0));
}

Eigen::RowVectorXf TaggingNetwork::head(const Tensor& features, float* embedding) const {
    RowMatrixXf logits;
    if (weights_.grus.empty()) {
        // Flatten (channels, 1, 1): the embedding.
        RowMatrixXf flat =
            Eigen::Map<const RowMatrixXf>(features.data.data(), 1, Eigen::Index(features.size()));
        if (embedding) std::copy(flat.data(), flat.data() + flat.size(), embedding);
        logits = dense(flat, weights_.output);
    } else {
        // Permute (channels, 1, steps) → steps × channels, then GRU (all steps) → GRU (last).
        RowMatrixXf sequence(features.w, features.c);
        for (int t = 0; t < features.w; ++t)
            for (int c = 0; c < features.c; ++c) sequence(t, c) = features.at(0, c, 0, t);
        RowMatrixXf states = gruSequence(sequence, weights_.grus[0]);
        states = gruSequence(states, weights_.grus[1]);
        if (embedding) {  // the final state
            const Eigen::Index last = states.rows() - 1;
            for (Eigen::Index u = 0; u < states.cols(); ++u) embedding[u] = states(last, u);
        }
        logits = dense(states.bottomRows(1), weights_.output);
    }
    sigmoid(logits.data(), std::size_t(logits.size()));
    return logits.row(0);
}

std::vector<Tensor> TaggingNetwork::runAsBatch(const std::vector<const Melgram*>& clips,
                                               Calibration& statsOut,
                                               const RunContext& context) const {
    std::vector<Tensor> acts;
    acts.reserve(clips.size());
    for (const Melgram* clip : clips) acts.push_back(prepareInput(*clip));

    statsOut.kind = kind();
    statsOut.weightsFingerprint = weights_.fingerprint;
    statsOut.clipCount = int(clips.size());
    statsOut.layers.clear();
    for (std::size_t k = 0; k < weights_.blocks.size(); ++k) {
        const Conv2dWeights& conv = weights_.blocks[k].conv;
        const std::size_t bytes =
            clips.size() * sizeof(float) * std::size_t(conv.outChannels) * acts.front().planeSize();
        const bool keep = bytes <= kBatchMemoryBudget;
        ChannelStatsAccumulator acc(conv.outChannels);
        std::vector<Tensor> outputs;
        for (const Tensor& a : acts) {
            context.throwIfStopped();
            Tensor out = conv2d3x3(a, conv);
            acc.add(out.plane(0, 0), out.planeSize());
            if (keep) outputs.push_back(std::move(out));
        }
        statsOut.layers.push_back(acc.finish());
        for (std::size_t i = 0; i < acts.size(); ++i) {
            context.throwIfStopped();
            Tensor out = keep ? std::move(outputs[i]) : conv2d3x3(acts[i], conv);
            acts[i] = blockTail(out.plane(0, 0), out.h, out.w, k, statsOut.layers.back());
        }
    }
    return acts;
}

Calibration TaggingNetwork::calibrate(const std::vector<const Melgram*>& clips,
                                      const RunContext& context) const {
    if (clips.empty()) throw Error("a calibration needs at least one clip");
    Calibration calibration;
    runAsBatch(clips, calibration, context);
    return calibration;
}

RowMatrixXf TaggingNetwork::predict(const std::vector<const Melgram*>& clips, NormMode mode,
                                    const Calibration* calibration,
                                    const RunContext& context) const {
    return run(clips, mode, calibration, context, nullptr);
}

NetworkOutputs TaggingNetwork::predictWithEmbeddings(const std::vector<const Melgram*>& clips,
                                                     NormMode mode, const Calibration* calibration,
                                                     const RunContext& context) const {
    NetworkOutputs outputs;
    outputs.probabilities = run(clips, mode, calibration, context, &outputs.embeddings);
    return outputs;
}

RowMatrixXf TaggingNetwork::run(const std::vector<const Melgram*>& clips, NormMode mode,
                                const Calibration* calibration, const RunContext& context,
                                RowMatrixXf* embeddings) const {
    RowMatrixXf probabilities(Eigen::Index(clips.size()), architecture(kind()).outputs);
    if (embeddings) embeddings->resize(Eigen::Index(clips.size()), embeddingSize(kind()));
    // Row i of the embeddings (row-major: contiguous), or none.
    const auto embeddingRow = [&](std::size_t i) {
        return embeddings ? embeddings->row(Eigen::Index(i)).data() : nullptr;
    };
    if (clips.empty()) return probabilities;
    if (mode == NormMode::Batch) {
        Calibration batchStats;
        const std::vector<Tensor> features = runAsBatch(clips, batchStats, context);
        for (std::size_t i = 0; i < clips.size(); ++i) {
            probabilities.row(Eigen::Index(i)) = head(features[i], embeddingRow(i));
            checkFinite(probabilities.row(Eigen::Index(i)));
        }
        return probabilities;
    }
    if (mode == NormMode::Calibrated) {
        if (!calibration) throw Error("calibrated normalisation needs a calibration");
        calibration->checkFits(weights_, "calibration");
    }
    Workspace& ws = threadWorkspace();
    for (std::size_t i = 0; i < clips.size(); ++i) {
        prepareInput(*clips[i], ws.input);
        const Tensor* x = &ws.input;
        for (std::size_t k = 0; k < weights_.blocks.size(); ++k) {
            context.throwIfStopped();
            const ConvBlockWeights& b = weights_.blocks[k];
            Tensor& next = ws.activations[k % 2];
            if (b.conv.inChannels == 1) {
                // One input channel: convolution, normalisation, ELU and pooling in one pass.
                const ChannelStats stats =
                    mode == NormMode::Track
                        ? firstBlockStats(x->plane(0, 0), x->h, x->w, b.conv, ws.firstBlock)
                        : calibration->layers[k];
                next.reshape(1, b.conv.outChannels, x->h / b.pool.height, x->w / b.pool.width);
                firstBlock(x->plane(0, 0), x->h, x->w, b.conv, stats, b.gamma, b.beta,
                           b.pool.height, b.pool.width, next.plane(0, 0), ws.firstBlock);
                x = &next;
                continue;
            }
            const std::size_t plane = std::size_t(x->h) * x->w;
            const std::size_t needed = std::size_t(b.conv.outChannels) * plane;
            if (ws.convOut.size() < needed) ws.convOut.resize(needed);
            conv2d3x3(x->plane(0, 0), x->h, x->w, b.conv, ws.convOut.data(), ws.scratch);
            ChannelStats trackStats;
            if (mode == NormMode::Track) {
                ChannelStatsAccumulator acc(b.conv.outChannels);
                acc.add(ws.convOut.data(), plane);
                trackStats = acc.finish();
            }
            const ChannelStats& stats =
                mode == NormMode::Track ? trackStats : calibration->layers[k];
            blockTail(ws.convOut.data(), x->h, x->w, k, stats, next);
            x = &next;
        }
        probabilities.row(Eigen::Index(i)) = head(*x, embeddingRow(i));
        checkFinite(probabilities.row(Eigen::Index(i)));
    }
    return probabilities;
}

RowMatrixXf TaggingNetwork::predict(const std::vector<Melgram>& clips, NormMode mode,
                                    const Calibration* calibration,
                                    const RunContext& context) const {
    std::vector<const Melgram*> pointers;
    for (const Melgram& m : clips) pointers.push_back(&m);
    return predict(pointers, mode, calibration, context);
}

}  // namespace tagscope
