#pragma once
// How far two networks agree on one track's tags.

#include <vector>

namespace tagscope {

struct Agreement {
    int topN = 5;
    int topOverlap = 0;     // tags in both networks' top N
    double spearman = 0.0;  // rank correlation over all tags (average ranks for ties)
};

// a and b: probabilities in the same tag order, same length (≥ 2).
Agreement compareTagRankings(const std::vector<float>& a, const std::vector<float>& b,
                             int topN = 5);

}  // namespace tagscope
