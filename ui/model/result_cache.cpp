#include "ui/model/result_cache.h"

namespace tagscope::ui {

std::shared_ptr<const DecodedTrack> ResultCache::decoded(const QString& path) const {
    return decoded_.value(path);
}

void ResultCache::storeDecoded(const QString& path, std::shared_ptr<const DecodedTrack> track) {
    decoded_.insert(path, std::move(track));
}

QString ResultCache::resultKey(const QString& path, const ModelConfig& config) {
    return path + QChar('\n') + config.key();
}

const ModelResult* ResultCache::result(const QString& path, const ModelConfig& config) const {
    const auto it = results_.constFind(resultKey(path, config));
    return it == results_.constEnd() ? nullptr : &it.value();
}

bool ResultCache::isComplete(const QString& path, const ModelConfig& config) const {
    const ModelResult* r = result(path, config);
    return r && r->complete;
}

ModelResult& ResultCache::resultToFill(const QString& path, const ModelConfig& config) {
    return results_[resultKey(path, config)];
}

void ResultCache::storeResult(const QString& path, const ModelConfig& config, ModelResult result) {
    results_.insert(resultKey(path, config), std::move(result));
}

void ResultCache::dropIncomplete(const QString& path, const ModelConfig& config) {
    const QString key = resultKey(path, config);
    const auto it = results_.find(key);
    if (it != results_.end() && !it->complete) results_.erase(it);
}

}  // namespace tagscope::ui
