// The settings of the active run: start point, learning rate (spin box and logarithmic
// slider), iterations, tolerance and gradient mode. Every change is announced at once.
#pragma once

#include <QWidget>

#include "gui/model/run_spec.hpp"

class QComboBox;
class QSpinBox;
class QLabel;

namespace gdlab {

class LogSlider;
class NumberSpinBox;

class ParameterPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    [[nodiscard]] RunSpec spec() const;
    // Shows a spec without announcing it.
    void setSpec(const RunSpec& spec);
    // Objectives whose exact gradient is too large leave only the numeric mode.
    void setExactGradientAvailable(bool available);
    // What the panel says about typed values it does not use (empty: none).
    [[nodiscard]] QString problems() const;

    NumberSpinBox* startX;
    NumberSpinBox* startY;
    NumberSpinBox* learningRate;
    LogSlider* learningRateSlider;
    QSpinBox* iterations;
    NumberSpinBox* tolerance;
    QComboBox* gradientMode;
    NumberSpinBox* h;

  signals:
    void specEdited(const gdlab::RunSpec& spec);

  private:
    void announce();
    void showProblems();
    QLabel* exact_note_;
    QLabel* problems_;  // why a typed value is not used
};

}  // namespace gdlab
