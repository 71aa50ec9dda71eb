#pragma once
// One unit of background work: analyse a track (decode, tag with one or more model
// configurations, optionally build its overview), or a task such as a calibration. Each job
// has its own stop source; the service that owns it requests the stop.

#include <QString>
#include <functional>
#include <stop_token>
#include <vector>

#include "engine/run_context.h"
#include "ui/model/model_config.h"
#include "ui/model/track_entry.h"

namespace tagscope::ui {

using JobId = quint64;

// A task's work runs on a worker thread and returns what to do next on the GUI thread
// (deliver its results); it may throw (the service turns that into a message).
using TaskWork = std::function<std::function<void()>(const RunContext&)>;
using TaskErrorHandler = std::function<void(const QString& error)>;

struct AnalysisJob {
    JobId id = 0;
    std::stop_source stop;
    // A track's analysis:
    TrackId trackId = 0;
    QString path;
    std::vector<ModelConfig> configs;  // to tag with, in order
    bool wantDecoded = true;           // also deliver the overview and central clip
    // Or a task (trackId 0):
    TaskWork task;
    TaskErrorHandler onTaskError;
};

enum class AnalysisStage { Decoding, Tagging };

}  // namespace tagscope::ui
