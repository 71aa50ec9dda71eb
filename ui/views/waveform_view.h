#pragma once
// The track's waveform (min/max per column, RMS inside) on the spectrogram's time axis: same
// margins, same TimeAxis, so its columns line up with the spectrogram's frames. Shows the
// playhead and the selected time range. Paints only.

#include <QWidget>
#include <memory>

#include "engine/audio/waveform_envelope.h"
#include "ui/views/time_mapping.h"

namespace tagscope::ui {

class TimeAxis;

class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(TimeAxis* axis, QWidget* parent = nullptr);
    ~WaveformView() override;

    void setEnvelope(std::shared_ptr<const WaveformEnvelope> envelope);  // nullptr clears
    void setPlayhead(double seconds);
    void setSelection(double startSeconds, double endSeconds);  // end <= start clears
    void clearSelection();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Geometry in logical pixels; the x mapping is the spectrogram's.
    TimeMapping timeMapping() const;
    QRect dataRect() const;
    double yForAmplitude(double amplitude) const;  // +1 (full scale) at the top, -1 at the bottom

    // The envelope over [startSeconds, endSeconds): what one pixel column there draws.
    struct Extent {
        float minimum = 0.0f, maximum = 0.0f, rms = 0.0f;
        bool valid = false;  // false: no envelope there
    };
    Extent extentBetween(double startSeconds, double endSeconds) const;
    bool hasEnvelope() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tagscope::ui
