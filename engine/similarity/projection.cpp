#include "engine/similarity/projection.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "engine/error.h"

namespace tagscope {

std::vector<MapPosition> projectPca(std::span<const float> values, std::size_t rows,
                                    int dimensions) {
    if (dimensions <= 0 || values.size() != rows * std::size_t(dimensions))
        throw Error("projection: " + std::to_string(values.size()) + " values are not " +
                    std::to_string(rows) + " rows of " + std::to_string(dimensions));
    std::vector<MapPosition> positions(rows, MapPosition{0.0f, 0.0f});
    if (rows < 2) return positions;
    using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const RowMatrix> data(values.data(), Eigen::Index(rows), dimensions);
    // Doubles for the covariance: 10,000 rows of values near 1 lose digits in floats.
    const Eigen::MatrixXd centred =
        (data.cast<double>().rowwise() - data.cast<double>().colwise().mean());
    const Eigen::MatrixXd covariance = (centred.transpose() * centred) / double(rows - 1);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    if (solver.info() != Eigen::Success) return positions;
    // Eigenvalues ascend: the last two columns are the first two components.
    const int components = std::min(2, dimensions);
    const double largest = solver.eigenvalues()(dimensions - 1);
    for (int c = 0; c < components; ++c) {
        if (solver.eigenvalues()(dimensions - 1 - c) <= largest * 1e-12) continue;  // flat
        Eigen::VectorXd axis = solver.eigenvectors().col(dimensions - 1 - c);
        Eigen::Index strongest = 0;
        axis.cwiseAbs().maxCoeff(&strongest);
        if (axis(strongest) < 0.0) axis = -axis;
        const Eigen::VectorXd coordinate = centred * axis;
        for (std::size_t row = 0; row < rows; ++row)
            positions[row][std::size_t(c)] = float(coordinate(Eigen::Index(row)));
    }
    return positions;
}

}  // namespace tagscope
