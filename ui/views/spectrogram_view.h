#pragma once
// The whole track's log-mel-spectrogram as the network sees it: 96 bands × frames (hop 256 at
// 12 kHz), colour-mapped, with a dB colour bar, a time axis (mm:ss), a mel axis labelled in Hz,
// the analysis windows outlined (the original's central window marked distinctly), the active
// window highlighted, and a playhead. Wheel/pinch/keys zoom and scroll the shared TimeAxis;
// a click asks to seek. Paints only: it holds no analysis logic.

#include <QList>
#include <QString>
#include <QWidget>
#include <memory>
#include <vector>

#include "engine/melgram.h"
#include "ui/views/color_map.h"
#include "ui/views/time_mapping.h"

namespace tagscope::ui {

class TimeAxis;

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
    void setPlayhead(double seconds);
    void setColorMap(ColorMap map);

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

signals:
    void seekRequested(double seconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;  // pinch gestures

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tagscope::ui
