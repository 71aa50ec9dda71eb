#pragma once
// The time-aligned views of the current track: spectrogram over taggram (two labelled
// taggrams, one per network, when both ran), one shared TimeAxis, and a horizontal scrollbar
// bound to that axis.

#include <QWidget>
#include <memory>
#include <vector>

#include "engine/report/tag_result.h"
#include "ui/model/track_analysis_data.h"
#include "ui/views/color_map.h"

class QScrollBar;

namespace tagscope::ui {

class SpectrogramView;
class TaggramView;
class TimeAxis;

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    TimeAxis* axis() const { return axis_; }
    SpectrogramView* spectrogram() const { return spectrogram_; }
    TaggramView* taggram() const { return taggram_; }
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

signals:
    void seekRequested(double seconds);

private:
    void syncScrollBar();

    TimeAxis* axis_;
    SpectrogramView* spectrogram_;
    TaggramView* taggram_;
    TaggramView* secondTaggram_;
    QScrollBar* scroll_;
    std::shared_ptr<const DecodedTrack> track_;
};

}  // namespace tagscope::ui
