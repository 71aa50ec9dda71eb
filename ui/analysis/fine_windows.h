#pragma once
// The finer display windows: the track tagged again with a window every kFineHopSeconds, for
// the tag bars and the smooth taggram of the track being looked at. Asked for only once the
// track's own results are complete (so a dropped track's first bars never wait for them), run
// as a cancellable task, kept in memory with the results (ModelResult::fineSegments) and never
// in the store (docs/GUI.md says why).

#include <QString>
#include <functional>
#include <memory>
#include <vector>

#include "engine/report/tag_result.h"
#include "ui/analysis/analysis_job.h"
#include "ui/model/model_config.h"

namespace tagscope::ui {

class TaggerRegistry;

// Seconds between the starts of the display windows (the analysis windows: 14.56).
inline constexpr double kFineHopSeconds = 3.0;

// Per config, in order: the windows of `path` every kFineHopSeconds (the last ending at the
// track's end), handed to `deliver` on the GUI thread.
using FineWindowsDelivery = std::function<void(std::vector<std::vector<SegmentResult>>)>;
TaskWork fineWindowsWork(std::shared_ptr<TaggerRegistry> registry, const QString& path,
                         std::vector<ModelConfig> configs, FineWindowsDelivery deliver);

}  // namespace tagscope::ui
