#include "engine/layers/gru.h"

#include "engine/layers/activations.h"

namespace tagscope {

void gruStep(const Eigen::RowVectorXf& x, Eigen::RowVectorXf& h, const GruWeights& weights) {
    Eigen::RowVectorXf z = x * weights.wz + h * weights.uz + weights.bz;
    Eigen::RowVectorXf r = x * weights.wr + h * weights.ur + weights.br;
    z = z.unaryExpr(&hardSigmoid);
    r = r.unaryExpr(&hardSigmoid);
    const Eigen::RowVectorXf rh = r.cwiseProduct(h);
    Eigen::RowVectorXf candidate = x * weights.wh + rh * weights.uh + weights.bh;
    candidate = candidate.array().tanh();
    h = z.cwiseProduct(h) + (Eigen::RowVectorXf::Ones(h.size()) - z).cwiseProduct(candidate);
}

RowMatrixXf gruSequence(const RowMatrixXf& sequence, const GruWeights& weights) {
    RowMatrixXf states(sequence.rows(), weights.units());
    Eigen::RowVectorXf h = Eigen::RowVectorXf::Zero(weights.units());
    for (Eigen::Index t = 0; t < sequence.rows(); ++t) {
        gruStep(sequence.row(t), h, weights);
        states.row(t) = h;
    }
    return states;
}

}  // namespace tagscope
