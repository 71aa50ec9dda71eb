#pragma once
// "See it" and "Hear it" as background tasks: the relevance of one tag over one analysis window
// of a track (its 12 kHz samples decoded again, its melgram, the network's relevance map as a
// soft mask), and the window resynthesised through that mask into a WAV file. Both run as
// cancellable tasks of the AnalysisService; the GUI thread only receives the results.

#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "ui/analysis/analysis_job.h"
#include "ui/model/model_config.h"
#include "ui/views/relevance_layer.h"

namespace tagscope::ui {

class TaggerRegistry;

// Which relevance: a track's window (by its first 12 kHz sample), a tag, a network.
struct RelevanceRequest {
    QString path;
    ModelConfig config;
    int tag = -1;
    std::int64_t startSample = 0;

    double startSeconds() const;
    QString key() const;        // unique per (file, window, tag, configuration), for the cache
    QString windowKey() const;  // per (file, window): the samples
    bool isValid() const { return !path.isEmpty() && tag >= 0; }
};

struct RelevanceResult {
    RelevanceRequest request;
    std::shared_ptr<const std::vector<float>> samples;  // the window, kClipSamples at 12 kHz
    std::shared_ptr<const RelevanceLayer> layer;        // the soft mask, drawn over the window
    float probability = 0.0f;                           // the tag's, for this window
};
using RelevanceDelivery = std::function<void(std::shared_ptr<const RelevanceResult>)>;

// The relevance for `request`; `knownSamples` (the window's samples, if already decoded for
// another tag) saves decoding the file again.
TaskWork relevanceWork(std::shared_ptr<TaggerRegistry> registry, RelevanceRequest request,
                       std::shared_ptr<const std::vector<float>> knownSamples,
                       RelevanceDelivery deliver);

// The window resynthesised through the relevance mask (engine/relevance/mask_resynthesis.h)
// and written to `wavPath` as 16-bit WAV at 12 kHz, atomically; `done` gets the path.
TaskWork resynthesisWork(std::shared_ptr<const RelevanceResult> relevance, QString wavPath,
                         std::function<void(const QString& wavPath)> done);

}  // namespace tagscope::ui
