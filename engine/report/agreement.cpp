#include "engine/report/agreement.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "engine/report/tag_result.h"

namespace tagscope {
namespace {

// Ranks 1…n, ties sharing the average of their ranks.
std::vector<double> ranks(const std::vector<float>& values) {
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return values[a] > values[b]; });
    std::vector<double> rank(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
        const double average = (double(i) + double(j)) / 2.0 + 1.0;
        for (std::size_t k = i; k <= j; ++k) rank[order[k]] = average;
        i = j + 1;
    }
    return rank;
}

// Pearson correlation of the ranks: Spearman's rho, correct with ties.
double pearson(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = double(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0.0 && syy > 0.0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

}  // namespace

Agreement compareTagRankings(const std::vector<float>& a, const std::vector<float>& b, int topN) {
    Agreement result;
    result.topN = topN;
    if (a.size() != b.size() || a.size() < 2) return result;
    const std::vector<int> topA = topTags(a, topN), topB = topTags(b, topN);
    for (int tag : topA)
        if (std::find(topB.begin(), topB.end(), tag) != topB.end()) ++result.topOverlap;
    result.spearman = pearson(ranks(a), ranks(b));
    return result;
}

}  // namespace tagscope
