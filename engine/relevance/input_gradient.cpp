#include "engine/relevance/input_gradient.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

#include "engine/error.h"
#include "engine/layers/conv2d_backward.h"
#include "engine/layers/conv_block_tail_backward.h"
#include "engine/relevance/forward_trace.h"
#include "engine/relevance/head_gradient.h"

namespace tagscope {

namespace {

// Per-thread buffers, reused from clip to clip: the trace and the gradients of the largest
// layers are tens of megabytes, and fresh pages for them every time cost more than the
// arithmetic of several layers. Sizes only grow.
struct GradientWorkspace {
    ForwardTrace trace;
    AlignedFloats grad, dConv;
    ConvScratch scratch;
    // The input-gradient convolutions of the networks this thread has explained, by weight
    // fingerprint: made once, not per map.
    std::map<std::pair<std::uint64_t, NetworkKind>, std::vector<Conv2dWeights>> gradientWeights;
};

GradientWorkspace& threadWorkspace() {
    thread_local GradientWorkspace workspace;
    return workspace;
}

const std::vector<Conv2dWeights>& gradientWeightsFor(GradientWorkspace& ws,
                                                     const NetworkWeights& weights) {
    constexpr std::size_t kCachedNetworks = 4;
    const auto key = std::make_pair(weights.fingerprint, weights.kind);
    auto found = ws.gradientWeights.find(key);
    if (found != ws.gradientWeights.end()) return found->second;
    if (ws.gradientWeights.size() >= kCachedNetworks) ws.gradientWeights.clear();
    std::vector<Conv2dWeights> prepared;
    for (const ConvBlockWeights& b : weights.blocks)
        prepared.push_back(inputGradientWeights(b.conv));
    return ws.gradientWeights.emplace(key, std::move(prepared)).first->second;
}

void ensureSize(AlignedFloats& buffer, std::size_t size) {
    if (buffer.size() < size) buffer.resize(size);
}

}  // namespace

LogitGradient tagLogitGradient(const TaggingNetwork& network, const Melgram& clip, int tag,
                               const Calibration* stats, const RunContext& context) {
    const NetworkWeights& weights = network.weights();
    const int outputs = architecture(weights.kind).outputs;
    if (tag < 0 || tag >= outputs)
        throw Error("tag index " + std::to_string(tag) + " is outside 0–" +
                    std::to_string(outputs - 1));
    GradientWorkspace& ws = threadWorkspace();
    const std::vector<Conv2dWeights>& gradientWeights = gradientWeightsFor(ws, weights);
    const ForwardTrace& trace = ws.trace;
    traceForward(network, clip, stats, context, ws.trace, ws.scratch);
    const HeadGradient head = headGradient(weights, trace.features(), tag);

    // grad holds dL/d(block output) going in, dL/d(block input) coming out.
    ensureSize(ws.grad, head.dFeatures.size());
    std::copy(head.dFeatures.data.begin(), head.dFeatures.data.end(), ws.grad.begin());
    for (std::size_t k = weights.blocks.size(); k-- > 0;) {
        context.throwIfStopped();
        const ConvBlockWeights& b = weights.blocks[k];
        const BlockTrace& block = trace.blocks[k];
        const std::size_t plane = std::size_t(block.height) * block.width;
        ensureSize(ws.dConv, std::size_t(b.conv.outChannels) * plane);
        normEluPoolInputGradient(block.convOut.data(), b.conv.outChannels, block.height,
                                 block.width, block.stats, b.gamma, trace.statisticsGradient,
                                 b.pool.height, b.pool.width, block.output.data.data(),
                                 block.source.data(), ws.grad.data(), ws.dConv.data());
        ensureSize(ws.grad, std::size_t(b.conv.inChannels) * plane);
        conv2d3x3InputGradient(ws.dConv.data(), block.height, block.width, gradientWeights[k],
                               ws.grad.data(), ws.scratch);
    }
    // grad is now (1, 96, padded frames): undo the frame normalisation and the padding.
    const int frames = trace.blocks.front().width;
    frameNormInputGradient(ws.grad.data(), kMelBands, frames, weights.frameNorm);
    const int pad = architecture(weights.kind).timePadding;
    LogitGradient result;
    result.logit = head.logit;
    result.values.resize(std::size_t(kMelBands) * kClipFrames);
    for (int band = 0; band < kMelBands; ++band) {
        const float* row = ws.grad.data() + std::size_t(band) * frames + pad;
        std::copy(row, row + kClipFrames, result.values.begin() + std::size_t(band) * kClipFrames);
    }
    return result;
}

}  // namespace tagscope
