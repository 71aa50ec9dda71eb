#include "ui/analysis/analysis_worker.h"

#include <new>

#include "engine/audio/track_analysis.h"
#include "engine/error.h"
#include "ui/analysis/tagger_registry.h"

namespace tagscope::ui {
namespace {

std::shared_ptr<const DecodedTrack> decodeTrack(const QString& path) {
    TrackAnalysis analysis = analyseFile(path.toStdString());
    auto track = std::make_shared<DecodedTrack>();
    track->info = std::move(analysis.info);
    track->overview = std::make_shared<const Melgram>(std::move(analysis.overview));
    track->clips.central = std::move(analysis.central);
    track->clips.windows = std::move(analysis.windows);
    track->centralStartSeconds = analysis.centralStartSeconds;
    return track;
}

std::vector<float> rowOf(const RowMatrixXf& matrix) {
    return std::vector<float>(matrix.data(), matrix.data() + matrix.cols());
}

std::vector<float> meanOf(const std::vector<SegmentResult>& segments) {
    std::vector<float> mean(segments.front().probabilities.size(), 0.0f);
    for (const SegmentResult& s : segments)
        for (std::size_t t = 0; t < mean.size(); ++t) mean[t] += s.probabilities[t];
    for (float& v : mean) v /= float(segments.size());
    return mean;
}

}  // namespace

AnalysisWorker::AnalysisWorker(TaggerRegistry& registry, QObject* parent)
    : QObject(parent), registry_(registry) {}

void AnalysisWorker::warmUp(const std::vector<ModelConfig>& configs) {
    for (const ModelConfig& config : configs) {
        try {
            registry_.tagger(config);
        } catch (const std::exception&) {
            // Reported per track when the tagger is needed.
        }
    }
}

void AnalysisWorker::run(const AnalysisJob& job) {
    try {
        analyse(job);
    } catch (const Error& e) {
        emit failed(job.id, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        emit failed(job.id, tr("%1: out of memory").arg(job.path));
    } catch (const std::exception& e) {
        emit failed(job.id, job.path + QStringLiteral(": ") + QString::fromStdString(e.what()));
    }
    emit jobEnded(job.id);
}

void AnalysisWorker::analyse(const AnalysisJob& job) {
    const auto cancelled = [&] { return job.cancelled->load(std::memory_order_relaxed); };
    if (cancelled()) return;
    std::shared_ptr<const DecodedTrack> track = job.decoded;
    if (!track) {
        emit stageStarted(job.id, AnalysisStage::Decoding);
        track = decodeTrack(job.path);
        emit decoded(job.id, track);
    }
    for (const ModelConfig& config : job.configs) {
        if (cancelled()) return;
        emit stageStarted(job.id, AnalysisStage::Tagging);
        const std::shared_ptr<const Tagger> tagger = registry_.tagger(config);
        // Single clips, one at a time: results appear as soon as each is computed. In
        // calibrated and track modes this equals tagging them together.
        emit centralReady(job.id, config, QString::fromStdString(tagger->weightsPath()),
                          rowOf(tagger->predict({&track->clips.central})));
        std::vector<SegmentResult> segments;
        for (std::size_t i = 0; i < track->clips.windows.size(); ++i) {
            if (cancelled()) return;
            const AnalysisWindow& window = track->clips.windows[i];
            segments.push_back({window.startSeconds, rowOf(tagger->predict({&window.melgram}))});
            emit windowReady(job.id, config, int(i), segments.back());
        }
        emit modelFinished(job.id, config,
                           segments.empty() ? std::vector<float>{} : meanOf(segments));
    }
}

}  // namespace tagscope::ui
