#pragma once
// The visible time range shared by the time-aligned views (spectrogram, taggram): zooming or
// scrolling one moves all of them.

#include <QObject>

namespace tagscope::ui {

class TimeAxis : public QObject {
    Q_OBJECT
public:
    explicit TimeAxis(QObject* parent = nullptr);

    double duration() const { return duration_; }
    double visibleStart() const { return start_; }
    double visibleEnd() const { return end_; }

    // Sets the track length and shows all of it.
    void setDuration(double seconds);
    // Clamped to [0, duration], at least kMinimumSpan long.
    void setVisibleRange(double start, double end);
    // factor > 1 zooms in, keeping anchorSeconds at the same place on screen.
    void zoom(double factor, double anchorSeconds);
    void scrollBy(double seconds);

    static constexpr double kMinimumSpan = 1.0;

signals:
    void changed();

private:
    double duration_ = 0.0, start_ = 0.0, end_ = 0.0;
};

}  // namespace tagscope::ui
