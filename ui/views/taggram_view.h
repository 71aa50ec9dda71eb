#pragma once
// Tags × time heat map, aligned with the spectrogram through the shared TimeAxis: one row per
// tag (the most probable ones of the track summary), one cell per analysis window — or, smooth,
// columns a few pixels wide interpolated between the windows' centres (interpolateAt).
// Windows that are silent or mostly zero padding are hatched, with a tooltip saying why. An
// optional title (the network, when several are shown) stands above the cells. A click on a
// row reports its tag.

#include <QWidget>
#include <memory>
#include <vector>

#include "engine/report/tag_result.h"
#include "ui/views/color_map.h"
#include "ui/views/time_mapping.h"

namespace tagscope::ui {

class TimeAxis;

class TaggramView : public QWidget {
    Q_OBJECT
public:
    explicit TaggramView(TimeAxis* axis, QWidget* parent = nullptr);
    ~TaggramView() override;

    // segments: per window (start, 50 probabilities); summary: 50, picks the rows shown.
    void setTaggram(std::vector<SegmentResult> segments, std::vector<float> summary);
    void clear();
    void setRows(int rows);  // number of tags shown (default 10)
    void setPlayhead(double seconds);
    void setColorMap(ColorMap map);
    void setSmooth(bool smooth);
    bool isSmooth() const;
    void setTitle(const QString& title);  // empty: no title row
    QString title() const;

    QSize sizeHint() const override;

    // Geometry in logical pixels; the x mapping is the spectrogram's (same margins, same axis).
    TimeMapping timeMapping() const;
    QRect dataRect() const;
    int rowHeight() const;
    std::vector<int> rowTags() const;  // tag indices shown, top row first
    // Windows hatched as silent or mostly padding (indices in start order), and the x range a
    // window's cell covers; the tooltip at a point (empty where there is nothing to say).
    std::vector<int> flaggedWindows() const;
    std::pair<double, double> windowSpan(int index) const;
    QString toolTipAt(QPoint point) const;
    // The tag of the row at a point (its cells or its name), -1 if none. A click on a row
    // reports it (tagClicked); the selected tag's row is outlined and its name bold.
    int tagAt(QPoint point) const;
    void setSelectedTag(int tagIndex);  // -1: none
    int selectedTag() const;
    static constexpr int kSmoothColumnWidth = 2;
    // Probabilities go through this gamma before the colour map (small values stay visible).
    static constexpr double kGamma = 0.5;

signals:
    void tagClicked(int tagIndex);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tagscope::ui
