#pragma once
// The gradient of one tag's logit with respect to every cell of the input melgram: a traced
// forward pass (forward_trace.h), then the head's gradient (head_gradient.h) carried back
// through each block's tail and convolution and through the frame normalisation.

#include <vector>

#include "engine/melgram.h"
#include "engine/networks/calibration.h"
#include "engine/networks/tagging_network.h"
#include "engine/run_context.h"

namespace tagscope {

struct LogitGradient {
    float logit = 0;
    std::vector<float> values;  // 96 × 1366, row-major like Melgram::values
};

// `stats` as in traceForward: null for the clip's own statistics (differentiated exactly),
// else frozen ones. Throws Error for a tag outside the network's outputs.
LogitGradient tagLogitGradient(const TaggingNetwork& network, const Melgram& clip, int tag,
                               const Calibration* stats, const RunContext& context = {});

}  // namespace tagscope
