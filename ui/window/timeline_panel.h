#pragma once
// The time-aligned views of the current track: waveform over spectrogram over taggram (two
// labelled taggrams, one per network, when both ran), one shared TimeAxis, and a horizontal
// scrollbar bound to that axis. It keeps the playhead in view while zoomed (Follow Playback),
// mirrors the spectrogram's time selection in the other views and reports it as a loop range.

#include <QWidget>
#include <memory>
#include <vector>

#include "engine/report/tag_result.h"
#include "ui/model/track_analysis_data.h"
#include "ui/views/color_map.h"
#include "ui/views/level_range.h"

class QAction;
class QActionGroup;
class QScrollBar;

namespace tagscope::ui {

class SelectionOverlay;
class SpectrogramView;
class TaggramView;
class TimeAxis;
class WaveformView;

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    TimeAxis* axis() const { return axis_; }
    SpectrogramView* spectrogram() const { return spectrogram_; }
    WaveformView* waveform() const { return waveform_; }
    TaggramView* taggram() const { return taggram_; }
    SelectionOverlay* taggramSelection() const { return taggramSelection_; }
    TaggramView* secondTaggram() const { return secondTaggram_; }  // the second network's

    void showTrack(std::shared_ptr<const DecodedTrack> track);  // nullptr clears
    // A track still being analysed: its length (when known) lays out the time axis, so the
    // taggram fills in window by window; the spectrogram comes with the decoded track.
    void showPending(double durationSeconds);
    // A track that could not be analysed: nothing to draw, and why (the hint).
    void showFailure(const QString& reason);
    // title: the network's name when two taggrams are shown, else empty.
    void setTaggram(std::vector<SegmentResult> segments, std::vector<float> summary,
                    const QString& title = {});
    // The second network's taggram; empty segments hide it.
    void setSecondTaggram(std::vector<SegmentResult> segments, std::vector<float> summary,
                          const QString& title);
    void setSmoothTaggram(bool smooth);
    void setActiveWindow(int index);
    void setPlayhead(double seconds);
    void setColorMap(ColorMap map);
    void setLevelRange(LevelRange mode);
    void clearSelection();  // reports loopRangeCleared() if there was a selection

    // View menu items: "Follow Playback" (checkable, on) and the level ranges (exclusive).
    QAction* followPlaybackAction() const { return followAction_; }
    QList<QAction*> levelRangeActions() const;
    // Following is paused after a manual scroll or zoom hides the playhead, until it is
    // visible again or jumps (a seek, a restart).
    bool isFollowingPaused() const { return followPaused_; }

    // Past this playhead jump (a seek, Stop then Play), following resumes.
    static constexpr double kJumpSeconds = 1.0;

signals:
    void seekRequested(double seconds);
    void loopRangeSelected(double startSeconds, double endSeconds);
    void loopRangeCleared();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncScrollBar();
    void showSelection(double startSeconds, double endSeconds);
    void followPlayhead(double previousSeconds);
    void axisChanged();
    QString tagsAt(double seconds) const;

    TimeAxis* axis_;
    WaveformView* waveform_;
    SpectrogramView* spectrogram_;
    TaggramView* taggram_;
    SelectionOverlay* taggramSelection_;
    TaggramView* secondTaggram_;
    SelectionOverlay* secondTaggramSelection_;
    QScrollBar* scroll_;
    QAction* followAction_;
    QActionGroup* levelRangeGroup_;
    std::shared_ptr<const DecodedTrack> track_;
    std::vector<SegmentResult> segments_;  // for the hover readout's tags
    double playhead_ = 0.0;
    bool followPaused_ = false;
    bool paging_ = false;  // the axis is being moved by following, not by the user
};

}  // namespace tagscope::ui
