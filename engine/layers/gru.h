#pragma once
// Keras 1 GRU: inner activation hard_sigmoid, activation tanh, initial state 0.
//   z = hs(x·W_z + h·U_z + b_z), r = hs(x·W_r + h·U_r + b_r),
//   h~ = tanh(x·W_h + (r ∘ h)·U_h + b_h), h = z ∘ h + (1 − z) ∘ h~.

#include "engine/layers/dense.h"

namespace tagscope {

struct GruWeights {
    RowMatrixXf wz, wr, wh;         // (in, units)
    RowMatrixXf uz, ur, uh;         // (units, units)
    Eigen::RowVectorXf bz, br, bh;  // (units)
    int units() const { return int(uz.rows()); }
};

// One step: updates h (1, units) from input x (1, in).
void gruStep(const Eigen::RowVectorXf& x, Eigen::RowVectorXf& h, const GruWeights& weights);

// A sequence (steps, in) → every step's state (steps, units).
RowMatrixXf gruSequence(const RowMatrixXf& sequence, const GruWeights& weights);

}  // namespace tagscope
