// A horizontal slider over [low, high] on a logarithmic scale, so that 1e-4 ... 10 gets as
// much travel per decade at the small end as at the large end.
#pragma once

#include <QSlider>

namespace gdlab {

class LogSlider : public QSlider {
    Q_OBJECT
  public:
    LogSlider(double low, double high, QWidget* parent = nullptr);

    [[nodiscard]] double logValue() const;
    [[nodiscard]] double minimumLogValue() const { return low_; }
    [[nodiscard]] double maximumLogValue() const { return high_; }
    // Moves the handle without emitting logValueChanged.
    void setLogValue(double v);

  signals:
    void logValueChanged(double value);

  private:
    double low_;
    double high_;
};

}  // namespace gdlab
