#include "engine/relevance/head_gradient.h"

#include "engine/layers/gru_backward.h"

namespace tagscope {

HeadGradient headGradient(const NetworkWeights& weights, const Tensor& features, int tag) {
    HeadGradient head;
    head.dFeatures = Tensor(features.n, features.c, features.h, features.w);
    const Eigen::VectorXf column = weights.output.w.col(tag);
    const float bias = weights.output.b(tag);
    if (weights.grus.empty()) {
        // Flatten (channels, 1, 1) → dense: the gradient is the tag's weight column.
        const Eigen::Map<const Eigen::VectorXf> flat(features.data.data(),
                                                     Eigen::Index(features.size()));
        head.logit = flat.dot(column) + bias;
        Eigen::Map<Eigen::VectorXf>(head.dFeatures.data.data(), column.size()) = column;
        return head;
    }
    // (channels, 1, steps) → steps × channels → GRU (all steps) → GRU (last step) → dense.
    RowMatrixXf sequence(features.w, features.c);
    for (int t = 0; t < features.w; ++t)
        for (int c = 0; c < features.c; ++c) sequence(t, c) = features.at(0, c, 0, t);
    const RowMatrixXf first = gruSequence(sequence, weights.grus[0]);
    const RowMatrixXf second = gruSequence(first, weights.grus[1]);
    head.logit = second.bottomRows(1).row(0).dot(column.transpose()) + bias;

    RowMatrixXf dSecond = RowMatrixXf::Zero(second.rows(), second.cols());
    dSecond.bottomRows(1) = column.transpose();
    const RowMatrixXf dFirst = gruSequenceInputGradient(first, weights.grus[1], dSecond);
    const RowMatrixXf dSequence = gruSequenceInputGradient(sequence, weights.grus[0], dFirst);
    for (int t = 0; t < features.w; ++t)
        for (int c = 0; c < features.c; ++c) head.dFeatures.at(0, c, 0, t) = dSequence(t, c);
    return head;
}

}  // namespace tagscope
