// One run drawn on the descent plot: the path so far (a line with a dot per iterate, over a
// white halo so it reads on any colour), the current point, and an optional arrow for the next
// step -lr*grad f. Showing one more step appends to the curve instead of rebuilding it, and
// iterates closer than a pixel and a half to the last one drawn are skipped, so a frame costs
// the same at step 10 and at step 100,000. The trace itself is never thinned.
#pragma once

#include <qcustomplot.h>

#include <Eigen/Core>
#include <QColor>
#include <memory>

#include "gd/descent.hpp"
#include "gd/grid.hpp"

namespace gdlab {

class RunPath {
  public:
    RunPath(QCustomPlot* plot, QCPLayer* layer, const QColor& colour);
    ~RunPath();
    RunPath(const RunPath&) = delete;
    RunPath& operator=(const RunPath&) = delete;

    void setTrace(std::shared_ptr<const gd::Trace> trace, double learning_rate);
    // Shows iterates 0 ... k (clamped to the trace). Cheap when k moves by a few steps.
    void showUpTo(int k);
    // Redraws from scratch when the size of a pixel in plot units changed (zoom, resize); a
    // pan keeps what is drawn.
    void rebuildIfScaleChanged();
    void setArrowVisible(bool visible);
    void setEmphasis(bool active);
    // The legend entry; an empty label leaves the run out of the legend.
    void setLabel(const QString& label);

    [[nodiscard]] int shownStep() const { return shown_; }
    [[nodiscard]] int drawnPointCount() const;
    [[nodiscard]] QColor colour() const { return colour_; }

  private:
    [[nodiscard]] bool farEnough(const Eigen::Vector2d& p) const;
    [[nodiscard]] bool inFarBox(const Eigen::Vector2d& p) const;
    [[nodiscard]] Eigen::Vector2d pixelGap() const;
    void append(int k);
    void updateHead();

    QCustomPlot* plot_;
    QColor colour_;
    QSharedPointer<QCPCurveDataContainer> data_;
    QCPCurve* halo_;
    QCPCurve* line_;
    QCPGraph* head_;
    QCPItemLine* arrow_;
    std::shared_ptr<const gd::Trace> trace_;
    double learning_rate_ = 0.0;
    int shown_ = -1;
    Eigen::Vector2d last_drawn_;
    Eigen::Vector2d min_gap_{0.0, 0.0};  // 1.5 px in plot units
    // Iterates beyond this box (the view grown a hundredfold) are not drawn: the segment that
    // leaves it ends on its edge. QCustomPlot draws stray lines for points near 1e100.
    gd::Rect far_box_;
    bool beyond_ = false;
    bool arrow_visible_ = false;
};

}  // namespace gdlab
