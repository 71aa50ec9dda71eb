#pragma once
// Backpropagation through time for the Keras 1 GRU (gru.h). The hard sigmoid's derivative is
// 0.2 inside its linear range and 0 where it is clipped.

#include "engine/layers/gru.h"

namespace tagscope {

// sequence (steps, in) was run by gruSequence; dStates (steps, units) is dL/d(every step's
// state). Returns dL/dsequence (steps, in). The forward pass is recomputed (it is tiny).
RowMatrixXf gruSequenceInputGradient(const RowMatrixXf& sequence, const GruWeights& weights,
                                     const RowMatrixXf& dStates);

}  // namespace tagscope
