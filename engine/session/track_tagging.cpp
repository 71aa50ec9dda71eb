#include "engine/session/track_tagging.h"

#include "engine/error.h"
#include "engine/input_files.h"
#include "engine/io/melgram_npy.h"

namespace tagscope {
namespace {

// Runs every tagger on one clip; errors from the network are given the file's name.
class ClipTagger {
public:
    ClipTagger(const std::string& path, const std::vector<const Tagger*>& taggers,
               const std::vector<const Calibration*>& stats, const RunContext& context)
        : path_(path), taggers_(taggers), stats_(stats), context_(context) {}

    ClipAnalysis operator()(std::size_t model, const Melgram& clip) const {
        try {
            return taggers_[model]->analyseClip(clip, context_,
                                                stats_.empty() ? nullptr : stats_[model]);
        } catch (const Error& e) {
            fail(path_, e.what());
        }
    }

private:
    const std::string& path_;
    const std::vector<const Tagger*>& taggers_;
    const std::vector<const Calibration*>& stats_;
    const RunContext& context_;
};

}  // namespace

std::vector<float> meanProbabilities(const std::vector<SegmentResult>& segments) {
    if (segments.empty()) return {};
    std::vector<float> mean(segments.front().probabilities.size(), 0.0f);
    for (const SegmentResult& s : segments)
        for (std::size_t t = 0; t < mean.size(); ++t) mean[t] += s.probabilities[t];
    for (float& v : mean) v /= float(segments.size());
    return mean;
}

std::vector<float> meanEmbedding(const std::vector<SegmentResult>& segments) {
    if (segments.empty()) return {};
    std::vector<double> sum(segments.front().embedding.size(), 0.0);
    for (const SegmentResult& s : segments)
        for (std::size_t k = 0; k < sum.size() && k < s.embedding.size(); ++k)
            sum[k] += s.embedding[k];
    std::vector<float> mean(sum.size());
    for (std::size_t k = 0; k < sum.size(); ++k) mean[k] = float(sum[k] / double(segments.size()));
    return mean;
}

TaggedTrack tagTrack(const std::string& path, const std::vector<const Tagger*>& taggers,
                     const TrackTaggingOptions& options, const RunContext& context,
                     TrackResultSink* sink, const std::vector<const Calibration*>& stats) {
    if (!stats.empty() && stats.size() != taggers.size())
        throw Error("tagTrack: one set of statistics per tagger expected");
    const ClipTagger tagClip(path, taggers, stats, context);
    TaggedTrack track;
    track.models.resize(taggers.size());

    if (hasMelgramExtension(path)) {
        track.central = readMelgramNpy(path);
    } else {
        StreamOptions stream;
        stream.resampler = options.resampler;
        stream.hopSeconds = options.hopSeconds;
        stream.windows = options.windows && !taggers.empty();
        stream.overviewColumns = options.overviewColumns;
        StreamCallbacks callbacks;
        callbacks.onOpen = [&](const AudioInfo& info) {
            if (sink) sink->onOpened(info);
        };
        callbacks.onWindow = [&](std::size_t index, const AnalysisWindow& window) {
            for (std::size_t m = 0; m < taggers.size(); ++m) {
                ClipAnalysis clip = tagClip(m, window.melgram);
                SegmentResult segment{window.startSeconds, std::move(clip.probabilities),
                                      window.level, std::move(clip.embedding)};
                if (sink) sink->onWindow(m, index, segment);
                track.models[m].segments.push_back(std::move(segment));
            }
        };
        StreamedTrack streamed = streamTrack(path, stream, context, callbacks);
        track.info = std::move(streamed.info);
        track.central = std::move(streamed.central);
        track.centralStartSeconds = streamed.centralStartSeconds;
        track.centralLevel = streamed.centralLevel;
        track.overview = std::move(streamed.overview);
    }

    for (std::size_t m = 0; m < taggers.size(); ++m) {
        ModelTags& tags = track.models[m];
        ClipAnalysis central = tagClip(m, track.central);
        tags.central = std::move(central.probabilities);
        if (sink) sink->onCentral(m, tags.central, track.centralLevel);
        if (options.windows && tags.segments.empty()) {  // a melgram: its own one window
            tags.segments.push_back({0.0, tags.central, {}, central.embedding});
            if (sink) sink->onWindow(m, 0, tags.segments.back());
        }
        tags.summary = tags.segments.empty() ? tags.central : meanProbabilities(tags.segments);
        tags.embedding =
            tags.segments.empty() ? std::move(central.embedding) : meanEmbedding(tags.segments);
    }
    return track;
}

}  // namespace tagscope
