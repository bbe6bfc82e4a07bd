#include "gui/panels/parameter_panel.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>

#include "gui/panels/log_slider.hpp"
#include "gui/panels/number_spin_box.hpp"
#include "gui/panels/parameter_rows.hpp"
#include "gui/panels/schedule_plot.hpp"
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

// What every field of an optimizer's row says below its own meaning: the method's update.
QString optimizer_tip(const gd::Optimizer& o) {
    return QStringLiteral("%1: %2").arg(capitalised(gd::optimizer_title(o)),
                                        to_qstring(gd::optimizer_formula(o)));
}

QString schedule_tip(const gd::Schedule& s) {
    return QStringLiteral("%1 schedule: %2, for update k = 1 … N (N the iterations)")
        .arg(capitalised(gd::schedule_name(s)), to_qstring(gd::schedule_formula(s)));
}

}  // namespace

ParameterPanel::ParameterPanel(QWidget* parent)
    : QWidget(parent),
      startX(coordinate_box(this, QStringLiteral("x of the start point; a click on the plot "
                                                 "sets it, and the marker can be dragged"))),
      startY(coordinate_box(this, QStringLiteral("y of the start point; a click on the plot "
                                                 "sets it, and the marker can be dragged"))),
      optimizerPicker(new QComboBox(this)),
      schedulePicker(new QComboBox(this)),
      scheduleToggle(new QToolButton(this)),
      schedulePlot(new SchedulePlot(this)),
      gradientMode(new QComboBox(this)),
      exact_note_(new QLabel(this)),
      problems_(new QLabel(this)) {
    gradientMode->addItem(QStringLiteral("exact (symbolic)"));
    gradientMode->addItem(QStringLiteral("numeric (central difference)"));
    gradientMode->setToolTip(QStringLiteral(
        "Exact: the derivative formula. Numeric: (f(x+h) − f(x−h)) / 2h per coordinate"));
    exact_note_->setVisible(false);
    exact_note_->setWordWrap(true);
    buildPickers();

    form_ = new QFormLayout(this);
    QFormLayout* form = form_;
    form->setContentsMargins(0, 0, 0, 0);
    // Rows a little closer than the style's 6 px: Adam's fields and the schedule's picker,
    // with the runs' list below, then still fit a 1280 x 800 window.
    form->setVerticalSpacing(3);
    auto* start = new QHBoxLayout;
    start->addWidget(startX);
    start->addWidget(startY);
    form->addRow(QStringLiteral("Start x, y"), start);
    form->addRow(QStringLiteral("Optimizer"), optimizerPicker);
    // The optimizer's rows go here (after the picker), then the schedule's section, which
    // shapes the learning rate just above it; its label folds it ("▸ Schedule" shows the
    // schedule's fields, after the picker, and the plot).
    form->addRow(scheduleToggle, schedulePicker);
    form->addRow(schedulePlot);
    buildSettingRows(form);
    form->addRow(exact_note_);
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #b34700"));
    problems_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    problems_->setVisible(false);
    form->addRow(problems_);
    hyper_rows_ = new ParameterRows(form, optimizerPicker, this);
    schedule_rows_ = new ParameterRows(form, schedulePicker, this);
    for (ParameterRows* rows : {hyper_rows_, schedule_rows_}) {
        connect(rows, &ParameterRows::edited, this, &ParameterPanel::announce);
        connect(rows, &ParameterRows::problemChanged, this, &ParameterPanel::showProblems);
    }
    std::vector<NumberSpinBox*> boxes = {startX, startY};
    for (const SettingRow& row : setting_rows_)
        boxes.push_back(row.box);
    for (NumberSpinBox* box : boxes) {
        connect(box, &NumberSpinBox::problemChanged, this, &ParameterPanel::showProblems);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParameterPanel::announce);
    }
    connect(gradientMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        for (const SettingRow& row : setting_rows_) {
            if (row.setting->numeric_gradient_only) row.box->setEnabled(index == 1);
        }
        announce();
    });
    // Another method's rows replace these (showOptimizer); gd's are there from the start.
    showOptimizer(*gd::make_optimizer(gd::kDefaultOptimizer));
    showSchedule(*gd::make_schedule(gd::kDefaultSchedule));
    setScheduleExpanded(false);
    setSpec(RunSpec{});
}

void ParameterPanel::buildSettingRows(QFormLayout* form) {
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (r.components != 1) continue;  // the start: its two boxes, which a click sets
        if (r.numeric_gradient_only && form->indexOf(gradientMode) < 0)
            form->addRow(QStringLiteral("Gradient"), gradientMode);
        const gd::HyperParameter& p = r.describe;
        auto* box = new NumberSpinBox(this);
        box->setRange(p.window.min, p.window.max);
        box->setWholeNumbers(p.whole);
        if (!p.whole) box->setSteps(NumberSpinBox::Steps::one_two_five);
        if (r.off_at_zero) box->setSpecialValueText(QStringLiteral("off"));
        QString tip = capitalised(p.meaning) +
                      QStringLiteral(" (%1 to %2)")
                          .arg(short_number(p.window.min, 6), short_number(p.window.max, 6));
        box->setToolTip(tip);
        form->addRow(to_qstring(r.heading), box);
        setting_rows_.push_back({&r, box});
    }
    if (form->indexOf(gradientMode) < 0) form->addRow(QStringLiteral("Gradient"), gradientMode);
}

NumberSpinBox* ParameterPanel::settingBox(gd::Setting id) const {
    for (const SettingRow& row : setting_rows_) {
        if (row.setting->id == id) return row.box;
    }
    return nullptr;
}

void ParameterPanel::buildPickers() {
    for (const auto name : gd::optimizer_names()) {
        const gd::Optimizer o = *gd::make_optimizer(name);
        optimizerPicker->addItem(capitalised(gd::optimizer_title(o)), to_qstring(name));
        optimizerPicker->setItemData(optimizerPicker->count() - 1, optimizer_tip(o),
                                     Qt::ToolTipRole);
    }
    for (const auto name : gd::schedule_names()) {
        const gd::Schedule s = *gd::make_schedule(name);
        schedulePicker->addItem(capitalised(name), to_qstring(name));
        schedulePicker->setItemData(schedulePicker->count() - 1, schedule_tip(s), Qt::ToolTipRole);
    }
    connect(optimizerPicker, &QComboBox::activated, this, &ParameterPanel::chooseOptimizer);
    connect(schedulePicker, &QComboBox::activated, this, &ParameterPanel::chooseSchedule);

    scheduleToggle->setText(QStringLiteral("Schedule"));
    scheduleToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    scheduleToggle->setAutoRaise(true);
    scheduleToggle->setToolTip(
        QStringLiteral("Show or hide the schedule's settings and its plot of lrₖ against k"));
    connect(scheduleToggle, &QToolButton::clicked, this,
            [this] { setScheduleExpanded(!schedule_expanded_); });
    schedulePlot->setToolTip(
        QStringLiteral("The learning rate lrₖ of each update k of the selected run, from its "
                       "learning rate, schedule and iterations"));
}

void ParameterPanel::showOptimizer(const gd::Optimizer& optimizer) {
    const bool same = !hyper_rows_->rows().empty() &&
                      gd::optimizer_name(optimizer) == gd::optimizer_name(optimizer_);
    optimizer_ = optimizer;
    if (same) return;
    hyper_rows_->show(gd::hyper_parameters(optimizer), optimizer_tip(optimizer));
    learningRate = hyper_rows_->box("lr");
    learningRateSlider = hyper_rows_->slider("lr");
    const QSignalBlocker block(optimizerPicker);
    optimizerPicker->setCurrentIndex(
        optimizerPicker->findData(to_qstring(gd::optimizer_name(optimizer))));
    optimizerPicker->setToolTip(QStringLiteral("The step rule of the selected run. ") +
                                optimizer_tip(optimizer));
    showProblems();
}

void ParameterPanel::showSchedule(const gd::Schedule& schedule) {
    const bool same = !schedule_rows_->rows().empty() &&
                      gd::schedule_name(schedule) == gd::schedule_name(schedule_);
    schedule_ = schedule;
    if (same) return;
    schedule_rows_->show(gd::schedule_parameters(schedule), schedule_tip(schedule));
    schedule_rows_->setVisible(schedule_expanded_);
    const QSignalBlocker block(schedulePicker);
    schedulePicker->setCurrentIndex(
        schedulePicker->findData(to_qstring(gd::schedule_name(schedule))));
    schedulePicker->setToolTip(
        QStringLiteral("How the learning rate changes from update to update. ") +
        schedule_tip(schedule));
    showProblems();
}

void ParameterPanel::chooseOptimizer(int index) {
    const auto name = optimizerPicker->itemData(index).toString().toStdString();
    if (name == gd::optimizer_name(optimizer_)) return;
    gd::Optimizer next = *gd::make_optimizer(name);
    // The new method's defaults, but the learning rate a first-order method had stays (a
    // teacher comparing gradient descent and momentum changes one thing at a time).
    const gd::HyperParameter* lr = gd::find_hyper_parameter(gd::hyper_parameters(next), "lr");
    if (lr != nullptr && lr->preset_default && first_order_lr_ &&
        gd::accepts(*lr, lr->window, *first_order_lr_))
        gd::set_hyper_parameter(next, "lr", *first_order_lr_);
    showOptimizer(next);
    hyper_rows_->setValues([&](std::string_view p) { return *gd::hyper_parameter(next, p); });
    announce();
}

void ParameterPanel::chooseSchedule(int index) {
    const auto name = schedulePicker->itemData(index).toString().toStdString();
    if (name == gd::schedule_name(schedule_)) return;
    const gd::Schedule next = *gd::make_schedule(name);
    showSchedule(next);
    schedule_rows_->setValues([&](std::string_view p) { return *gd::schedule_parameter(next, p); });
    // Its fields are what the user wants next. (A run shown with a schedule leaves the
    // section as it was: unfolded, it pushes the list of runs below the window's edge.)
    if (gd::varies(next)) setScheduleExpanded(true);
    announce();
}

void ParameterPanel::rememberLearningRate(const gd::Optimizer& optimizer) {
    const gd::HyperParameter* lr = gd::find_hyper_parameter(gd::hyper_parameters(optimizer), "lr");
    if (lr != nullptr && lr->preset_default) first_order_lr_ = gd::learning_rate(optimizer);
}

bool ParameterPanel::scheduleExpanded() const {
    return schedule_expanded_;
}

void ParameterPanel::setScheduleExpanded(bool expanded) {
    schedule_expanded_ = expanded;
    scheduleToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    schedule_rows_->setVisible(expanded);
    form_->setRowVisible(schedulePlot, expanded);
}

void ParameterPanel::setPlotStyle(const PlotStyle& style) {
    schedulePlot->setStyle(style);
}

NumberSpinBox* ParameterPanel::hyperParameterBox(std::string_view name) const {
    return hyper_rows_->box(name);
}

LogSlider* ParameterPanel::hyperParameterSlider(std::string_view name) const {
    return hyper_rows_->slider(name);
}

int ParameterPanel::hyperParameterCount() const {
    return static_cast<int>(hyper_rows_->rows().size());
}

NumberSpinBox* ParameterPanel::scheduleParameterBox(std::string_view name) const {
    return schedule_rows_->box(name);
}

int ParameterPanel::scheduleParameterCount() const {
    return static_cast<int>(schedule_rows_->rows().size());
}

RunSpec ParameterPanel::spec() const {
    RunSpec s;
    s.optimizer = optimizer_;
    for (const ParameterRows::Row& row : hyper_rows_->rows())
        gd::set_hyper_parameter(s.optimizer, row.parameter->name, row.box->value());
    s.settings.start = {startX->value(), startY->value()};
    for (const SettingRow& row : setting_rows_)
        row.setting->set(s.settings, 0, row.box->value());
    s.settings.gradient.mode =
        gradientMode->currentIndex() == 1 ? gd::GradientMode::numeric : gd::GradientMode::exact;
    s.settings.schedule = schedule_;
    for (const ParameterRows::Row& row : schedule_rows_->rows())
        gd::set_schedule_parameter(s.settings.schedule, row.parameter->name, row.box->value());
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
    hyper_rows_->setValues(
        [&](std::string_view p) { return *gd::hyper_parameter(spec.optimizer, p); });
    rememberLearningRate(spec.optimizer);
    const gd::DescentSettings& s = spec.settings;
    showSchedule(s.schedule);
    schedule_rows_->setValues(
        [&](std::string_view p) { return *gd::schedule_parameter(s.schedule, p); });
    const QSignalBlocker b1(startX);
    const QSignalBlocker b2(startY);
    const QSignalBlocker b3(gradientMode);
    show_value(startX, s.start.x());
    show_value(startY, s.start.y());
    const bool numeric = s.gradient.mode == gd::GradientMode::numeric;
    gradientMode->setCurrentIndex(numeric ? 1 : 0);
    for (const SettingRow& row : setting_rows_) {
        const QSignalBlocker blocked(row.box);
        show_value(row.box, row.setting->get(s, 0));
        if (row.setting->numeric_gradient_only) row.box->setEnabled(numeric);
    }
    schedulePlot->setRun(spec);
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
    const RunSpec s = spec();
    rememberLearningRate(s.optimizer);
    schedulePlot->setRun(s);
    emit specEdited(s);
}

QString ParameterPanel::problems() const {
    return problems_->isVisible() ? problems_->text() : QString();
}

void ParameterPanel::showProblems() {
    std::vector<std::pair<NumberSpinBox*, QString>> named = {{startX, QStringLiteral("Start x")},
                                                             {startY, QStringLiteral("Start y")}};
    for (const ParameterRows::Row& row : hyper_rows_->rows())
        named.emplace_back(row.box, row.label);
    for (const ParameterRows::Row& row : schedule_rows_->rows())
        named.emplace_back(row.box, row.label);
    for (const SettingRow& row : setting_rows_)
        named.emplace_back(row.box, to_qstring(row.setting->heading));
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
