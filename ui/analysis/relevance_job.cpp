#include "ui/analysis/relevance_job.h"

#include <cmath>

#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/track_stream.h"
#include "engine/io/wav_file.h"
#include "engine/relevance/mask_resynthesis.h"
#include "engine/relevance/relevance_map.h"
#include "ui/analysis/tagger_registry.h"

namespace tagscope::ui {

double RelevanceRequest::startSeconds() const {
    return double(startSample) / kSampleRate;
}

QString RelevanceRequest::windowKey() const {
    return path + QLatin1Char('|') + QString::number(startSample);
}

QString RelevanceRequest::key() const {
    return windowKey() + QLatin1Char('|') + QString::number(tag) + QLatin1Char('|') + config.key();
}

TaskWork relevanceWork(std::shared_ptr<TaggerRegistry> registry, RelevanceRequest request,
                       std::shared_ptr<const std::vector<float>> knownSamples,
                       RelevanceDelivery deliver) {
    return [registry = std::move(registry), request = std::move(request),
            knownSamples = std::move(knownSamples),
            deliver = std::move(deliver)](const TaskContext& task) -> std::function<void()> {
        auto result = std::make_shared<RelevanceResult>();
        result->request = request;
        result->samples = knownSamples;
        if (!result->samples)
            result->samples = std::make_shared<const std::vector<float>>(decodeWindowTo12k(
                request.path.toStdString(), request.startSample, ResamplerKind::Exact, task.run()));
        task.throwIfStopped();
        // The window's melgram exactly as the analysis computed it (its own 80 dB floor).
        const Melgram clip = logMelSpectrogram(result->samples->data(), result->samples->size());
        const std::shared_ptr<const Tagger> tagger = registry->tagger(request.config);
        const RelevanceMap map = explainTag(*tagger, clip, request.tag, task.run());
        auto layer = std::make_shared<RelevanceLayer>();
        layer->startSeconds = request.startSeconds();
        layer->frames = map.frames;
        layer->values = relevanceSoftMask(map.values, map.bands, map.frames);
        result->layer = std::move(layer);
        result->probability = map.probability;
        return [deliver, result = std::shared_ptr<const RelevanceResult>(std::move(result))] {
            deliver(result);
        };
    };
}

TaskWork resynthesisWork(std::shared_ptr<const RelevanceResult> relevance, QString wavPath,
                         std::function<void(const QString& wavPath)> done) {
    return [relevance = std::move(relevance), wavPath = std::move(wavPath),
            done = std::move(done)](const TaskContext& task) -> std::function<void()> {
        const std::vector<float> masked = resynthesiseMasked(
            *relevance->samples, relevance->layer->values, relevance->layer->frames, task.run());
        task.throwIfStopped();
        writeWavFile(wavPath.toStdString(), masked, kSampleRate);
        return [done, wavPath] { done(wavPath); };
    };
}

}  // namespace tagscope::ui
