#pragma once
// Shares one const Tagger per model configuration between the worker threads. Taggers are
// made on first use, in the asking (worker) thread: loading weights never runs on the GUI
// thread.

#include <QHash>
#include <QString>
#include <memory>
#include <mutex>

#include "engine/tagger.h"
#include "ui/model/model_config.h"

namespace tagscope::ui {

class TaggerRegistry {
public:
    // Throws tagscope::Error if the weights or calibration cannot be loaded.
    std::shared_ptr<const Tagger> tagger(const ModelConfig& config);

private:
    std::mutex mutex_;
    QHash<QString, std::shared_ptr<const Tagger>> taggers_;
};

}  // namespace tagscope::ui
