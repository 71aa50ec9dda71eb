#include "ui/analysis/analysis_worker.h"

#include <algorithm>

#include "engine/session/run_guarded.h"
#include "engine/session/track_tagging.h"
#include "ui/analysis/result_saving.h"
#include "ui/analysis/tagger_registry.h"

namespace tagscope::ui {
namespace {

// Forwards the engine's results as the worker's signals, as they are computed.
class SignalSink final : public TrackResultSink {
public:
    SignalSink(AnalysisWorker& worker, const AnalysisJob& job) : worker_(worker), job_(job) {}

    void onOpened(const AudioInfo& info) override { emit worker_.opened(job_.id, info); }
    void onWindow(std::size_t model, std::size_t index, const SegmentResult& segment) override {
        startTagging();
        emit worker_.windowReady(job_.id, job_.configs[model], int(index), segment);
    }
    void onCentral(std::size_t model, const std::vector<float>& probabilities,
                   const WindowLevel& level) override {
        startTagging();
        emit worker_.centralReady(job_.id, job_.configs[model], weights_[model], probabilities,
                                  level);
    }

    std::vector<QString> weights_;

private:
    void startTagging() {
        if (tagging_) return;
        tagging_ = true;
        emit worker_.stageStarted(job_.id, AnalysisStage::Tagging);
    }

    AnalysisWorker& worker_;
    const AnalysisJob& job_;
    bool tagging_ = false;
};

std::shared_ptr<const DecodedTrack> decodedTrackOf(TaggedTrack& tagged,
                                                   const std::vector<double>& windowStarts) {
    auto track = std::make_shared<DecodedTrack>();
    track->info = std::move(tagged.info);
    track->overview = std::make_shared<const Melgram>(std::move(tagged.overview.melgram));
    track->overviewSecondsPerFrame =
        double(tagged.overview.framesPerColumn) * kHopSize / kSampleRate;
    track->waveform = std::make_shared<const WaveformEnvelope>(std::move(tagged.overview.waveform));
    track->central = std::move(tagged.central);
    track->centralStartSeconds = tagged.centralStartSeconds;
    track->windowStarts = windowStarts;
    return track;
}

}  // namespace

AnalysisWorker::AnalysisWorker(std::shared_ptr<TaggerRegistry> registry, QObject* parent)
    : QObject(parent), registry_(std::move(registry)) {}

void AnalysisWorker::warmUp(const std::vector<ModelConfig>& configs) {
    for (const ModelConfig& config : configs) {
        std::string ignored;  // reported per track when the tagger is needed
        runGuarded("warm-up", ignored, [&] { registry_->tagger(config); });
    }
}

void AnalysisWorker::run(const AnalysisJob& job) {
    const RunContext context(job.stop.get_token(), {}, [this, id = job.id](const Progress& p) {
        if (p.totalSeconds > 0.0)
            emit progress(id, int(100.0 * std::min(1.0, p.seconds / p.totalSeconds)));
    });
    std::string error;
    if (job.task) {
        const TaskContext task(context, [this, id = job.id](TaskContext::Delivery part) {
            emit taskDelivered(id, part);
        });
        std::function<void()> onDone;
        const Outcome outcome = runGuarded({}, error, [&] { onDone = job.task(task); });
        if (outcome != Outcome::Cancelled)
            emit taskFinished(job.id, outcome == Outcome::Done ? onDone : nullptr,
                              QString::fromStdString(error));
    } else {
        std::vector<std::shared_ptr<const Tagger>> taggers;
        if (runGuarded({}, error, [&] {
                for (const ModelConfig& config : job.configs)
                    taggers.push_back(registry_->tagger(config));
            }) == Outcome::Failed)
            emit failed(job.id, QString::fromStdString(error), false);
        else if (runGuarded(job.path.toStdString(), error,
                            [&] { analyse(job, taggers, context); }) == Outcome::Failed)
            emit failed(job.id, QString::fromStdString(error), true);
    }
    emit jobEnded(job.id);
}

void AnalysisWorker::analyse(const AnalysisJob& job,
                             const std::vector<std::shared_ptr<const Tagger>>& taggers,
                             const RunContext& context) {
    emit stageStarted(job.id, AnalysisStage::Decoding);
    std::vector<const Tagger*> pointers;
    SignalSink sink(*this, job);
    for (const auto& tagger : taggers) {
        pointers.push_back(tagger.get());
        sink.weights_.push_back(QString::fromStdString(tagger->weightsPath()));
    }
    TrackTaggingOptions options;
    options.windows = true;
    options.hopSeconds = kAppHopSeconds;
    options.overviewColumns = job.wantDecoded ? kOverviewColumns : 0;
    std::vector<double> windowStarts = job.knownWindowStarts;
    const std::string path = job.path.toStdString();
    TaggedTrack tagged = tagTrack(path, pointers, options, context, &sink);
    if (!tagged.models.empty()) {
        windowStarts.clear();
        for (const SegmentResult& s : tagged.models.front().segments)
            windowStarts.push_back(s.startSeconds);
        if (job.saving)
            if (const std::string warning = saveAnalysedTrack(*job.saving, path, tagged);
                !warning.empty())
                emit saveFailed(job.id, QString::fromStdString(warning));
    }
    if (job.wantDecoded) emit decoded(job.id, decodedTrackOf(tagged, windowStarts));
    for (std::size_t m = 0; m < job.configs.size(); ++m)
        emit modelFinished(job.id, job.configs[m], tagged.models[m].summary);
}

}  // namespace tagscope::ui
