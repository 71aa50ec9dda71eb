#include "engine/relevance/forward_trace.h"

#include "engine/error.h"
#include "engine/layers/conv_block_tail_backward.h"
#include "engine/layers/padding.h"

namespace tagscope {

Tensor networkInput(const NetworkWeights& weights, const Melgram& clip) {
    if (clip.bands != kMelBands || clip.frames != kClipFrames ||
        clip.values.size() != std::size_t(kMelBands) * kClipFrames)
        throw Error("melgram has shape (" + std::to_string(clip.bands) + ", " +
                    std::to_string(clip.frames) + "), expected (96, 1366)");
    Tensor x(1, 1, kMelBands, kClipFrames);
    x.data.assign(clip.values.begin(), clip.values.end());
    const int pad = architecture(weights.kind).timePadding;
    if (pad > 0) x = zeroPadWidth(x, pad, pad);
    frameNorm(x, weights.frameNorm);
    return x;
}

void traceForward(const TaggingNetwork& network, const Melgram& clip, const Calibration* stats,
                  const RunContext& context, ForwardTrace& trace, ConvScratch& scratch) {
    const NetworkWeights& weights = network.weights();
    if (stats) stats->checkFits(weights, "calibration");
    trace.statisticsGradient = stats ? StatisticsGradient::Constant : StatisticsGradient::Exact;
    trace.blocks.resize(weights.blocks.size());
    const Tensor input = networkInput(weights, clip);
    const Tensor* x = &input;
    for (std::size_t k = 0; k < weights.blocks.size(); ++k) {
        context.throwIfStopped();
        const ConvBlockWeights& b = weights.blocks[k];
        BlockTrace& block = trace.blocks[k];
        block.height = x->h;
        block.width = x->w;
        const std::size_t size = std::size_t(b.conv.outChannels) * x->planeSize();
        if (block.convOut.size() < size) block.convOut.resize(size);
        conv2d3x3(x->plane(0, 0), x->h, x->w, b.conv, block.convOut.data(), scratch);
        if (stats) {
            block.stats = stats->layers[k];
        } else {
            ChannelStatsAccumulator acc(b.conv.outChannels);
            acc.add(block.convOut.data(), x->planeSize());
            block.stats = acc.finish();
        }
        block.output.reshape(1, b.conv.outChannels, x->h / b.pool.height, x->w / b.pool.width);
        block.source.resize(block.output.size());
        normEluPoolTraced(block.convOut.data(), b.conv.outChannels, x->h, x->w, block.stats,
                          b.gamma, b.beta, b.pool.height, b.pool.width, block.output.plane(0, 0),
                          block.source.data());
        x = &block.output;
    }
}

}  // namespace tagscope
