// The settings of the active run: start point, the optimizer's hyper-parameters (a row each,
// made from the optimizer's table: a spin box, and a logarithmic slider where the table says
// so), iterations, tolerance and gradient mode. Every change is announced at once.
#pragma once

#include <QWidget>
#include <string_view>
#include <vector>

#include "gui/model/run_spec.hpp"

class QComboBox;
class QFormLayout;
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

    // The field of the hyper-parameter `name` of the optimizer shown, or null.
    [[nodiscard]] NumberSpinBox* hyperParameterBox(std::string_view name) const;
    [[nodiscard]] LogSlider* hyperParameterSlider(std::string_view name) const;

    NumberSpinBox* startX;
    NumberSpinBox* startY;
    // The learning rate's field and slider: every optimizer has one.
    NumberSpinBox* learningRate = nullptr;
    LogSlider* learningRateSlider = nullptr;
    QSpinBox* iterations;
    NumberSpinBox* tolerance;
    QComboBox* gradientMode;
    NumberSpinBox* h;

  signals:
    void specEdited(const gdlab::RunSpec& spec);

  private:
    // One row per hyper-parameter of the optimizer.
    struct HyperRow {
        const gd::HyperParameter* parameter;
        QString label;  // "Learning rate"
        NumberSpinBox* box;
        LogSlider* slider;  // null unless the parameter is on a log scale
    };
    // Replaces the hyper-parameter rows with those of `optimizer` (when it is another method).
    void showOptimizer(const gd::Optimizer& optimizer);
    void announce();
    void showProblems();
    QFormLayout* form_;
    gd::Optimizer optimizer_;  // the method shown, with the values last set
    std::vector<HyperRow> hyper_rows_;
    int hyper_first_row_ = 0;  // where the rows start in form_
    QLabel* exact_note_;
    QLabel* problems_;  // why a typed value is not used
};

}  // namespace gdlab
