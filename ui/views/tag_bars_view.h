#pragma once
// Horizontal bars for a TagBarsModel, custom-painted, animating smoothly (bars grow, shrink and
// move to their new rank) whenever the model's values change. Labels: display name and the
// probability with 3 decimals. A click on a bar reports its tag; the selected tag's row is
// outlined.

#include <QWidget>
#include <memory>

namespace tagscope::ui {

class TagBarsModel;

class TagBarsView : public QWidget {
    Q_OBJECT
public:
    explicit TagBarsView(QWidget* parent = nullptr);
    ~TagBarsView() override;

    void setModel(TagBarsModel* model);
    void setAnimationDuration(int milliseconds);  // 0 disables animation (tests, screenshots)
    bool isAnimating() const;
    // What an empty view says ("No tags yet" unless set; a failed track says why).
    void setEmptyText(const QString& text);
    QString emptyText() const;

    // The tag chosen for a closer look (its row is outlined; -1: none). A click on a bar
    // reports its tag (tagClicked); the owner decides whether to select it.
    void setSelectedTag(int tagIndex);
    int selectedTag() const;
    // The tag whose row (where the model puts it) is at a point, -1 if none; a row's rectangle.
    int tagAt(QPoint point) const;
    QRect rowRect(int row) const;

    QSize sizeHint() const override;

signals:
    void tagClicked(int tagIndex);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tagscope::ui
