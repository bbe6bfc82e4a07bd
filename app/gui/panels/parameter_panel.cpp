#include "gui/panels/parameter_panel.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
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
      learningRate(new NumberSpinBox(this)),
      learningRateSlider(new LogSlider(kLearningRateMin, kLearningRateMax, this)),
      iterations(new QSpinBox(this)),
      tolerance(new NumberSpinBox(this)),
      gradientMode(new QComboBox(this)),
      h(new NumberSpinBox(this)),
      exact_note_(new QLabel(this)),
      problems_(new QLabel(this)) {
    learningRate->setRange(kLearningRateMin, kLearningRateMax);
    learningRate->setSteps(NumberSpinBox::Steps::one_two_five);
    learningRate->setToolTip(
        QStringLiteral("lr: each step moves by −lr·∇f. Arrows step through 1, 2, 5, 10, …"));
    learningRateSlider->setToolTip(
        QStringLiteral("The learning rate on a logarithmic scale, from %1 to %2")
            .arg(short_number(kLearningRateMin), short_number(kLearningRateMax)));
    iterations->setRange(1, kWindowMaxIterations);
    iterations->setGroupSeparatorShown(true);
    iterations->setAccelerated(true);
    iterations->setToolTip(QStringLiteral("The most updates a run makes (1 to 1,000,000)"));
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

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* start = new QHBoxLayout;
    start->addWidget(startX);
    start->addWidget(startY);
    form->addRow(QStringLiteral("Start x, y"), start);
    form->addRow(QStringLiteral("Learning rate"), learningRate);
    form->addRow(QString(), learningRateSlider);
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
    for (NumberSpinBox* box : {startX, startY, learningRate, tolerance, h})
        connect(box, &NumberSpinBox::problemChanged, this, &ParameterPanel::showProblems);

    for (NumberSpinBox* box : {startX, startY, tolerance, h}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParameterPanel::announce);
    }
    connect(learningRate, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        learningRateSlider->setLogValue(v);
        announce();
    });
    connect(learningRateSlider, &LogSlider::logValueChanged, this, [this](double v) {
        const QSignalBlocker block(learningRate);
        learningRate->setValue(v);
        announce();
    });
    connect(iterations, &QSpinBox::valueChanged, this, &ParameterPanel::announce);
    connect(gradientMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        h->setEnabled(index == 1);
        announce();
    });
    setSpec(RunSpec{});
}

RunSpec ParameterPanel::spec() const {
    RunSpec s;
    s.start = {startX->value(), startY->value()};
    s.learning_rate = learningRate->value();
    s.iterations = iterations->value();
    s.tolerance = tolerance->value();
    s.gradient.mode =
        gradientMode->currentIndex() == 1 ? gd::GradientMode::numeric : gd::GradientMode::exact;
    s.gradient.h = h->value();
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

void ParameterPanel::setSpec(const RunSpec& s) {
    const QSignalBlocker b1(startX);
    const QSignalBlocker b2(startY);
    const QSignalBlocker b3(learningRate);
    const QSignalBlocker b4(iterations);
    const QSignalBlocker b5(tolerance);
    const QSignalBlocker b6(gradientMode);
    const QSignalBlocker b7(h);
    show_value(startX, s.start.x());
    show_value(startY, s.start.y());
    show_value(learningRate, s.learning_rate);
    learningRateSlider->setLogValue(s.learning_rate);
    show_value(iterations, s.iterations);
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
    const std::pair<NumberSpinBox*, QString> named[] = {
        {startX, QStringLiteral("Start x")},
        {startY, QStringLiteral("Start y")},
        {learningRate, QStringLiteral("Learning rate")},
        {tolerance, QStringLiteral("Tolerance")},
        {h, QStringLiteral("h")}};
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
