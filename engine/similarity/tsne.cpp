#include "engine/similarity/tsne.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/error.h"

namespace tagscope {
namespace {

using Matrix = Eigen::MatrixXd;

// Squared Euclidean distances between all rows.
Matrix squaredDistances(std::span<const float> values, std::size_t rows, int dimensions) {
    using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const RowMatrix> data(values.data(), Eigen::Index(rows), dimensions);
    const Matrix x = data.cast<double>();
    const Eigen::VectorXd norms = x.rowwise().squaredNorm();
    Matrix d = (-2.0 * x * x.transpose()).colwise() + norms;
    d.rowwise() += norms.transpose();
    return d.cwiseMax(0.0);
}

// The input similarities: per row, a Gaussian whose width gives the perplexity asked for
// (found by bisection on its precision), then symmetrised and normalised to sum 1.
Matrix inputSimilarities(const Matrix& distances, double perplexity, const RunContext& run) {
    const Eigen::Index n = distances.rows();
    const double targetEntropy = std::log(perplexity);
    Matrix p = Matrix::Zero(n, n);
    for (Eigen::Index i = 0; i < n; ++i) {
        double beta = 1.0, low = 0.0, high = std::numeric_limits<double>::infinity();
        // Distances relative to the nearest neighbour's keep exp() in range.
        double nearest = std::numeric_limits<double>::infinity();
        for (Eigen::Index j = 0; j < n; ++j)
            if (j != i) nearest = std::min(nearest, distances(i, j));
        for (int step = 0; step < 64; ++step) {
            double sum = 0.0, weighted = 0.0;
            for (Eigen::Index j = 0; j < n; ++j) {
                if (j == i) continue;
                const double d = distances(i, j) - nearest;
                const double w = std::exp(-beta * d);
                p(i, j) = w;
                sum += w;
                weighted += w * d;
            }
            const double entropy = std::log(sum) + beta * weighted / sum;
            p.row(i) /= sum;
            if (std::abs(entropy - targetEntropy) < 1e-5) break;
            if (entropy > targetEntropy) {
                low = beta;
                beta = std::isinf(high) ? beta * 2.0 : (beta + high) / 2.0;
            } else {
                high = beta;
                beta = (beta + low) / 2.0;
            }
        }
        if (i % 64 == 0) run.throwIfStopped();
    }
    Matrix symmetric = p + p.transpose();
    symmetric /= symmetric.sum();
    return symmetric.cwiseMax(1e-12);
}

}  // namespace

std::vector<MapPosition> projectTsne(std::span<const float> values, std::size_t rows,
                                     int dimensions, const RunContext& run,
                                     const TsneOptions& options) {
    if (rows > kMaxTsneRows)
        throw Error("t-SNE: " + std::to_string(rows) + " rows; at most " +
                    std::to_string(kMaxTsneRows));
    std::vector<MapPosition> start = projectPca(values, rows, dimensions);
    if (rows < 4) return start;
    const auto n = Eigen::Index(rows);
    const double perplexity = std::min(options.perplexity, double(rows - 1) / 3.0);
    const Matrix p = inputSimilarities(squaredDistances(values, rows, dimensions), perplexity, run);

    // Start: the PCA picture scaled to a standard deviation of 1e-4 along x.
    Matrix y(n, 2);
    double spread = 0.0;
    for (std::size_t i = 0; i < rows; ++i) spread += double(start[i][0]) * start[i][0];
    spread = std::sqrt(spread / double(rows));
    const double scale = spread > 0.0 ? 1e-4 / spread : 0.0;
    for (std::size_t i = 0; i < rows; ++i) {
        y(Eigen::Index(i), 0) = start[i][0] * scale + (scale == 0.0 ? 1e-4 * double(i) / rows : 0);
        y(Eigen::Index(i), 1) = start[i][1] * scale;
    }

    // The input similarities of the pairs i < j, row after row: the loops below read them in
    // order (n × n matrices of temporaries were ten times slower at 2,000 rows).
    std::vector<double> pairs;
    pairs.reserve(rows * (rows - 1) / 2);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i + 1; j < n; ++j) pairs.push_back(p(i, j));
    std::vector<double> q(pairs.size());

    // Gradient descent with momentum and per-coordinate gains (the paper's recipe).
    const double learningRate = std::max(double(rows) / 12.0, 50.0);
    Matrix velocity = Matrix::Zero(n, 2), gains = Matrix::Ones(n, 2), gradient(n, 2);
    for (int iteration = 0; iteration < options.iterations; ++iteration) {
        run.throwIfStopped();
        const double exaggeration = iteration < options.exaggerationIterations ? 12.0 : 1.0;
        const double momentum = iteration < options.exaggerationIterations ? 0.5 : 0.8;
        // Student-t similarities of the picture, q_ij = 1 / (1 + |y_i − y_j|²), and their sum.
        double qSum = 0.0;
        std::size_t k = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double xi = y(i, 0), yi = y(i, 1);
            for (Eigen::Index j = i + 1; j < n; ++j, ++k) {
                const double dx = xi - y(j, 0), dy = yi - y(j, 1);
                q[k] = 1.0 / (1.0 + dx * dx + dy * dy);
                qSum += q[k];
            }
        }
        qSum *= 2.0;  // both halves
        // Gradient: 4 Σ_j (exaggeration·p_ij − q_ij / Σq) · q_ij · (y_i − y_j).
        gradient.setZero();
        k = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double xi = y(i, 0), yi = y(i, 1);
            double gx = 0.0, gy = 0.0;
            for (Eigen::Index j = i + 1; j < n; ++j, ++k) {
                const double force = (exaggeration * pairs[k] - q[k] / qSum) * q[k];
                const double fx = force * (xi - y(j, 0)), fy = force * (yi - y(j, 1));
                gx += fx, gy += fy;
                gradient(j, 0) -= fx, gradient(j, 1) -= fy;
            }
            gradient(i, 0) += gx, gradient(i, 1) += gy;
        }
        gradient *= 4.0;
        for (Eigen::Index i = 0; i < n; ++i)
            for (int c = 0; c < 2; ++c) {
                const bool sameSign = (gradient(i, c) > 0.0) == (velocity(i, c) > 0.0);
                gains(i, c) = std::max(0.01, sameSign ? gains(i, c) * 0.8 : gains(i, c) + 0.2);
            }
        velocity = momentum * velocity - learningRate * gains.cwiseProduct(gradient);
        y += velocity;
        y.rowwise() -= y.colwise().mean();
    }
    std::vector<MapPosition> positions(rows);
    for (std::size_t i = 0; i < rows; ++i)
        positions[i] = {float(y(Eigen::Index(i), 0)), float(y(Eigen::Index(i), 1))};
    return positions;
}

}  // namespace tagscope
