#include "ui/window/track_display.h"

#include "engine/session/track_tagging.h"

#include "ui/model/window_selection.h"
#include "ui/session/track_session.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

namespace tagscope::ui {

TrackDisplay::TrackDisplay(TrackSession& session, TimelinePanel& timeline, TagPanel& tags,
                           QObject* parent)
    : QObject(parent), session_(session), timeline_(timeline), tags_(tags) {
    connect(&session_, &TrackSession::trackChanged, this, [this](TrackId id) {
        if (id == track_) refresh();
    });
    connect(&session_, &TrackSession::settingsChanged, this, &TrackDisplay::refresh);
}

void TrackDisplay::setTrack(TrackId id) {
    if (id == track_) return;
    track_ = id;
    playhead_ = 0.0;
    followPlayhead_ = false;
    shownSegments_ = std::size_t(-1);
    timeline_.showTrack(nullptr);
    timeline_.setPlayhead(0.0);
    refresh();
}

void TrackDisplay::setPlayhead(double seconds, bool followPlayhead) {
    playhead_ = seconds;
    followPlayhead_ = followPlayhead_ || followPlayhead;
    timeline_.setPlayhead(seconds);
    // Cheap at the polling rate: the bars change only when the window under the playhead does.
    const ModelResult* r =
        track_ ? session_.result(track_, session_.activeNetworks().front()) : nullptr;
    const int window = r ? windowIndexAt(r->segments, seconds) : -1;
    if (window != shownWindow_) refreshPrediction();
}

void TrackDisplay::setShowSummary(bool show) {
    showSummary_ = show;
    refreshPrediction();
}

void TrackDisplay::refresh() {
    const auto decoded = track_ ? session_.decoded(track_) : nullptr;
    const TrackEntry* entry = track_ ? session_.tracks()->entry(track_) : nullptr;
    if (entry && entry->status == TrackStatus::Error)
        timeline_.showFailure(trackFailureText(entry->errorText));
    else if (decoded || !entry)
        timeline_.showTrack(decoded);
    else
        timeline_.showPending(entry->durationSeconds);
    // Never the previous track's: the decoded length, else what is known so far, else none.
    if (decoded)
        emit durationKnown(decoded->info.durationSeconds);
    else
        emit durationKnown(entry && entry->durationSeconds > 0 ? entry->durationSeconds : 0.0);
    const ModelResult* r =
        track_ ? session_.result(track_, session_.activeNetworks().front()) : nullptr;
    const std::size_t segments = r ? r->segments.size() : 0;
    if (segments != shownSegments_ || (r && r->complete)) {
        shownSegments_ = segments;
        // The rows follow the summary; until it (or the central clip) is in, the windows'
        // mean so far.
        std::vector<float> order;
        if (r)
            order = r->complete           ? r->summary
                    : !r->central.empty() ? r->central
                                          : meanProbabilities(r->segments);
        timeline_.setTaggram(r ? r->segments : std::vector<SegmentResult>{}, std::move(order));
    }
    refreshPrediction();
}

void TrackDisplay::refreshPrediction() {
    const std::vector<NetworkKind> networks = session_.activeNetworks();
    const ModelResult* primary = track_ ? session_.result(track_, networks.front()) : nullptr;
    const ShownPrediction shown =
        choosePrediction(primary, showSummary_, followPlayhead_, playhead_);
    shownWindow_ = shown.windowIndex;
    timeline_.setActiveWindow(shown.windowIndex);

    const TrackEntry* entry = track_ ? session_.tracks()->entry(track_) : nullptr;
    if (entry && entry->status == TrackStatus::Error) {
        const QString failure = trackFailureText(entry->errorText);
        tags_.showPrediction({}, failure, failure);
        tags_.showComparison({}, {}, {});
        return;
    }
    QString heading;
    if (!track_)
        heading = tr("No track selected");
    else if (shown.probabilities.empty())
        heading = tr("%1 · analysing…").arg(networkShortName(networks.front()));
    else
        heading = QStringLiteral("%1 · %2").arg(networkShortName(networks.front()), shown.label);
    tags_.showPrediction(shown.probabilities, heading);

    if (networks.size() < 2 || !track_) {
        tags_.showComparison({}, {}, {});
        return;
    }
    const ModelResult* second = session_.result(track_, networks[1]);
    const ShownPrediction other =
        choosePrediction(second, showSummary_, followPlayhead_, playhead_);
    // Compare like with like: only when both show the same prediction.
    if (other.label != shown.label) {
        tags_.showComparison({}, {}, {});
        return;
    }
    tags_.showComparison(shown.probabilities, other.probabilities,
                         tr("CNN vs RNN · %1").arg(shown.label));
}

}  // namespace tagscope::ui
