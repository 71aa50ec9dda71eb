#pragma once
// The whole track's log-mel-spectrogram as the network sees it: 96 bands × frames (hop 256 at
// 12 kHz), colour-mapped, with a dB colour bar, a time axis (mm:ss), a mel axis labelled in Hz,
// the analysis windows outlined (the original's central window marked distinctly), the active
// window highlighted, optionally a tag's relevance over one window (a heat layer), a playhead,
// the selected time range, and under the mouse a crosshair with a readout (time, frequency and
// note, level, the top tags there). Wheel/pinch/keys zoom and
// scroll the shared TimeAxis. A click while the view has keyboard focus asks to seek; a click
// that only gives it focus does not. Shift+drag selects a time range, Escape clears it.
// Keys (reachable by Tab): + / - zoom, Left / Right scroll, Home / End, Escape.
// Paints only: it holds no analysis logic (the tags come from a function the owner sets).

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "engine/melgram.h"
#include "ui/views/color_map.h"
#include "ui/views/hover_readout.h"
#include "ui/views/level_range.h"
#include "ui/views/time_mapping.h"

class QPainter;

namespace tagscope::ui {

class TimeAxis;
struct RelevanceLayer;

class SpectrogramView : public QWidget {
    Q_OBJECT
public:
    explicit SpectrogramView(TimeAxis* axis, QWidget* parent = nullptr);
    ~SpectrogramView() override;

    // nullptr clears. A column of a long track's overview may cover several hop frames.
    void setMelgram(std::shared_ptr<const Melgram> overview,
                    double secondsPerFrame = double(kHopSize) / kSampleRate);
    // What the empty view says ("Drop music files here" unless set).
    void setEmptyHint(const QString& hint);
    QString emptyHint() const;  // as set (empty: the default)
    // Windows are kClipSeconds long; centralStartSeconds < 0 hides the central marker.
    void setAnalysisWindows(std::vector<double> startSeconds, double centralStartSeconds);
    void setActiveWindow(int index);  // -1: none
    // The relevance of a tag over one window, drawn over the melgram (nullptr: none).
    void setRelevanceLayer(std::shared_ptr<const RelevanceLayer> layer);
    std::shared_ptr<const RelevanceLayer> relevanceLayer() const;
    void setRelevanceOpacity(double opacity);  // 0–1, 0.6 unless set
    double relevanceOpacity() const;
    void setPlayhead(double seconds);
    void setColorMap(ColorMap map);
    void setLevelRange(LevelRange mode);  // Automatic unless set
    LevelRange levelRangeMode() const;
    DbRange levelRange() const;  // the dB values the colour map spans for this track
    // The top tags of the analysis window at a time ("rock, pop, guitar"; empty for none).
    void setTagsAt(std::function<QString(double seconds)> tagsAt);
    // The selected time range (end <= start: none). Set by the owner to mirror another view.
    void setSelection(double startSeconds, double endSeconds);
    void clearSelection();
    double selectionStart() const;
    double selectionEnd() const;
    bool hasSelection() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Geometry in logical pixels, for tests and for aligning other views with this one.
    struct FrequencyTick {
        double hz = 0.0;
        int band = 0;    // the band whose centre is nearest hz
        double y = 0.0;  // yForBand(band)
        QString label;   // "500 Hz", "1 kHz", ...
    };
    QRect dataRect() const;           // where the melgram is drawn
    TimeMapping timeMapping() const;  // x(seconds) over dataRect()
    double xForSeconds(double seconds) const { return timeMapping().x(seconds); }
    double secondsForX(double x) const { return timeMapping().seconds(x); }
    double yForBand(int band) const;  // centre of the band's row; band 0 (lowest) at the bottom
    QList<FrequencyTick> frequencyTicks() const;  // the labelled frequencies, bottom to top
    double playhead() const;
    bool hasMelgram() const;

    struct LevelTick {
        double db = 0.0;
        double y = 0.0;  // on the colour bar (which spans dataRect()'s height)
        QString label;   // "-20 dB"
    };
    QList<LevelTick> levelTicks() const;  // the colour bar's labelled levels, top to bottom
    // What the readout says for a point (nothing outside the data area or without a melgram).
    std::optional<HoverReadout> readoutAt(QPointF pos) const;
    QString hoverText() const;     // the readout shown now; empty when the mouse is not over it
    QRectF hoverTextRect() const;  // where it is drawn (never under the cursor); empty if none

signals:
    void seekRequested(double seconds);
    void selectionChanged(double startSeconds, double endSeconds);   // while dragging
    void selectionFinished(double startSeconds, double endSeconds);  // on release
    void selectionCleared();                                         // Escape, or a shift-click

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;  // pinch gestures

private:
    void setHover(std::optional<QPointF> pos);
    void drawHover(QPainter& painter) const;

    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tagscope::ui
