// The settings of the active run: start point, the optimizer (a picker, and a row per
// hyper-parameter made from its table), the learning-rate schedule (a picker, its parameters'
// rows and a small plot of lr_k, in a section that folds away), the gradient's mode and a row
// per run setting from their table (iterations, tolerance, h). Every change is announced at once.
#pragma once

#include <QWidget>
#include <optional>
#include <string_view>
#include <vector>

#include "gd/run_setting.hpp"
#include "gui/model/run_spec.hpp"
#include "gui/plot/theme.hpp"

class QComboBox;
class QFormLayout;
class QLabel;
class QToolButton;

namespace gdlab {

class LogSlider;
class NumberSpinBox;
class ParameterRows;
class SchedulePlot;

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
    // The schedule plot's theme and sizes, as the other plots'.
    void setPlotStyle(const PlotStyle& style);

    // The field of the hyper-parameter `name` of the optimizer shown, or null.
    [[nodiscard]] NumberSpinBox* hyperParameterBox(std::string_view name) const;
    [[nodiscard]] LogSlider* hyperParameterSlider(std::string_view name) const;
    // The number of hyper-parameter fields shown (Adam: lr, β1, β2, ε).
    [[nodiscard]] int hyperParameterCount() const;
    // The field of the schedule's parameter `name`, or null.
    [[nodiscard]] NumberSpinBox* scheduleParameterBox(std::string_view name) const;
    [[nodiscard]] int scheduleParameterCount() const;
    // Whether the schedule's fields and plot are shown (the section is unfolded: the user's
    // choice, remembered by the window; picking a schedule unfolds it).
    [[nodiscard]] bool scheduleExpanded() const;
    void setScheduleExpanded(bool expanded);

    NumberSpinBox* startX;
    NumberSpinBox* startY;
    QComboBox* optimizerPicker;  // data: the optimizer's name
    // The learning rate's field and slider: every optimizer has one.
    NumberSpinBox* learningRate = nullptr;
    LogSlider* learningRateSlider = nullptr;
    QComboBox* schedulePicker;    // data: the schedule's name
    QToolButton* scheduleToggle;  // the picker's label, which folds the section
    SchedulePlot* schedulePlot;
    QComboBox* gradientMode;
    // The field of a run setting that is one number (iterations, tolerance, h), or null: one
    // row each, made from the run-settings table (the start has its two boxes above).
    [[nodiscard]] NumberSpinBox* settingBox(gd::Setting id) const;

  signals:
    void specEdited(const gdlab::RunSpec& spec);

  private:
    struct SettingRow {
        const gd::RunSetting* setting;
        NumberSpinBox* box;
    };
    // The rows of the run settings that are one number, with the gradient's mode before those
    // only the numeric gradient reads.
    void buildSettingRows(QFormLayout* form);
    void buildPickers();
    // Replaces the hyper-parameter rows with those of `optimizer` (when it is another method).
    void showOptimizer(const gd::Optimizer& optimizer);
    void showSchedule(const gd::Schedule& schedule);
    // The user picked another optimizer or schedule: its defaults, announced.
    void chooseOptimizer(int index);
    void chooseSchedule(int index);
    void rememberLearningRate(const gd::Optimizer& optimizer);
    void announce();
    void showProblems();

    QFormLayout* form_;
    gd::Optimizer optimizer_;  // the method shown, with the values last set
    gd::Schedule schedule_;
    ParameterRows* hyper_rows_;
    ParameterRows* schedule_rows_;
    // The learning rate last shown for a first-order method (whose lr a preset suggests): a
    // switch from gradient descent to momentum, or back from Newton, keeps it.
    std::optional<double> first_order_lr_;
    bool schedule_expanded_ = false;
    std::vector<SettingRow> setting_rows_;
    QLabel* exact_note_;
    QLabel* problems_;  // why a typed value is not used
};

}  // namespace gdlab
