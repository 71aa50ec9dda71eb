#include "engine/relevance/input_gradient.h"

#include <algorithm>

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
};

GradientWorkspace& threadWorkspace() {
    thread_local GradientWorkspace workspace;
    return workspace;
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
    const ForwardTrace& trace = ws.trace;
    traceForward(network, clip, stats, context, ws.trace);
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
        conv2d3x3InputGradient(ws.dConv.data(), block.height, block.width,
                               inputGradientWeights(b.conv), ws.grad.data(), ws.scratch);
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
