// The optimizer's inner workings at the selected run's current point, drawn with its step
// arrow: whatever parts the update's gd::StepAnatomy holds, never which optimizer made them.
//  - the velocity's share of the step (momentum), an arrow from the point;
//  - the look-ahead (Nesterov), a hollow circle where the velocity carries the point;
//  - the gradient's share −lr·∇f (plain descent's step), dashed, from the point or the
//    look-ahead; left out where it would only retrace the step arrow;
//  - each coordinate's step (adaptive rules): a box centred on the point whose half-sides are
//    the effective rate times |the direction it scales| (AdaGrad, RMSProp: g; Adam: m̂). The
//    step ends on its corner: nearly a square, however uneven the gradient, is what adaptive
//    rules do. (The rate lr/(√s + ε) alone is a step per unit of gradient, not a length: at
//    Adam's first step on x² + 10y² from (−4, 1) it is (0.0125, 0.005) at lr 0.1, a pixel.)
//  - the decoupled weight decay (AdamW), an arrow ending at the step's head, towards the origin;
//  - Newton's local quadratic model: its contour through the point (an ellipse, or a hyperbola
//    at a saddle) and its centre, where the full Newton step lands.
// Parts shorter than a few pixels are left out, and labels on parts too short to carry them.
#pragma once

#include <qcustomplot.h>

#include <Eigen/Core>
#include <QStringList>
#include <optional>
#include <vector>

#include "gd/grid.hpp"
#include "gd/step_rule.hpp"
#include "gui/plot/theme.hpp"

namespace gdlab {

class StepAnatomyOverlay {
  public:
    // Everything is drawn on `layer`, beneath what is added to it later (the runs' paths and
    // step arrows), on the plot's axis rect or on `rect` (the magnified inset).
    StepAnatomyOverlay(QCustomPlot* plot, QCPLayer* layer);
    StepAnatomyOverlay(QCustomPlot* plot, QCPAxisRect* rect, QCPLayer* layer);
    ~StepAnatomyOverlay();
    StepAnatomyOverlay(const StepAnatomyOverlay&) = delete;
    StepAnatomyOverlay& operator=(const StepAnatomyOverlay&) = delete;

    void setStyle(const PlotStyle& style);
    // Shows the update from x taken apart; nothing hides every part.
    void show(const Eigen::Vector2d& x, std::optional<gd::StepAnatomy> anatomy);
    void hide() { show(Eigen::Vector2d::Zero(), std::nullopt); }
    // Draws again for the axes as they are now: what is too small to show is measured in pixels,
    // and a hyperbola reaches across the view.
    void relayout();

    // What is drawn now (tests): nothing for a part not shown.
    struct Segment {
        Eigen::Vector2d from;
        Eigen::Vector2d to;
    };
    struct Box {
        Eigen::Vector2d centre;
        Eigen::Vector2d half_sides;
    };
    [[nodiscard]] std::optional<Segment> velocityArrow() const;
    [[nodiscard]] std::optional<Segment> gradientArrow() const;
    [[nodiscard]] std::optional<Segment> decayArrow() const;
    [[nodiscard]] std::optional<Eigen::Vector2d> lookAhead() const;
    [[nodiscard]] std::optional<Box> stepBox() const;
    // The model's contour as drawn, a NaN point between a hyperbola's branches.
    [[nodiscard]] std::vector<Eigen::Vector2d> modelContour() const;
    [[nodiscard]] std::optional<Eigen::Vector2d> modelCentre() const;
    [[nodiscard]] QStringList labels() const;

  private:
    // A line over a dark halo (it reads on viridis' yellow and purple alike), and its label.
    struct Arrow {
        QCPItemLine* halo;
        QCPItemLine* line;
        QCPItemText* label;
    };
    struct Mark {
        QCPGraph* halo;
        QCPGraph* mark;
        QCPItemText* label;
    };
    [[nodiscard]] Arrow makeArrow();
    [[nodiscard]] Mark makeMark();
    [[nodiscard]] QCPItemText* makeLabel();
    void bind(QCPAbstractItem& item) const;
    void styleArrow(Arrow& arrow, const QColor& colour, double width, Qt::PenStyle dash);
    void styleMark(Mark& mark, const QColor& colour, QCPScatterStyle::ScatterShape shape);
    // False (drawing nothing) where the segment is too short to see or reaches far off the view.
    bool place(Arrow& arrow, const Eigen::Vector2d& from, const Eigen::Vector2d& to,
               const QString& text);
    bool place(Mark& mark, const Eigen::Vector2d& at, const QString& text);
    void placeBox(const Eigen::Vector2d& centre, const Eigen::Vector2d& half_sides);
    void placeContour(const Eigen::Matrix2d& hessian, const Eigen::Vector2d& centre);
    void placeLabel(QCPItemText* label, const QPointF& at, const QPointF& outward,
                    const QString& text, double length, double gap);
    void hideAll();
    [[nodiscard]] QPointF pixel(const Eigen::Vector2d& p) const;
    [[nodiscard]] bool nearView(const Eigen::Vector2d& p) const;

    QCustomPlot* plot_;
    QCPAxisRect* rect_;
    QCPAxis* x_axis_;
    QCPAxis* y_axis_;
    QCPLayer* layer_;
    PlotStyle style_;
    Arrow velocity_;
    Arrow gradient_;
    Arrow decay_;
    Mark look_ahead_;
    Mark centre_;
    QCPItemRect* box_halo_;
    QCPItemRect* box_;
    QCPItemText* box_label_;
    QSharedPointer<QCPCurveDataContainer> contour_data_;
    QCPCurve* contour_halo_;
    QCPCurve* contour_;
    Eigen::Vector2d x_{0.0, 0.0};
    std::optional<gd::StepAnatomy> anatomy_;
};

}  // namespace gdlab
