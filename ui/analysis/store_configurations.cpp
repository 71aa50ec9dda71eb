#include "ui/analysis/store_configurations.h"

#include "engine/error.h"
#include "engine/store/analysis_key.h"

namespace tagscope::ui {
namespace {

// The configuration as the engine runs it: the bundled weights and calibration found.
TaggerConfig resolved(const ModelConfig& config) {
    TaggerConfig model;
    model.kind = config.kind;
    model.norm = config.norm;
    model.weightsPath = config.weightsPath.isEmpty()
                            ? findWeights(config.kind, WeightsVariant::TensorFlow)
                            : config.weightsPath.toStdString();
    if (config.norm == NormMode::Calibrated)
        model.calibrationPath = config.calibrationPath.isEmpty()
                                    ? findDefaultCalibration(model.weightsPath)
                                    : config.calibrationPath.toStdString();
    return model;
}

}  // namespace

StoreConfigurations::StoreConfigurations(std::shared_ptr<ResultStore> store)
    : store_(std::move(store)) {}

StoreConfigurations::Known StoreConfigurations::of(const ModelConfig& config) {
    const QString key = config.key();
    {
        const std::lock_guard lock(mutex_);
        const auto it = known_.constFind(key);
        if (it != known_.constEnd()) return *it;
    }
    Known known;
    try {
        const TaggerConfig model = resolved(config);
        known.weightsPath = model.weightsPath;
        if (model.norm != NormMode::Calibrated || !model.calibrationPath.empty())
            known.id = store_->configurationId(analysisKey(model, ResamplerKind::Exact, *store_));
    } catch (const Error&) {
        known.id = 0;  // analysed all the same; the analysis reports what is wrong
    }
    const std::lock_guard lock(mutex_);
    known_.insert(key, known);
    return known;
}

}  // namespace tagscope::ui
