#include "gui/panels/parameter_rows.hpp"

#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <algorithm>

#include "gui/panels/log_slider.hpp"
#include "gui/panels/number_spin_box.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

namespace {

// "Momentum β", "Decay interval S"; "Learning rate" alone: a symbol of two or more Latin
// letters ("lr") only abbreviates the label.
QString label_text(const gd::HyperParameter& p) {
    const QString label = capitalised(p.label);
    const QString symbol = to_qstring(p.symbol);
    const bool abbreviation =
        symbol.size() > 1 && std::all_of(symbol.begin(), symbol.end(),
                                         [](QChar c) { return c.isLetter() && c.unicode() < 128; });
    // A no-break space: a label on two lines keeps its symbol beside a word ("decay β2").
    return abbreviation ? label : label + QChar(0x00A0) + symbol;
}

// About this many characters fit the label column beside the start point's two fields.
constexpr int kLabelCharacters = 17;

// The label on two lines when it is wider than the label column ("Second-moment\ndecay β2"):
// one long label would widen the column and push the fields out of the panel.
QString broken_label(const QString& text, const QFontMetrics& metrics) {
    const int room = metrics.averageCharWidth() * kLabelCharacters;
    if (metrics.horizontalAdvance(text) <= room) return text;
    // The last space that leaves a first line fitting the column, else the first space.
    qsizetype at = text.indexOf(QLatin1Char(' '));
    for (qsizetype k = at; k >= 0; k = text.indexOf(QLatin1Char(' '), k + 1)) {
        if (metrics.horizontalAdvance(text.left(k)) <= room) at = k;
    }
    if (at < 0) return text;
    return text.left(at) + QLatin1Char('\n') + text.mid(at + 1);
}

// Linear fields step by 1 for counts and by 0.01 otherwise: the β's, γ and λ live in 0 ... 1.
double linear_step(const gd::HyperParameter& p) {
    return p.whole ? 1.0 : 0.01;
}

}  // namespace

ParameterRows::ParameterRows(QFormLayout* form, QWidget* anchor, QWidget* owner)
    : QObject(owner), form_(form), anchor_(anchor), owner_(owner) {}

void ParameterRows::clear() {
    for (const Row& row : rows_) {
        form_->removeRow(row.box);
        if (row.slider != nullptr) form_->removeRow(row.slider);
    }
    rows_.clear();
}

void ParameterRows::show(std::span<const gd::HyperParameter> table, const QString& formula) {
    clear();
    int at = 0;
    QFormLayout::ItemRole role{};
    form_->getWidgetPosition(anchor_, &at, &role);
    ++at;
    for (const gd::HyperParameter& p : table) {
        // The problem list names the field as "Learning rate: …", without the symbol.
        Row row{&p, capitalised(p.label), new QLabel(owner_), new NumberSpinBox(owner_), nullptr};
        row.label_widget->setText(broken_label(label_text(p), row.label_widget->fontMetrics()));
        row.box->setRange(p.window.min, p.window.max);
        row.box->setWholeNumbers(p.whole);
        QString tip = QStringLiteral("%1 — %2: %3 (default %4; %5 to %6).\n%7")
                          .arg(to_qstring(p.symbol), to_qstring(p.label), to_qstring(p.meaning),
                               short_number(p.default_value), short_number(p.window.min),
                               short_number(p.window.max), formula);
        if (p.log_scale) {
            row.box->setSteps(NumberSpinBox::Steps::one_two_five);
            tip += QStringLiteral("\nArrows step through 1, 2, 5, 10, …");
            row.slider = new LogSlider(p.window.min, p.window.max, owner_);
            row.slider->setToolTip(QStringLiteral("The %1 on a logarithmic scale, from %2 to %3")
                                       .arg(to_qstring(p.label), short_number(p.window.min),
                                            short_number(p.window.max)));
        } else {
            row.box->setSingleStep(linear_step(p));
        }
        row.box->setValue(p.default_value);
        if (row.slider != nullptr) row.slider->setLogValue(p.default_value);
        row.box->setToolTip(tip);
        row.label_widget->setToolTip(tip);
        form_->insertRow(at++, row.label_widget, row.box);
        if (row.slider != nullptr) form_->insertRow(at++, QString(), row.slider);
        NumberSpinBox* box = row.box;
        LogSlider* slider = row.slider;
        connect(box, &NumberSpinBox::problemChanged, this, &ParameterRows::problemChanged);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, slider](double v) {
            if (slider != nullptr) slider->setLogValue(v);
            emit edited();
        });
        if (slider != nullptr) {
            connect(slider, &LogSlider::logValueChanged, this, [this, box](double v) {
                const QSignalBlocker block(box);
                box->setValue(v);
                emit edited();
            });
        }
        rows_.push_back(row);
    }
}

namespace {

// Sets a box only when its value differs: setValue rewrites the text even for an equal value,
// and a spec coming back from the session while someone types would turn the "1e-1" of
// "1e-12" into "0.1", so that the next key made it 0.12.
void show_value(NumberSpinBox* box, double v) {
    if (box->value() != v) box->setValue(v);
}

}  // namespace

void ParameterRows::setValues(const std::function<double(std::string_view)>& value_of) {
    for (const Row& row : rows_) {
        const QSignalBlocker block(row.box);
        const double v = value_of(row.parameter->name);
        show_value(row.box, v);
        if (row.slider != nullptr) row.slider->setLogValue(v);
    }
}

void ParameterRows::setVisible(bool visible) {
    for (const Row& row : rows_) {
        form_->setRowVisible(row.box, visible);
        if (row.slider != nullptr) form_->setRowVisible(row.slider, visible);
    }
}

NumberSpinBox* ParameterRows::box(std::string_view name) const {
    for (const Row& row : rows_) {
        if (row.parameter->name == name) return row.box;
    }
    return nullptr;
}

LogSlider* ParameterRows::slider(std::string_view name) const {
    for (const Row& row : rows_) {
        if (row.parameter->name == name) return row.slider;
    }
    return nullptr;
}

}  // namespace gdlab
