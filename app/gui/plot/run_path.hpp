// One run drawn on the descent plot: the path so far (a line with a dot per iterate, over a
// white halo so it reads on any colour), the current point, and an optional arrow for the next
// step -lr*grad f.
//
// A frame must cost the same at step 10 and at step 100,000, so the path is two curves: the
// recent tail (at most kRecentPoints drawn points, on the layer repainted every frame) and the
// settled trail before it (on a layer repainted only when the tail is handed over to it, or
// the view changes). Showing more steps appends to the tail; iterates closer than a pixel and
// a half to the last one drawn are skipped. The trace itself is never thinned.
//
// Every step is the straight segment from one iterate to the next, as the algorithm took it:
// nothing is bent or moved aside to tell steps apart (the plot numbers the iterates instead).
// Where the path runs along one drawn above it, a casing in its colour, wider than the line
// above, shows on both sides of it (DescentPlot works out where, with path_overlap).
#pragma once

#include <qcustomplot.h>

#include <Eigen/Core>
#include <QColor>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "gd/descent.hpp"
#include "gd/grid.hpp"

namespace gdlab {

class RunPath {
  public:
    // `trail_layer` holds the settled path and its casing, `layer` the tail, the current point
    // and the arrow. A new path is drawn above the ones made before; DescentPlot orders them.
    RunPath(QCustomPlot* plot, QCPLayer* trail_layer, QCPLayer* layer, const QColor& colour,
            QCPScatterStyle::ScatterShape marker);
    ~RunPath();
    RunPath(const RunPath&) = delete;
    RunPath& operator=(const RunPath&) = delete;

    // The arrow at the head is the step the trace recorded there.
    void setTrace(std::shared_ptr<const gd::Trace> trace);
    // Shows iterates 0 ... k (clamped to the trace). Cheap when k moves by a few steps.
    void showUpTo(int k);
    // Redraws from scratch when the size of a pixel in plot units changed (zoom, resize); a
    // pan keeps what is drawn.
    void rebuildIfScaleChanged();
    void setArrowVisible(bool visible);
    void setEmphasis(bool active);
    // Draws this run above the others on its layers (DescentPlot stacks the runs with it).
    void bringToFront();
    // The palette's colour and marker number `slot` (palette.hpp): a run keeps its own when
    // others are removed.
    void setColourSlot(int slot);
    // Where the path runs under `depth` others drawn above it: the stretches (plot
    // coordinates, pieces separated by NaN points) drawn wider in its colour, so that it shows
    // on both sides of them, and its current point larger.
    void setCasing(const std::vector<Eigen::Vector2d>& stretches, int depth);
    [[nodiscard]] int casingPointCount() const { return casing_->dataCount(); }
    // How wide a casing under `depth` runs is, and how far from its centre a path's dots reach,
    // in pixels at this line scale.
    [[nodiscard]] static double casingWidth(int depth, double line_scale);
    [[nodiscard]] static double dotReach(double line_scale);
    // Whether the plottable is one of this path's lines.
    [[nodiscard]] bool owns(const QCPLayerable* item) const {
        return item == casing_ || item == trail_.halo || item == trail_.line ||
               item == tail_.halo || item == tail_.line;
    }
    // The current point drawn as a ring around `rings` others' at the same place.
    void setHeadRings(int rings);
    // Where the current point is drawn (nothing when it is not).
    [[nodiscard]] std::optional<Eigen::Vector2d> headPoint() const;
    // Line widths and marker sizes times `scale` (presentation mode).
    void setLineScale(double scale);
    // The legend entry; an empty label leaves the run out of the legend.
    void setLabel(const QString& label);
    // Hands the whole tail to the trail (when the animation rests), so that every run's path
    // sits on one layer in run order.
    void settle();
    // True once after the settled trail changed: its layer needs repainting.
    [[nodiscard]] bool takeTrailChanged();

    [[nodiscard]] int shownStep() const { return shown_; }
    [[nodiscard]] const gd::Trace* trace() const { return trace_.get(); }
    [[nodiscard]] bool headShown() const { return !head_->data()->isEmpty(); }
    [[nodiscard]] bool arrowShown() const { return arrow_->visible(); }
    // Every point of the drawn line, with its t (k for iterate k; NaN points at k - 0.5 break
    // it where it leaves the far box).
    [[nodiscard]] std::vector<std::pair<double, Eigen::Vector2d>> drawnLine() const;
    // Iterates drawn (with a dot), over the trail and the tail.
    [[nodiscard]] int drawnPointCount() const;
    [[nodiscard]] int recentPointCount() const { return recent_->size(); }
    [[nodiscard]] QColor colour() const { return colour_; }

    static constexpr int kRecentPoints = 8;
    // The most points a path draws; past it the skipping gap doubles (see showUpTo).
    static constexpr int kMaxDrawnPoints = 4000;

  private:
    struct Pair {  // a halo and a line drawing the same shared points
        QCPCurve* halo;
        QCPCurve* line;
    };
    [[nodiscard]] Pair makePair(QCPLayer* layer, const QSharedPointer<QCPCurveDataContainer>& d);
    [[nodiscard]] bool farEnough(const Eigen::Vector2d& p) const;
    [[nodiscard]] bool inFarBox(const Eigen::Vector2d& p) const;
    [[nodiscard]] Eigen::Vector2d pixelGap() const;
    void add(double t, const Eigen::Vector2d& p);
    void handOver();
    void append(int k);
    void stepBackTo(int k);
    void clear();
    void updateHead();

    QCustomPlot* plot_;
    QColor colour_;
    QCPScatterStyle::ScatterShape marker_;
    QSharedPointer<QCPCurveDataContainer> settled_;
    QSharedPointer<QCPCurveDataContainer> recent_;
    QCPCurve* casing_;  // on the trail layer, beneath this run's trail
    int depth_ = 0;     // runs drawn above this one
    int head_rings_ = 0;
    Pair trail_;
    Pair tail_;
    QCPGraph* head_;
    QCPItemLine* arrow_;
    std::shared_ptr<const gd::Trace> trace_;
    int shown_ = -1;
    bool trail_changed_ = false;
    Eigen::Vector2d last_drawn_{0.0, 0.0};
    Eigen::Vector2d min_gap_{0.0, 0.0};  // 1.5 px in plot units, times gap_scale_
    double gap_scale_ = 1.0;
    // Iterates beyond this box (the view grown a hundredfold) are not drawn: the segment that
    // leaves it ends on its edge. QCustomPlot draws stray lines for points near 1e100.
    gd::Rect far_box_;
    bool beyond_ = false;
    bool arrow_visible_ = false;
    bool active_ = true;
    double line_scale_ = 1.0;
};

}  // namespace gdlab
