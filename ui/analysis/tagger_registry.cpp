#include "ui/analysis/tagger_registry.h"

namespace tagscope::ui {

std::shared_ptr<const Tagger> TaggerRegistry::tagger(const ModelConfig& config) {
    // Held while loading, so two workers asking for the same model load it once.
    std::lock_guard lock(mutex_);
    const QString key = config.key();
    if (auto it = taggers_.constFind(key); it != taggers_.constEnd()) return it.value();
    TaggerConfig engineConfig;
    engineConfig.kind = config.kind;
    engineConfig.weightsPath = config.weightsPath.toStdString();
    engineConfig.norm = config.norm;
    engineConfig.calibrationPath = config.calibrationPath.toStdString();
    auto made = std::make_shared<const Tagger>(engineConfig);
    taggers_.insert(key, made);
    return made;
}

}  // namespace tagscope::ui
