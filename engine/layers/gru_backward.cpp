#include "engine/layers/gru_backward.h"

#include <vector>

#include "engine/layers/activations.h"

namespace tagscope {
namespace {

// What one step computed, for its backward pass.
struct GruStepRecord {
    Eigen::RowVectorXf previous;    // h before the step
    Eigen::RowVectorXf zPre, rPre;  // gate pre-activations
    Eigen::RowVectorXf z, r, candidate;
};

float hardSigmoidSlope(float x) {
    const float y = 0.2f * x + 0.5f;
    return y > 0.0f && y < 1.0f ? 0.2f : 0.0f;
}

}  // namespace

RowMatrixXf gruSequenceInputGradient(const RowMatrixXf& sequence, const GruWeights& w,
                                     const RowMatrixXf& dStates) {
    const Eigen::Index steps = sequence.rows();
    std::vector<GruStepRecord> records(static_cast<std::size_t>(steps));
    Eigen::RowVectorXf h = Eigen::RowVectorXf::Zero(w.units());
    for (Eigen::Index t = 0; t < steps; ++t) {
        GruStepRecord& s = records[std::size_t(t)];
        const Eigen::RowVectorXf x = sequence.row(t);
        s.previous = h;
        s.zPre = x * w.wz + h * w.uz + w.bz;
        s.rPre = x * w.wr + h * w.ur + w.br;
        s.z = s.zPre.unaryExpr(&hardSigmoid);
        s.r = s.rPre.unaryExpr(&hardSigmoid);
        const Eigen::RowVectorXf rh = s.r.cwiseProduct(h);
        s.candidate = (x * w.wh + rh * w.uh + w.bh).array().tanh();
        h = s.z.cwiseProduct(h) +
            (Eigen::RowVectorXf::Ones(h.size()) - s.z).cwiseProduct(s.candidate);
    }

    RowMatrixXf dSequence(steps, sequence.cols());
    Eigen::RowVectorXf dh = Eigen::RowVectorXf::Zero(w.units());  // from later steps
    for (Eigen::Index t = steps - 1; t >= 0; --t) {
        const GruStepRecord& s = records[std::size_t(t)];
        const Eigen::RowVectorXf g = dh + dStates.row(t);
        // h = z∘h₋ + (1 − z)∘h̃
        const Eigen::RowVectorXf dz = g.cwiseProduct(s.previous - s.candidate);
        const Eigen::RowVectorXf dCandidate =
            g.cwiseProduct(Eigen::RowVectorXf::Ones(g.size()) - s.z);
        Eigen::RowVectorXf dPrevious = g.cwiseProduct(s.z);
        // h̃ = tanh(x·W_h + (r∘h₋)·U_h + b_h)
        const Eigen::RowVectorXf dCandidatePre =
            dCandidate.array() * (1.0f - s.candidate.array().square());
        const Eigen::RowVectorXf dRh = dCandidatePre * w.uh.transpose();
        const Eigen::RowVectorXf dr = dRh.cwiseProduct(s.previous);
        dPrevious += dRh.cwiseProduct(s.r);
        // z = hs(x·W_z + h₋·U_z + b_z), r = hs(x·W_r + h₋·U_r + b_r)
        const Eigen::RowVectorXf dzPre = dz.cwiseProduct(s.zPre.unaryExpr(&hardSigmoidSlope));
        const Eigen::RowVectorXf drPre = dr.cwiseProduct(s.rPre.unaryExpr(&hardSigmoidSlope));
        dPrevious += dzPre * w.uz.transpose() + drPre * w.ur.transpose();
        dSequence.row(t) =
            dCandidatePre * w.wh.transpose() + dzPre * w.wz.transpose() + drPre * w.wr.transpose();
        dh = dPrevious;
    }
    return dSequence;
}

}  // namespace tagscope
