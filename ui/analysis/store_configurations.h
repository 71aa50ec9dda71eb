#pragma once
// How the app's model configurations are known to one result store: each ModelConfig's
// configuration id (analysis_key.h: weights and calibration by content, the exact resampler
// the app always uses) and the weight file it resolves to (what a stored result reports as
// its weights). Worked out on first use, in a worker (the model files' fingerprints are read
// once and remembered by the store), then remembered for the session. Thread-safe.

#include <QHash>
#include <QString>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "engine/store/result_store.h"
#include "ui/model/model_config.h"

namespace tagscope::ui {

class StoreConfigurations {
public:
    struct Known {
        std::int64_t id = 0;      // 0: not storable here (a model file is missing or unreadable)
        std::string weightsPath;  // resolved
    };

    explicit StoreConfigurations(std::shared_ptr<ResultStore> store);

    ResultStore& store() const { return *store_; }
    const std::shared_ptr<ResultStore>& sharedStore() const { return store_; }
    Known of(const ModelConfig& config);

private:
    std::shared_ptr<ResultStore> store_;
    std::mutex mutex_;
    QHash<QString, Known> known_;  // by ModelConfig::key()
};

}  // namespace tagscope::ui
