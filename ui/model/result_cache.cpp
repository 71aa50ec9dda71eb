#include "ui/model/result_cache.h"

namespace tagscope::ui {

ResultCache::ResultCache(std::size_t decodedBudgetBytes) : budget_(decodedBudgetBytes) {}

std::shared_ptr<const DecodedTrack> ResultCache::decoded(const QString& path) {
    const auto it = decoded_.find(path);
    if (it == decoded_.end()) return nullptr;
    usage_.splice(usage_.begin(), usage_, it->use);
    return it->track;
}

void ResultCache::storeDecoded(const QString& path, std::shared_ptr<const DecodedTrack> track) {
    if (!track) return;
    const auto it = decoded_.find(path);
    if (it != decoded_.end()) {
        decodedBytes_ -= it->track->bytes();
        usage_.erase(it->use);
        decoded_.erase(it);
    }
    usage_.push_front(path);
    decodedBytes_ += track->bytes();
    decoded_.insert(path, {std::move(track), usage_.begin()});
    evictBeyondBudget();
}

void ResultCache::evictBeyondBudget() {
    // The newest entry always stays, even alone over budget: it is the one on show.
    while (decodedBytes_ > budget_ && usage_.size() > 1) {
        const auto it = decoded_.find(usage_.back());
        decodedBytes_ -= it->track->bytes();
        decoded_.erase(it);
        usage_.pop_back();
    }
}

const ModelResult* ResultCache::result(const QString& path, const ModelConfig& config) const {
    const auto file = results_.constFind(path);
    if (file == results_.constEnd()) return nullptr;
    const auto it = file->constFind(config.key());
    return it == file->constEnd() ? nullptr : &it.value();
}

bool ResultCache::isComplete(const QString& path, const ModelConfig& config) const {
    const ModelResult* r = result(path, config);
    return r && r->complete;
}

ModelResult& ResultCache::resultToFill(const QString& path, const ModelConfig& config) {
    return results_[path][config.key()];
}

void ResultCache::storeResult(const QString& path, const ModelConfig& config, ModelResult result) {
    results_[path][config.key()] = std::move(result);
}

void ResultCache::dropIncomplete(const QString& path, const ModelConfig& config) {
    const auto file = results_.find(path);
    if (file == results_.end()) return;
    const auto it = file->find(config.key());
    if (it != file->end() && !it->complete) file->erase(it);
}

void ResultCache::drop(const QString& path) {
    results_.remove(path);
    const auto it = decoded_.find(path);
    if (it == decoded_.end()) return;
    decodedBytes_ -= it->track->bytes();
    usage_.erase(it->use);
    decoded_.erase(it);
}

}  // namespace tagscope::ui
