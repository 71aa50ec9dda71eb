#pragma once
// Shows one track in the timeline and tag panels and keeps them in step with the session's
// results and the playhead: the bars follow the analysis window under the playhead once
// playback or a seek has moved it — smooth (the default): blended between the windows' centres,
// from the finer display windows once they are in (asked for when the track's results are
// complete) —, or show the track summary on request. With both networks, one taggram each.
// The tag panel warns when what it shows comes from padding or silence.

#include <QObject>

#include <vector>

#include "engine/report/tag_result.h"
#include "ui/model/track_entry.h"

namespace tagscope::ui {

struct ModelResult;
class TagPanel;
class TimelinePanel;
class TrackSession;

class TrackDisplay : public QObject {
    Q_OBJECT
public:
    TrackDisplay(TrackSession& session, TimelinePanel& timeline, TagPanel& tags,
                 QObject* parent = nullptr);

    void setTrack(TrackId id);  // 0 clears
    TrackId track() const { return track_; }

    // followPlayhead: playback or a seek has moved the playhead (not just a new track at 0).
    void setPlayhead(double seconds, bool followPlayhead);
    void setShowSummary(bool show);
    bool showsSummary() const { return showSummary_; }
    void setSmooth(bool smooth);  // blended bars and smooth taggrams, else window by window
    bool isSmooth() const { return smooth_; }

    void refresh();  // after the track's results or the settings changed

    // The analysis window under the playhead once playback or a seek has moved it (of the
    // primary network's windows, 14.56 s apart), else -1: the original central window.
    int currentWindow() const { return currentWindow_; }

signals:
    void durationKnown(double seconds);
    void currentWindowChanged();  // also for a new track

private:
    void refreshPrediction();
    void refreshTaggrams();
    // The windows the bars and the smooth taggram use: the fine ones when computed.
    static const std::vector<SegmentResult>* fineWindows(const ModelResult* result);

    TrackSession& session_;
    TimelinePanel& timeline_;
    TagPanel& tags_;
    TrackId track_ = 0;
    double playhead_ = 0.0;
    bool followPlayhead_ = false;
    bool showSummary_ = false;
    bool smooth_ = true;
    void updateCurrentWindow(bool force = false);

    int currentWindow_ = -1;
    int shownWindow_ = -1;
    int shownFineWindow_ = -1;
    std::size_t shownSegments_ = 0;
    std::size_t shownFine_ = 0;
    std::size_t shownNetworks_ = 0;
};

}  // namespace tagscope::ui
