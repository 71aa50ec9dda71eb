#pragma once
// One unit of background work: decode a track (unless already decoded) and tag it with one
// or more model configurations. The cancel flag is shared with the service.

#include <QString>
#include <atomic>
#include <memory>
#include <vector>

#include "ui/model/model_config.h"
#include "ui/model/track_analysis_data.h"
#include "ui/model/track_entry.h"

namespace tagscope::ui {

using JobId = quint64;

struct AnalysisJob {
    JobId id = 0;
    TrackId trackId = 0;
    QString path;
    std::shared_ptr<const DecodedTrack> decoded;  // null: decode first
    std::vector<ModelConfig> configs;             // to tag with, in order
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
};

enum class AnalysisStage { Decoding, Tagging };

}  // namespace tagscope::ui
