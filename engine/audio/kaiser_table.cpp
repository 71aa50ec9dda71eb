#include "engine/audio/kaiser_table.h"

#include <cmath>
#include <numbers>

namespace tagscope {
namespace {

constexpr double kRolloff = 0.9475937167399596;
constexpr double kBeta = 14.769656459379492;

// Modified Bessel function of the first kind, order 0, by its power series.
double besselI0(double x) {
    const double q = x * x / 4.0;
    double term = 1.0;
    double sum = 1.0;
    for (int k = 1; k < 500 && term > 1e-18 * sum; ++k) {
        term *= q / (double(k) * double(k));
        sum += term;
    }
    return sum;
}

double sinc(double x) {
    if (x == 0.0) return 1.0;
    const double y = std::numbers::pi * x;
    return std::sin(y) / y;
}

std::vector<double> makeTable() {
    constexpr int n = kKaiserTableSize - 1;
    const double i0Beta = besselI0(kBeta);
    std::vector<double> h(kKaiserTableSize);
    for (int j = 0; j <= n; ++j) {
        const double r = double(j) / n;
        const double taper = besselI0(kBeta * std::sqrt(1.0 - r * r)) / i0Beta;
        h[j] = kRolloff * sinc(kRolloff * (double(j) / kKaiserPrecision)) * taper;
    }
    return h;
}

}  // namespace

const std::vector<double>& kaiserBestTable() {
    static const std::vector<double> table = makeTable();
    return table;
}

}  // namespace tagscope
