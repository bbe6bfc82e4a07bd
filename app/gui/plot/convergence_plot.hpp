// The convergence panel's plot, against the step k for every run, in one of two views:
//  - values: f(x_k) (solid) and |grad f(x_k)| (dashed), on log axes where the values allow;
//  - coordinates: x_k (solid) and y_k (dashed), with the known minimum's coordinates as dotted
//    lines, so an oscillation is the textbook zig-zag around them.
// A vertical cursor marks the animation's step (repainted alone, on its own layer); a click
// picks a step. Drawing never scales with a run's length: each series is reduced to a few
// points per pixel column, keeping every extreme (gd::decimate_min_max), and reduced again
// for the visible steps when the k axis is zoomed or panned.
#pragma once

#include <qcustomplot.h>

#include <Eigen/Core>
#include <QColor>
#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "gd/descent.hpp"
#include "gd/trace_series.hpp"
#include "gui/plot/theme.hpp"

class QTimer;

namespace gdlab {

struct ConvergenceSeries {
    std::shared_ptr<const gd::Trace> trace;  // may be null while computing
    // The trace's series reduced to kBuckets columns, when already computed (else the plot
    // reduces them itself).
    std::shared_ptr<const gd::ReducedTrace> reduced;
    QColor colour;
    QString label;
};

enum class ConvergenceView { values, coordinates };

class ConvergencePlot : public QCustomPlot {
    Q_OBJECT
  public:
    explicit ConvergencePlot(QWidget* parent = nullptr);

    void setSeries(const std::vector<ConvergenceSeries>& series);
    // The selected run: the coordinates view spans its steps (an oscillation of 15 steps in a
    // run of 100 beside it would take a sliver of the axis), the values view the longest run.
    void setActiveSeries(int index);
    void setStep(int k);
    void setStyle(const PlotStyle& style);
    void setView(ConvergenceView view);
    [[nodiscard]] ConvergenceView view() const { return view_; }
    // The known minimum, or none: the coordinates view draws its x and y as reference lines.
    void setMinimum(const std::optional<Eigen::Vector2d>& minimum);
    [[nodiscard]] bool logScaleForF() const { return f_log_; }
    // Points handed to QCustomPlot over all graphs (tests: bounded whatever the runs' length).
    [[nodiscard]] int drawnPointCount() const;

    // Columns a full-range series is reduced to; a plot wider than this still looks continuous.
    static constexpr std::size_t kBuckets = 2048;

  signals:
    // A click (not a drag) on the plot, at the step nearest to it.
    void stepPicked(int k);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

  private:
    // A run's trace and its four series over all its steps, reduced to kBuckets columns.
    struct Reduced {
        std::shared_ptr<const gd::Trace> trace;
        std::shared_ptr<const gd::ReducedTrace> series;  // never null
    };
    void setPens();
    void fillGraphs();
    void fitValueAxes();
    void refillVisible();
    void fitStepAxis();

    std::vector<QColor> colours_;   // one per run
    std::vector<Reduced> reduced_;  // one per run
    PlotStyle style_;
    ConvergenceView view_ = ConvergenceView::values;
    std::optional<Eigen::Vector2d> minimum_;
    QCPItemStraightLine* cursor_;
    QCPLayer* cursor_layer_;
    std::array<QCPItemStraightLine*, 2> minimum_lines_{};
    QTimer* zoom_refill_;
    int longest_ = 1;
    int active_ = 0;
    bool f_log_ = true;
    bool filling_ = false;
    QPoint press_;
};

}  // namespace gdlab
