#pragma once
// One unit of background work: analyse a track (decode, tag with one or more model
// configurations, optionally build its overview, save the results to the store), or a task
// such as a calibration or a question to the result store. Each job has its own stop source;
// the service that owns it requests the stop.

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

#include "engine/run_context.h"
#include "ui/analysis/result_saving.h"
#include "ui/model/model_config.h"
#include "ui/model/track_entry.h"

namespace tagscope::ui {

using JobId = quint64;

// Which threads run a job: the analysis threads (decoding, networks: CPU-bound, niced), or the
// store threads (result store questions, library scans: mostly I/O), so that looking up stored
// results never waits behind a long decode.
enum class TaskLane { Analysis, Store };

// What a task's work runs under: its run context (the stop token), and a way to hand partial
// results to the GUI thread as it goes. A delivered function runs there, in order, unless the
// task has been cancelled meanwhile.
class TaskContext {
public:
    using Delivery = std::function<void()>;
    TaskContext(const RunContext& run, std::function<void(Delivery)> deliver)
        : run_(run), deliver_(std::move(deliver)) {}

    const RunContext& run() const { return run_; }
    void throwIfStopped() const { run_.throwIfStopped(); }
    void deliver(Delivery part) const { deliver_(std::move(part)); }

private:
    const RunContext& run_;
    std::function<void(Delivery)> deliver_;
};

// A task's work runs on a worker thread and returns what to do next on the GUI thread
// (deliver its results); it may throw (the service turns that into a message).
using TaskWork = std::function<std::function<void()>(const TaskContext&)>;
using TaskErrorHandler = std::function<void(const QString& error)>;

struct AnalysisJob {
    JobId id = 0;
    std::stop_source stop;
    TaskLane lane = TaskLane::Analysis;
    // A track's analysis:
    TrackId trackId = 0;
    QString path;
    std::vector<ModelConfig> configs;       // to tag with, in order; none: decode only
    bool wantDecoded = true;                // also deliver the overview and central clip
    std::optional<ResultSaving> saving;     // where the results are kept, if anywhere
    std::vector<double> knownWindowStarts;  // decode only: the windows of the stored results
    // Or a task (trackId 0):
    TaskWork task;
    TaskErrorHandler onTaskError;
};

enum class AnalysisStage { Decoding, Tagging };

}  // namespace tagscope::ui
