// The fields of a table of hyper-parameters (an optimizer's or a learning-rate schedule's), as
// rows of a form placed after an anchor row: a spin box each, a logarithmic slider below it
// where the table says so, counts without decimals, and on the label and the field a tooltip
// giving the parameter's meaning and the update formula it enters. Made again from the table
// whenever another method is shown: nothing here knows a method by name.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "gd/hyper_parameter.hpp"

class QFormLayout;
class QLabel;
class QWidget;

namespace gdlab {

class LogSlider;
class NumberSpinBox;

class ParameterRows : public QObject {
    Q_OBJECT
  public:
    struct Row {
        const gd::HyperParameter* parameter;
        QString label;  // "Learning rate"
        QLabel* label_widget;
        NumberSpinBox* box;
        LogSlider* slider;  // null unless the parameter is on a log scale
    };

    // Rows go into `form` just after the row of `anchor` (a widget of that form), owned by
    // `owner`.
    ParameterRows(QFormLayout* form, QWidget* anchor, QWidget* owner);

    // Replaces the rows with one per entry of `table`; `formula` goes into every tooltip.
    // Values are the table's defaults until setValues.
    void show(std::span<const gd::HyperParameter> table, const QString& formula);
    // Shows a value per parameter without announcing it.
    void setValues(const std::function<double(std::string_view)>& value_of);
    // Shows or hides every row (a collapsed section).
    void setVisible(bool visible);

    [[nodiscard]] const std::vector<Row>& rows() const { return rows_; }
    [[nodiscard]] NumberSpinBox* box(std::string_view name) const;
    [[nodiscard]] LogSlider* slider(std::string_view name) const;

  signals:
    // A value was changed by the user (field or slider).
    void edited();
    // A field's typed text became usable or unusable (NumberSpinBox::problem).
    void problemChanged();

  private:
    void clear();

    QFormLayout* form_;
    QWidget* anchor_;
    QWidget* owner_;
    std::vector<Row> rows_;
};

}  // namespace gdlab
