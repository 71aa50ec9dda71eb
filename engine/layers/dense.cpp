#include "engine/layers/dense.h"

namespace tagscope {

RowMatrixXf dense(const RowMatrixXf& x, const DenseWeights& weights) {
    RowMatrixXf y = x * weights.w;
    y.rowwise() += weights.b;
    return y;
}

}  // namespace tagscope
