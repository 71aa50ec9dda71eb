#include "ui/analysis/tagger_registry.h"

namespace tagscope::ui {

std::shared_ptr<const Tagger> TaggerRegistry::tagger(const ModelConfig& config) {
    // Held while loading, so two workers asking for the same model load it once.
    std::lock_guard lock(mutex_);
    const QString key = config.key();
    for (qsizetype i = 0; i < taggers_.size(); ++i)
        if (taggers_[i].first == key) {
            taggers_.move(i, 0);
            return taggers_.front().second;
        }
    TaggerConfig engineConfig;
    engineConfig.kind = config.kind;
    engineConfig.weightsPath = config.weightsPath.toStdString();
    engineConfig.norm = config.norm;
    engineConfig.calibrationPath = config.calibrationPath.toStdString();
    auto made = std::make_shared<const Tagger>(engineConfig);
    taggers_.prepend({key, made});
    while (taggers_.size() > kCapacity) taggers_.removeLast();
    return made;
}

int TaggerRegistry::size() const {
    std::lock_guard lock(mutex_);
    return int(taggers_.size());
}

}  // namespace tagscope::ui
