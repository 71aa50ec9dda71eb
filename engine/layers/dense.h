#pragma once
// Dense (fully connected): y = x·W + b, Keras layout W (in, out).

#include <Eigen/Core>

namespace tagscope {

using RowMatrixXf = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct DenseWeights {
    RowMatrixXf w;         // (in, out)
    Eigen::RowVectorXf b;  // (out)
};

// x is (batch, in); returns (batch, out).
RowMatrixXf dense(const RowMatrixXf& x, const DenseWeights& weights);

}  // namespace tagscope
