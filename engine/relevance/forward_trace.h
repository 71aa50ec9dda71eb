#pragma once
// One clip through a network's convolutional blocks, keeping what the backward pass needs:
// every block's convolution output, the statistics it was normalised with, the pooled output
// and where each pooled value came from.

#include <cstdint>
#include <vector>

#include "engine/layers/batch_norm_backward.h"
#include "engine/layers/conv2d.h"
#include "engine/melgram.h"
#include "engine/networks/calibration.h"
#include "engine/networks/tagging_network.h"
#include "engine/run_context.h"
#include "engine/tensor.h"

namespace tagscope {

// The buffers only grow: a trace reused for the next clip allocates (and page-faults) nothing.
struct BlockTrace {
    int height = 0, width = 0;  // of the convolution output (= of the block's input)
    AlignedFloats convOut;      // (channels, height, width) in its first elements
    ChannelStats stats;         // what the tail normalised with
    Tensor output;              // (1, channels, height/ph, width/pw) after BN → ELU → pool
    std::vector<std::int32_t> source;  // per pooled cell, its cell in convOut's plane
};

struct ForwardTrace {
    std::vector<BlockTrace> blocks;
    StatisticsGradient statisticsGradient = StatisticsGradient::Constant;
    const Tensor& features() const { return blocks.back().output; }
};

// `stats` null: each block normalises with the clip's own statistics (track mode, and batch
// mode for a batch of one), differentiated exactly; otherwise with these frozen statistics.
// Throws Error on a clip that is not 96 × 1366; checks the stop signal between blocks.
// `trace` is overwritten (its buffers reused); `scratch` is the convolutions' working memory.
void traceForward(const TaggingNetwork& network, const Melgram& clip, const Calibration* stats,
                  const RunContext& context, ForwardTrace& trace, ConvScratch& scratch);

// The network's input tensor for a clip: time padding, then frame normalisation.
Tensor networkInput(const NetworkWeights& weights, const Melgram& clip);

}  // namespace tagscope
