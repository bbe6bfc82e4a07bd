// A small plot of the learning rate lr_k of every update k = 1 ... N of a run, as its schedule
// gives it (warm-up included): what "step, γ = 0.5 every 10" means, at a glance.
#pragma once

#include <qcustomplot.h>

#include "gd/descent.hpp"
#include "gui/plot/theme.hpp"

namespace gdlab {

class SchedulePlot : public QCustomPlot {
    Q_OBJECT
  public:
    // Runs longer than this are drawn from this many evenly spaced updates.
    static constexpr int kMaxPoints = 1000;

    explicit SchedulePlot(QWidget* parent = nullptr);

    // Draws lr_k of `run` (its optimizer's lr, its schedule, its iteration limit).
    void setRun(const gd::RunSpec& run);
    void setStyle(const PlotStyle& style);
    [[nodiscard]] QCPGraph* rates() const { return graph(0); }

  private:
    void setPens();
    PlotStyle style_;
    int iterations_ = 0;
};

}  // namespace gdlab
