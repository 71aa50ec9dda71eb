#include "ui/model/relevance_cache.h"

namespace tagscope::ui {

std::shared_ptr<const RelevanceResult> RelevanceCache::find(const RelevanceRequest& request) {
    const QString key = request.key();
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
        if ((*it)->request.key() == key) {
            entries_.splice(entries_.begin(), entries_, it);
            return entries_.front();
        }
    return nullptr;
}

std::shared_ptr<const RelevanceResult> RelevanceCache::peek(const RelevanceRequest& request) const {
    const QString key = request.key();
    for (const auto& entry : entries_)
        if (entry->request.key() == key) return entry;
    return nullptr;
}

void RelevanceCache::insert(std::shared_ptr<const RelevanceResult> result) {
    const QString key = result->request.key();
    entries_.remove_if([&](const auto& entry) { return entry->request.key() == key; });
    entries_.push_front(std::move(result));
    while (int(entries_.size()) > capacity_) entries_.pop_back();
}

std::shared_ptr<const std::vector<float>> RelevanceCache::windowSamples(
    const RelevanceRequest& request) const {
    const QString window = request.windowKey();
    for (const auto& entry : entries_)
        if (entry->request.windowKey() == window) return entry->samples;
    return nullptr;
}

}  // namespace tagscope::ui
