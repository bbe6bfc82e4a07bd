// f(x_k) and |grad f(x_k)| against the step k for every run, on log axes where the values
// allow, with a vertical cursor at the animation's step (repainted alone, on its own layer).
#pragma once

#include <qcustomplot.h>

#include <QColor>
#include <memory>
#include <vector>

#include "gd/descent.hpp"
#include "gui/theme.hpp"

namespace gdlab {

struct ConvergenceSeries {
    std::shared_ptr<const gd::Trace> trace;  // may be null while computing
    QColor colour;
    QString label;
};

class ConvergencePlot : public QCustomPlot {
    Q_OBJECT
  public:
    explicit ConvergencePlot(QWidget* parent = nullptr);

    void setSeries(const std::vector<ConvergenceSeries>& series);
    void setStep(int k);
    void setStyle(const PlotStyle& style);
    [[nodiscard]] bool logScaleForF() const { return f_log_; }

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void setPens();

    std::vector<QColor> colours_;  // one per series
    PlotStyle style_;
    std::vector<std::shared_ptr<const gd::Trace>> shown_;  // what each graph pair holds
    QCPItemStraightLine* cursor_;
    QCPLayer* cursor_layer_;
    bool f_log_ = true;
};

}  // namespace gdlab
