#pragma once
// Relevance maps computed for the overlay, per (file, window, tag, model configuration), least
// recently used first out beyond kCapacity entries (each holds its window's samples, shared
// with the other tags of the same window, and a 96 × 1366 mask: about 2 MB for the first tag of
// a window, 0.5 MB for each further one: at most about 50 MB).

#include <QString>
#include <list>
#include <memory>
#include <vector>

#include "ui/analysis/relevance_job.h"

namespace tagscope::ui {

class RelevanceCache {
public:
    static constexpr int kCapacity = 24;

    explicit RelevanceCache(int capacity = kCapacity) : capacity_(capacity) {}

    // nullptr if not computed (or evicted); marks the entry as recently used.
    std::shared_ptr<const RelevanceResult> find(const RelevanceRequest& request);
    // The same without marking it used (tests, status).
    std::shared_ptr<const RelevanceResult> peek(const RelevanceRequest& request) const;
    void insert(std::shared_ptr<const RelevanceResult> result);
    // The window's samples, if some entry for the same file and window holds them.
    std::shared_ptr<const std::vector<float>> windowSamples(const RelevanceRequest& request) const;
    int size() const { return int(entries_.size()); }

private:
    int capacity_;
    std::list<std::shared_ptr<const RelevanceResult>> entries_;  // most recently used first
};

}  // namespace tagscope::ui
