#include "ui/analysis/fine_windows.h"

#include "engine/session/track_tagging.h"
#include "ui/analysis/tagger_registry.h"

namespace tagscope::ui {

TaskWork fineWindowsWork(std::shared_ptr<TaggerRegistry> registry, const QString& path,
                         std::vector<ModelConfig> configs, FineWindowsDelivery deliver) {
    return [registry = std::move(registry), file = path.toStdString(), configs = std::move(configs),
            deliver = std::move(deliver)](const TaskContext& task) -> std::function<void()> {
        std::vector<std::shared_ptr<const Tagger>> taggers;
        std::vector<const Tagger*> pointers;
        for (const ModelConfig& config : configs) {
            taggers.push_back(registry->tagger(config));
            pointers.push_back(taggers.back().get());
        }
        TrackTaggingOptions options;
        options.windows = true;
        options.hopSeconds = kFineHopSeconds;
        TaggedTrack tagged = tagTrack(file, pointers, options, task.run());
        std::vector<std::vector<SegmentResult>> windows;
        for (ModelTags& tags : tagged.models) windows.push_back(std::move(tags.segments));
        return [deliver, windows = std::move(windows)]() mutable { deliver(std::move(windows)); };
    };
}

}  // namespace tagscope::ui
