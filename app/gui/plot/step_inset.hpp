// The current step magnified: a square inset in a corner of the plot that shows the selected
// run's update from its current point at a scale of its own, with the optimizer's parts
// (StepAnatomyOverlay on the inset's axes). At the view a class sees, momentum's fifth step on
// x² + 10·y² is a few pixels long and its parts a pile of arrowheads; in the inset the step
// spans most of the box. It says how much it magnifies ("×40") and carries a scale bar of a
// round length, so nothing in it pretends to be the plot's scale. It shows while the step
// arrows do (Ctrl+G), for an optimizer whose step has parts (plain descent's has none), while
// the step on the plot is shorter than kShowBelowPixels and the animation is not playing;
// DescentPlot puts it in the free corner that covers least of the paths.
#pragma once

#include <qcustomplot.h>

#include <Eigen/Core>
#include <memory>
#include <optional>

#include "gd/step_rule.hpp"
#include "gui/plot/step_anatomy_overlay.hpp"
#include "gui/plot/theme.hpp"

namespace gdlab {

class StepInset {
  public:
    // The inset goes into `plot`'s axis rect, on a layer of its own above the legend.
    explicit StepInset(QCustomPlot* plot);
    ~StepInset();
    StepInset(const StepInset&) = delete;
    StepInset& operator=(const StepInset&) = delete;

    void setStyle(const PlotStyle& style);
    // The update from x taken apart (the step the run applied there, and its parts), in the run's
    // colour; `before`: the iterate the run came from, drawn as the step that led here.
    void show(const Eigen::Vector2d& x, const std::optional<Eigen::Vector2d>& before,
              const std::optional<gd::StepAnatomy>& anatomy, const QColor& colour);
    void hide();
    // Places and scales the inset again for the plot as laid out now.
    void relayout();
    // The corner or edge it sits at (Qt::AlignBottom | Qt::AlignLeft, Qt::AlignTop |
    // Qt::AlignHCenter, …; true when that moved it), and the rectangle it would take there, in
    // the plot's pixels.
    bool setCorner(Qt::Alignment corner);
    [[nodiscard]] QRect cornerRect(Qt::Alignment corner) const;

    [[nodiscard]] bool shown() const { return rect_->visible(); }
    // The point whose step it magnifies.
    [[nodiscard]] const Eigen::Vector2d& point() const { return x_; }
    [[nodiscard]] QCPLayer* layer() const { return layer_; }
    // Pixels of the inset per pixel of the plot, for the same length.
    [[nodiscard]] double magnification() const { return magnification_; }
    [[nodiscard]] QString caption() const;
    [[nodiscard]] QString scaleText() const;
    [[nodiscard]] QRect outerRect() const { return rect_->outerRect(); }
    [[nodiscard]] const StepAnatomyOverlay& parts() const { return *parts_; }
    // The step arrow as the inset draws it, in its pixels (tests).
    [[nodiscard]] double stepArrowPixels() const;

    // A step shorter than this on the plot is shown magnified.
    static constexpr double kShowBelowPixels = 60.0;

  private:
    void place();
    [[nodiscard]] int side(const QRect& area) const;

    QCustomPlot* plot_;
    QCPAxisRect* rect_;
    QCPLayer* layer_;
    PlotStyle style_;
    QCPCurve* before_;    // the step that led here
    QCPGraph* point_;     // the current point
    QCPItemLine* step_;   // the update, white as on the plot
    QCPItemLine* scale_;  // a bar of a round length
    QCPItemText* scale_label_;
    QCPItemText* caption_;  // "step, ×40"
    std::unique_ptr<StepAnatomyOverlay> parts_;
    Eigen::Vector2d x_{0.0, 0.0};
    std::optional<Eigen::Vector2d> before_point_;
    std::optional<gd::StepAnatomy> anatomy_;
    QColor colour_;
    double magnification_ = 1.0;
    Qt::Alignment corner_ = Qt::AlignBottom | Qt::AlignLeft;
    double scale_length_ = 0.0;
};

}  // namespace gdlab
