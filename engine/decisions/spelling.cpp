#include "engine/decisions/spelling.h"

#include <algorithm>
#include <numeric>

namespace tagscope {
namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Levenshtein distance (insertions, deletions, substitutions), one row at a time.
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t(0));
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string foldCase(std::string_view text) {
    std::string folded(text);
    std::transform(folded.begin(), folded.end(), folded.begin(), lower);
    return folded;
}

bool equalIgnoringCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return lower(x) == lower(y); });
}

std::optional<std::string> closestSpelling(std::string_view name,
                                           const std::vector<std::string_view>& candidates) {
    const std::string folded = foldCase(name);
    const std::size_t allowed = std::max<std::size_t>(2, folded.size() / 3);
    std::optional<std::string> best;
    std::size_t bestDistance = allowed + 1;
    for (std::string_view candidate : candidates) {
        const std::size_t d = editDistance(folded, foldCase(candidate));
        if (d < bestDistance && d < std::max(folded.size(), candidate.size())) {
            best = std::string(candidate);
            bestDistance = d;
        }
    }
    return best;
}

}  // namespace tagscope
