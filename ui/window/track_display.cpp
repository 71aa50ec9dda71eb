#include "ui/window/track_display.h"

#include "engine/session/track_tagging.h"

#include "ui/model/prediction_warning.h"
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
    timeline_.setSmoothTaggram(smooth_);
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
    updateCurrentWindow(true);
}

void TrackDisplay::updateCurrentWindow(bool force) {
    const ModelResult* r =
        track_ ? session_.result(track_, session_.activeNetworks().front()) : nullptr;
    const int window = r && followPlayhead_ ? windowIndexAt(r->segments, playhead_) : -1;
    if (window == currentWindow_ && !force) return;
    currentWindow_ = window;
    emit currentWindowChanged();
}

void TrackDisplay::setPlayhead(double seconds, bool followPlayhead) {
    playhead_ = seconds;
    followPlayhead_ = followPlayhead_ || followPlayhead;
    timeline_.setPlayhead(seconds);
    updateCurrentWindow();
    if (smooth_ && followPlayhead_ && !showSummary_) {
        refreshPrediction();  // blended: the bars move with every step of the playhead
        return;
    }
    // Cheap at the polling rate: the bars change only when the window under the playhead does.
    const ModelResult* r =
        track_ ? session_.result(track_, session_.activeNetworks().front()) : nullptr;
    const std::vector<SegmentResult>* fine = fineWindows(r);
    const int window = r ? windowIndexAt(r->segments, seconds) : -1;
    const int fineWindow = fine && followPlayhead_ ? windowIndexAt(*fine, seconds) : -1;
    if (window != shownWindow_ || fineWindow != shownFineWindow_) refreshPrediction();
}

void TrackDisplay::setShowSummary(bool show) {
    showSummary_ = show;
    refreshPrediction();
}

void TrackDisplay::setSmooth(bool smooth) {
    if (smooth == smooth_) return;
    smooth_ = smooth;
    timeline_.setSmoothTaggram(smooth);
    shownSegments_ = std::size_t(-1);
    refresh();
}

const std::vector<SegmentResult>* TrackDisplay::fineWindows(const ModelResult* result) {
    return result && !result->fineSegments.empty() ? &result->fineSegments : nullptr;
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
    if (track_) session_.requestFineWindows(track_);  // does nothing until the results are in
    refreshTaggrams();
    refreshPrediction();
    updateCurrentWindow();
}

void TrackDisplay::refreshTaggrams() {
    const std::vector<NetworkKind> networks = session_.activeNetworks();
    std::vector<const ModelResult*> results;
    for (NetworkKind kind : networks)
        results.push_back(track_ ? session_.result(track_, kind) : nullptr);
    const ModelResult* r = results.front();
    const std::size_t segments = r ? r->segments.size() : 0;
    const std::size_t fine = r ? r->fineSegments.size() : 0;
    if (segments == shownSegments_ && fine == shownFine_ && networks.size() == shownNetworks_ &&
        !(r && r->complete))
        return;
    shownSegments_ = segments;
    shownFine_ = fine;
    shownNetworks_ = networks.size();
    // The rows follow the summary; until it (or the central clip) is in, the windows' mean so
    // far. Smooth taggrams draw the fine windows once computed.
    const auto taggramOf = [this](const ModelResult* result) {
        std::pair<std::vector<SegmentResult>, std::vector<float>> taggram;
        if (!result) return taggram;
        const std::vector<SegmentResult>* fine = smooth_ ? fineWindows(result) : nullptr;
        taggram.first = fine ? *fine : result->segments;
        taggram.second = result->complete           ? result->summary
                         : !result->central.empty() ? result->central
                                                    : meanProbabilities(result->segments);
        return taggram;
    };
    const bool both = networks.size() > 1;
    auto [primarySegments, primaryOrder] = taggramOf(r);
    timeline_.setTaggram(std::move(primarySegments), std::move(primaryOrder),
                         both ? networkShortName(networks[0]) : QString());
    if (both) {
        auto [segments2, order2] = taggramOf(results[1]);
        timeline_.setSecondTaggram(std::move(segments2), std::move(order2),
                                   networkShortName(networks[1]));
    } else {
        timeline_.setSecondTaggram({}, {}, {});
    }
}

void TrackDisplay::refreshPrediction() {
    const std::vector<NetworkKind> networks = session_.activeNetworks();
    const ModelResult* primary = track_ ? session_.result(track_, networks.front()) : nullptr;
    const std::vector<SegmentResult>* fine = fineWindows(primary);
    const ShownPrediction shown =
        choosePrediction(primary, showSummary_, followPlayhead_, playhead_, smooth_, fine);
    // What setPlayhead compares to know whether the bars change.
    shownWindow_ = shown.windowIndex;
    shownFineWindow_ = fine && followPlayhead_ ? windowIndexAt(*fine, playhead_) : -1;
    timeline_.setActiveWindow(shown.windowIndex);

    const TrackEntry* entry = track_ ? session_.tracks()->entry(track_) : nullptr;
    if (entry && entry->status == TrackStatus::Error) {
        const QString failure = trackFailureText(entry->errorText);
        tags_.showPrediction({}, failure, failure);
        tags_.setWarning({});
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
    tags_.setWarning(predictionWarning(shown, entry ? entry->durationSeconds : 0.0));

    if (networks.size() < 2 || !track_) {
        tags_.showComparison({}, {}, {});
        return;
    }
    const ModelResult* second = session_.result(track_, networks[1]);
    const ShownPrediction other = choosePrediction(second, showSummary_, followPlayhead_, playhead_,
                                                   smooth_, fineWindows(second));
    // Compare like with like: only when both show the same prediction.
    if (other.label != shown.label) {
        tags_.showComparison({}, {}, {});
        return;
    }
    tags_.showComparison(shown.probabilities, other.probabilities,
                         tr("CNN vs RNN · %1").arg(shown.label));
}

}  // namespace tagscope::ui
