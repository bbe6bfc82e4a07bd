#include "gui/panels/parameter_panel.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>

#include "gui/panels/log_slider.hpp"
#include "gui/panels/number_spin_box.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

namespace {

NumberSpinBox* coordinate_box(QWidget* parent, const QString& tip) {
    auto* box = new NumberSpinBox(parent);
    box->setRange(-kCoordinateLimit, kCoordinateLimit);
    box->setSingleStep(0.1);
    box->setToolTip(tip);
    return box;
}

}  // namespace

ParameterPanel::ParameterPanel(QWidget* parent)
    : QWidget(parent),
      startX(coordinate_box(this, QStringLiteral("x of the start point; a click on the plot "
                                                 "sets it, and the marker can be dragged"))),
      startY(coordinate_box(this, QStringLiteral("y of the start point; a click on the plot "
                                                 "sets it, and the marker can be dragged"))),
      iterations(new QSpinBox(this)),
      tolerance(new NumberSpinBox(this)),
      gradientMode(new QComboBox(this)),
      h(new NumberSpinBox(this)),
      exact_note_(new QLabel(this)),
      problems_(new QLabel(this)) {
    iterations->setRange(1, kWindowMaxIterations);
    iterations->setGroupSeparatorShown(true);
    iterations->setAccelerated(true);
    iterations->setToolTip(QStringLiteral("The most updates a run makes (1 to %1)")
                               .arg(QLocale(QLocale::English).toString(kWindowMaxIterations)));
    tolerance->setRange(0.0, kToleranceMax);
    tolerance->setSpecialValueText(QStringLiteral("off"));
    tolerance->setSteps(NumberSpinBox::Steps::one_two_five);
    tolerance->setToolTip(
        QStringLiteral("Stop when every component of the next step is at most this (0 = off)"));
    gradientMode->addItem(QStringLiteral("exact (symbolic)"));
    gradientMode->addItem(QStringLiteral("numeric (central difference)"));
    gradientMode->setToolTip(QStringLiteral(
        "Exact: the derivative formula. Numeric: (f(x+h) − f(x−h)) / 2h per coordinate"));
    h->setRange(kStepMin, kStepMax);
    h->setSteps(NumberSpinBox::Steps::one_two_five);
    h->setToolTip(QStringLiteral("The central-difference step h of the numeric gradient"));
    exact_note_->setVisible(false);
    exact_note_->setWordWrap(true);

    form_ = new QFormLayout(this);
    QFormLayout* form = form_;
    form->setContentsMargins(0, 0, 0, 0);
    auto* start = new QHBoxLayout;
    start->addWidget(startX);
    start->addWidget(startY);
    form->addRow(QStringLiteral("Start x, y"), start);
    hyper_first_row_ = form->rowCount();
    form->addRow(QStringLiteral("Iterations"), iterations);
    form->addRow(QStringLiteral("Tolerance"), tolerance);
    form->addRow(QStringLiteral("Gradient"), gradientMode);
    form->addRow(QStringLiteral("h"), h);
    form->addRow(exact_note_);
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #b34700"));
    problems_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    problems_->setVisible(false);
    form->addRow(problems_);
    for (NumberSpinBox* box : {startX, startY, tolerance, h})
        connect(box, &NumberSpinBox::problemChanged, this, &ParameterPanel::showProblems);

    for (NumberSpinBox* box : {startX, startY, tolerance, h}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParameterPanel::announce);
    }
    connect(iterations, &QSpinBox::valueChanged, this, &ParameterPanel::announce);
    connect(gradientMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        h->setEnabled(index == 1);
        announce();
    });
    // Another method's rows replace these (showOptimizer); gd's are there from the start.
    showOptimizer(*gd::make_optimizer(gd::kDefaultOptimizer));
    setSpec(RunSpec{});
}

void ParameterPanel::showOptimizer(const gd::Optimizer& optimizer) {
    if (!hyper_rows_.empty() && gd::optimizer_name(optimizer) == gd::optimizer_name(optimizer_))
        return;
    for (const HyperRow& row : hyper_rows_) {
        form_->removeRow(row.box);
        if (row.slider != nullptr) form_->removeRow(row.slider);
    }
    hyper_rows_.clear();
    learningRate = nullptr;
    learningRateSlider = nullptr;
    optimizer_ = optimizer;
    int at = hyper_first_row_;
    for (const gd::HyperParameter& p : gd::hyper_parameters(optimizer)) {
        QString label = to_qstring(p.label);
        label[0] = label[0].toUpper();
        HyperRow row{&p, label, new NumberSpinBox(this), nullptr};
        row.box->setRange(p.window.min, p.window.max);
        QString tip = QStringLiteral("%1: %2 (%3)")
                          .arg(to_qstring(p.symbol), to_qstring(p.meaning),
                               to_qstring(gd::optimizer_formula(optimizer)));
        if (p.log_scale) {
            row.box->setSteps(NumberSpinBox::Steps::one_two_five);
            tip += QStringLiteral(". Arrows step through 1, 2, 5, 10, …");
            row.slider = new LogSlider(p.window.min, p.window.max, this);
            row.slider->setToolTip(QStringLiteral("The %1 on a logarithmic scale, from %2 to %3")
                                       .arg(to_qstring(p.label), short_number(p.window.min),
                                            short_number(p.window.max)));
        }
        row.box->setToolTip(tip);
        form_->insertRow(at++, label, row.box);
        if (row.slider != nullptr) form_->insertRow(at++, QString(), row.slider);
        NumberSpinBox* box = row.box;
        LogSlider* slider = row.slider;
        connect(box, &NumberSpinBox::problemChanged, this, &ParameterPanel::showProblems);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, slider](double v) {
            if (slider != nullptr) slider->setLogValue(v);
            announce();
        });
        if (slider != nullptr) {
            connect(slider, &LogSlider::logValueChanged, this, [this, box](double v) {
                const QSignalBlocker block(box);
                box->setValue(v);
                announce();
            });
        }
        if (p.name == "lr") {
            learningRate = box;
            learningRateSlider = slider;
        }
        hyper_rows_.push_back(row);
    }
}

NumberSpinBox* ParameterPanel::hyperParameterBox(std::string_view name) const {
    for (const HyperRow& row : hyper_rows_) {
        if (row.parameter->name == name) return row.box;
    }
    return nullptr;
}

LogSlider* ParameterPanel::hyperParameterSlider(std::string_view name) const {
    for (const HyperRow& row : hyper_rows_) {
        if (row.parameter->name == name) return row.slider;
    }
    return nullptr;
}

RunSpec ParameterPanel::spec() const {
    RunSpec s;
    s.optimizer = optimizer_;
    for (const HyperRow& row : hyper_rows_)
        gd::set_hyper_parameter(s.optimizer, row.parameter->name, row.box->value());
    s.settings.start = {startX->value(), startY->value()};
    s.settings.max_iterations = iterations->value();
    s.settings.tolerance = tolerance->value();
    s.settings.gradient.mode =
        gradientMode->currentIndex() == 1 ? gd::GradientMode::numeric : gd::GradientMode::exact;
    s.settings.gradient.h = h->value();
    return s;
}

namespace {

// Sets a box only when its value differs: setValue rewrites the text even for an equal value,
// and a spec coming back from the session while someone types would turn the "1e-1" of
// "1e-12" into "0.1", so that the next key made it 0.12.
template <class Box, class Value>
void show_value(Box* box, Value v) {
    if (box->value() != v) box->setValue(v);
}

}  // namespace

void ParameterPanel::setSpec(const RunSpec& spec) {
    showOptimizer(spec.optimizer);
    optimizer_ = spec.optimizer;
    for (const HyperRow& row : hyper_rows_) {
        const QSignalBlocker block(row.box);
        const double v = *gd::hyper_parameter(spec.optimizer, row.parameter->name);
        show_value(row.box, v);
        if (row.slider != nullptr) row.slider->setLogValue(v);
    }
    const gd::DescentSettings& s = spec.settings;
    const QSignalBlocker b1(startX);
    const QSignalBlocker b2(startY);
    const QSignalBlocker b4(iterations);
    const QSignalBlocker b5(tolerance);
    const QSignalBlocker b6(gradientMode);
    const QSignalBlocker b7(h);
    show_value(startX, s.start.x());
    show_value(startY, s.start.y());
    show_value(iterations, s.max_iterations);
    show_value(tolerance, s.tolerance);
    gradientMode->setCurrentIndex(s.gradient.mode == gd::GradientMode::numeric ? 1 : 0);
    show_value(h, s.gradient.h);
    h->setEnabled(s.gradient.mode == gd::GradientMode::numeric);
}

void ParameterPanel::setExactGradientAvailable(bool available) {
    auto* model = qobject_cast<QStandardItemModel*>(gradientMode->model());
    if (model != nullptr) model->item(0)->setEnabled(available);
    exact_note_->setText(
        QStringLiteral("This objective's exact gradient is too large to "
                       "derive; runs use the numeric gradient."));
    exact_note_->setVisible(!available);
    if (!available && gradientMode->currentIndex() == 0) gradientMode->setCurrentIndex(1);
}

void ParameterPanel::announce() {
    emit specEdited(spec());
}

QString ParameterPanel::problems() const {
    return problems_->isVisible() ? problems_->text() : QString();
}

void ParameterPanel::showProblems() {
    std::vector<std::pair<NumberSpinBox*, QString>> named = {{startX, QStringLiteral("Start x")},
                                                             {startY, QStringLiteral("Start y")}};
    for (const HyperRow& row : hyper_rows_)
        named.emplace_back(row.box, row.label);
    named.emplace_back(tolerance, QStringLiteral("Tolerance"));
    named.emplace_back(h, QStringLiteral("h"));
    QStringList lines;
    for (const auto& [box, name] : named) {
        if (!box->problem().isEmpty()) {
            lines << QStringLiteral("%1: %2; the run keeps %3.")
                         .arg(name, box->problem(), short_number(box->value(), 6));
        }
    }
    problems_->setText(lines.join(QLatin1Char('\n')));
    problems_->setVisible(!lines.isEmpty());
}

}  // namespace gdlab
