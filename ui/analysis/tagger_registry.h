#pragma once
// Shares one const Tagger per model configuration between the worker threads. Taggers are
// made on first use, in the asking (worker) thread: loading weights never runs on the GUI
// thread. At most kCapacity are kept (least recently used first out; a job still using one
// keeps it alive), so trying calibration after calibration does not grow memory.

#include <QList>
#include <QPair>
#include <QString>
#include <memory>
#include <mutex>

#include "engine/tagger.h"
#include "ui/model/model_config.h"

namespace tagscope::ui {

class TaggerRegistry {
public:
    static constexpr int kCapacity = 6;  // both networks under three normalisations

    // Throws tagscope::Error if the weights or calibration cannot be loaded.
    std::shared_ptr<const Tagger> tagger(const ModelConfig& config);
    int size() const;

private:
    mutable std::mutex mutex_;
    QList<QPair<QString, std::shared_ptr<const Tagger>>> taggers_;  // most recently used first
};

}  // namespace tagscope::ui
