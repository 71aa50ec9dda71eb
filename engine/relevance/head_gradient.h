#pragma once
// The part of a network after its convolutional blocks (CNN: flatten → dense; RNN: permute →
// GRU → GRU → dense), for one tag: its logit and the logit's gradient with respect to the
// final feature maps.

#include "engine/networks/network_weights.h"
#include "engine/tensor.h"

namespace tagscope {

struct HeadGradient {
    float logit = 0;   // the tag's probability is sigmoid(logit)
    Tensor dFeatures;  // same shape as the features
};

HeadGradient headGradient(const NetworkWeights& weights, const Tensor& features, int tag);

}  // namespace tagscope
