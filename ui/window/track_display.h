#pragma once
// Shows one track in the timeline and tag panels and keeps them in step with the session's
// results and the playhead: the bars follow the analysis window under the playhead once
// playback or a seek has moved it, or show the track summary on request.

#include <QObject>

#include "ui/model/track_entry.h"

namespace tagscope::ui {

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

    void refresh();  // after the track's results or the settings changed

signals:
    void durationKnown(double seconds);

private:
    void refreshPrediction();

    TrackSession& session_;
    TimelinePanel& timeline_;
    TagPanel& tags_;
    TrackId track_ = 0;
    double playhead_ = 0.0;
    bool followPlayhead_ = false;
    bool showSummary_ = false;
    int shownWindow_ = -1;
    std::size_t shownSegments_ = 0;
};

}  // namespace tagscope::ui
