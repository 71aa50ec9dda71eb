#pragma once
// Horizontal bars for a TagBarsModel, custom-painted, animating smoothly (bars grow, shrink and
// move to their new rank) whenever the model's values change. Labels: display name and the
// probability with 3 decimals.

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

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tagscope::ui
