// View > Gradient field: an arrow of −∇f at each point of a coarse grid over the view, over the
// heatmap and under the runs, so that a class sees "downhill" everywhere at once. An arrow
// points the way −∇f points on the plot (as its axes scale it); its length grows with the
// square root of |∇f| against the largest in view, from a third of the grid's spacing to most of
// it, so that the flat floor of a valley still shows its direction beside the steep walls. A
// point where ∇f is zero or not finite has none. All of it is two curves (a dark halo and a
// white line), drawn again when the view, the size or the field changes.
#pragma once

#include <qcustomplot.h>

#include <QLineF>
#include <vector>

#include "gui/plot/field.hpp"
#include "gui/plot/theme.hpp"

namespace gdlab {

class GradientFieldOverlay {
  public:
    GradientFieldOverlay(QCustomPlot* plot, QCPLayer* layer);
    ~GradientFieldOverlay();
    GradientFieldOverlay(const GradientFieldOverlay&) = delete;
    GradientFieldOverlay& operator=(const GradientFieldOverlay&) = delete;

    void setArrows(std::vector<FieldArrow> arrows);
    void setShown(bool shown);
    [[nodiscard]] bool shown() const { return shown_; }
    void setStyle(const PlotStyle& style);
    // Draws the arrows again for the axes as they are now.
    void relayout();
    // The arrows drawn, in pixels, from their point to their tip (tests).
    [[nodiscard]] const std::vector<QLineF>& drawn() const { return drawn_; }

  private:
    QCustomPlot* plot_;
    QCPCurve* halo_;
    QCPCurve* line_;
    std::vector<FieldArrow> arrows_;
    std::vector<QLineF> drawn_;
    PlotStyle style_;
    bool shown_ = false;
};

}  // namespace gdlab
