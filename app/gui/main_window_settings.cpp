// MainWindow's memory between starts (QSettings): the scene (objective, runs, view), the
// typed expressions, the view options and the window geometry. A saved expression that no
// longer parses is shown with its error rather than dropped.
#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QSplitter>
#include <variant>

#include "gui/animation.hpp"
#include "gui/descent_plot.hpp"
#include "gui/log_slider.hpp"
#include "gui/main_window.hpp"
#include "gui/objective_editor.hpp"
#include "gui/preset_text.hpp"
#include "gui/session.hpp"

namespace gdlab {

namespace {

QVariantMap save_spec(const RunSpec& s) {
    return {{QStringLiteral("x"), s.start.x()},
            {QStringLiteral("y"), s.start.y()},
            {QStringLiteral("lr"), s.learning_rate},
            {QStringLiteral("iterations"), s.iterations},
            {QStringLiteral("tolerance"), s.tolerance},
            {QStringLiteral("numeric"), s.gradient.mode == gd::GradientMode::numeric},
            {QStringLiteral("h"), s.gradient.h}};
}

// Null when a value is missing or out of range (a hand-edited file): the run is skipped.
std::optional<RunSpec> load_spec(const QVariantMap& m) {
    RunSpec s;
    bool ok[6] = {};
    s.start = {m.value(QStringLiteral("x")).toDouble(&ok[0]),
               m.value(QStringLiteral("y")).toDouble(&ok[1])};
    s.learning_rate = m.value(QStringLiteral("lr")).toDouble(&ok[2]);
    s.iterations = m.value(QStringLiteral("iterations")).toInt(&ok[3]);
    s.tolerance = m.value(QStringLiteral("tolerance")).toDouble(&ok[4]);
    s.gradient.h = m.value(QStringLiteral("h")).toDouble(&ok[5]);
    s.gradient.mode = m.value(QStringLiteral("numeric")).toBool() ? gd::GradientMode::numeric
                                                                  : gd::GradientMode::exact;
    for (const bool b : ok) {
        if (!b) return std::nullopt;
    }
    if (gd::check_settings(descent_settings(s)) || gd::check_optimizer(optimizer_of(s)) ||
        s.iterations > kMaxIterations) {
        return std::nullopt;
    }
    return s;
}

}  // namespace

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/main_splitter"), main_splitter_->saveState());
    settings.setValue(QStringLiteral("window/plot_splitter"), plot_splitter_->saveState());
    settings.setValue(QStringLiteral("window/bottom_splitter"), bottom_splitter_->saveState());
    // What is typed, even when it does not parse: it is never lost.
    settings.setValue(QStringLiteral("scene/expression"), editor_->text());
    QVariantList runs;
    for (const Run& r : session_->runs())
        runs << save_spec(r.spec);
    settings.setValue(QStringLiteral("scene/runs"), runs);
    settings.setValue(QStringLiteral("scene/active"), session_->activeIndex());
    const gd::Rect v = plot_->view();
    settings.setValue(QStringLiteral("scene/view"),
                      QVariantList{v.x_min, v.x_max, v.y_min, v.y_max});
    settings.setValue(QStringLiteral("history/expressions"), editor_->history());
    settings.setValue(QStringLiteral("view/equal_scaling"), equal_action_->isChecked());
    settings.setValue(QStringLiteral("view/step_arrow"), arrow_action_->isChecked());
    settings.setValue(QStringLiteral("view/theme"), theme_name(theme_));
    settings.setValue(QStringLiteral("animation/speed"), animation_->speed());
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    main_splitter_->restoreState(
        settings.value(QStringLiteral("window/main_splitter")).toByteArray());
    plot_splitter_->restoreState(
        settings.value(QStringLiteral("window/plot_splitter")).toByteArray());
    bottom_splitter_->restoreState(
        settings.value(QStringLiteral("window/bottom_splitter")).toByteArray());
    editor_->setHistory(settings.value(QStringLiteral("history/expressions")).toStringList());
    equal_action_->setChecked(settings.value(QStringLiteral("view/equal_scaling"), true).toBool());
    plot_->setEqualScaling(equal_action_->isChecked());
    arrow_action_->setChecked(settings.value(QStringLiteral("view/step_arrow"), true).toBool());
    plot_->setArrowsVisible(arrow_action_->isChecked());
    setTheme(theme_from_name(settings.value(QStringLiteral("view/theme")).toString())
                 .value_or(Theme::light));
    const double speed = settings.value(QStringLiteral("animation/speed"), 20.0).toDouble();
    speed_slider_->setLogValue(speed);
    emit speed_slider_->logValueChanged(speed_slider_->logValue());

    if (!settings.contains(QStringLiteral("scene/expression"))) return;  // first start
    const QString text = settings.value(QStringLiteral("scene/expression")).toString();
    std::vector<RunSpec> specs;
    for (const QVariant& v : settings.value(QStringLiteral("scene/runs")).toList()) {
        if (const auto spec = load_spec(v.toMap())) specs.push_back(*spec);
    }
    if (specs.empty()) specs.push_back(spec_of(gd::default_preset()));
    auto parsed = gd::Objective::parse(text.toStdString());
    if (auto* f = std::get_if<gd::Objective>(&parsed)) {
        session_->setScene(*f, text, preset_with_formula(text), specs);
    } else {
        session_->setRuns(specs);
        editor_->expressionBox()->setEditText(text);  // keep what was typed, show why it fails
        editor_->validateNow();
    }
    session_->setActiveIndex(settings.value(QStringLiteral("scene/active"), 0).toInt());
    const QVariantList v = settings.value(QStringLiteral("scene/view")).toList();
    if (v.size() == 4) {
        const gd::Rect view{v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble()};
        if (!gd::check_rect(view)) plot_->setView(view);
    }
}

}  // namespace gdlab
