// MainWindow's memory between starts (QSettings): the scene (objective, runs, view), the
// typed expressions, the view options and the window geometry. A saved expression that no
// longer parses is shown with its error rather than dropped.
#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
#include <variant>

#include "gd/run_setting.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/lecture_deck.hpp"
#include "gui/model/preset_lookup.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/log_slider.hpp"
#include "gui/panels/objective_editor.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/text/byte_limit_validator.hpp"
#include "gui/text/display_text.hpp"
#include "gui/text/plain_text.hpp"
#include "gui/window/main_window.hpp"
#include "gui/window/saved_layout.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

namespace {

// The key a run setting's value is saved under: its name, or "x" and "y" for a point's
// coordinates.
QString setting_key(const gd::RunSetting& r, int component) {
    if (r.components == 2) return component == 0 ? QStringLiteral("x") : QStringLiteral("y");
    return to_qstring(r.describe.name);
}

// The optimizer by name, each run setting (from their table) and each of the optimizer's
// hyper-parameters under its own name ("lr").
QVariantMap save_spec(const RunSpec& spec) {
    const gd::DescentSettings& s = spec.settings;
    QVariantMap m = {{QStringLiteral("optimizer"), to_qstring(gd::optimizer_name(spec.optimizer))},
                     {QStringLiteral("numeric"), s.gradient.mode == gd::GradientMode::numeric}};
    for (const gd::RunSetting& r : gd::kRunSettings) {
        for (int c = 0; c < r.components; ++c)
            m.insert(setting_key(r, c), r.get(s, c));
    }
    for (const gd::HyperParameter& p : gd::hyper_parameters(spec.optimizer))
        m.insert(to_qstring(p.name), *gd::hyper_parameter(spec.optimizer, p.name));
    // The schedule likewise (its parameters' names are options too, so none is an
    // optimizer's).
    m.insert(QStringLiteral("schedule"), to_qstring(gd::schedule_name(s.schedule)));
    for (const gd::HyperParameter& p : gd::schedule_parameters(s.schedule))
        m.insert(to_qstring(p.name), *gd::schedule_parameter(s.schedule, p.name));
    return m;
}

// The schedule by name with its parameters. Settings saved before runs had schedules have no
// "schedule": the constant rate. An unknown name, or a parameter missing or not a number,
// gets the default, with a note.
gd::Schedule load_schedule(const QVariantMap& m, QStringList& notes) {
    gd::Schedule schedule = *gd::make_schedule(gd::kDefaultSchedule);
    if (!m.contains(QStringLiteral("schedule"))) return schedule;
    const QString name = m.value(QStringLiteral("schedule")).toString();
    if (auto s = gd::make_schedule(name.toStdString())) {
        schedule = *s;
    } else {
        notes << QStringLiteral("the schedule '%1' is unknown; the %2 schedule is used")
                     .arg(name, to_qstring(gd::kDefaultSchedule));
        return schedule;
    }
    for (const gd::HyperParameter& p : gd::schedule_parameters(schedule)) {
        bool read = false;
        const double v = m.value(to_qstring(p.name)).toDouble(&read);
        if (read) {
            gd::set_schedule_parameter(schedule, p.name, v);
        } else {
            notes << QStringLiteral(
                         "the %1 of the %2 schedule is missing or not a number; %3 is used")
                         .arg(to_qstring(p.label), name, short_number(p.default_value, 6));
        }
    }
    return schedule;
}

// Null when a value is missing or not a number at all (a hand-edited file): the run is skipped.
// A value out of the window's range is brought into it, with a note in `notes`.
std::optional<RunSpec> load_spec(const QVariantMap& m, QStringList& notes) {
    RunSpec spec;
    // Settings saved before runs had a choice of optimizer have no "optimizer": gd.
    const QString method =
        m.value(QStringLiteral("optimizer"), to_qstring(gd::kDefaultOptimizer)).toString();
    if (auto o = gd::make_optimizer(method.toStdString())) {
        spec.optimizer = *o;
    } else {
        notes << QStringLiteral("the optimizer '%1' is unknown; %2 is used")
                     .arg(method, to_qstring(gd::optimizer_title(spec.optimizer)));
    }
    gd::DescentSettings& s = spec.settings;
    s.schedule = load_schedule(m, notes);
    s.gradient.mode = m.value(QStringLiteral("numeric")).toBool() ? gd::GradientMode::numeric
                                                                  : gd::GradientMode::exact;
    for (const gd::RunSetting& r : gd::kRunSettings) {
        for (int c = 0; c < r.components; ++c) {
            bool read = false;
            const double v = m.value(setting_key(r, c)).toDouble(&read);
            if (!read) return std::nullopt;
            // A count is brought into range as a double: a saved 1e300 must not be converted
            // to an int.
            r.set(s, c, r.describe.whole ? fit_setting(r, c, v, notes) : v);
        }
    }
    for (const gd::HyperParameter& p : gd::hyper_parameters(spec.optimizer)) {
        bool read = false;
        const double v = m.value(to_qstring(p.name)).toDouble(&read);
        if (!read) return std::nullopt;
        gd::set_hyper_parameter(spec.optimizer, p.name, v);
    }
    return fit_to_window(spec, notes);
}

// The expressions typed before, held to the limits a typed one meets: each at most
// gd::kMaxExpressionLength characters (only expressions that parsed are remembered), at most
// kHistorySize of them. What is left out is said.
QStringList restored_history(const QSettings& settings, QStringList& notes) {
    const QStringList saved = settings.value(QStringLiteral("history/expressions")).toStringList();
    QStringList kept;
    qsizetype too_long = 0;
    for (const QString& entry : saved) {
        if (static_cast<std::size_t>(entry.size()) > gd::kMaxExpressionLength) {
            ++too_long;
        } else if (kept.size() < kHistorySize) {
            kept << entry;
        }
    }
    if (too_long > 0) {
        notes << QStringLiteral(
                     "%1 of the typed expressions remembered are longer than %2 "
                     "characters; they were left out")
                     .arg(too_long)
                     .arg(gd::kMaxExpressionLength);
    }
    if (saved.size() - too_long > kHistorySize) {
        notes << QStringLiteral("%1 typed expressions were remembered; the latest %2 are kept")
                     .arg(saved.size() - too_long)
                     .arg(kHistorySize);
    }
    return kept;
}

}  // namespace

QString MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/main_splitter"), main_splitter_->saveState());
    settings.setValue(QStringLiteral("window/plot_splitter"), plot_splitter_->saveState());
    settings.setValue(QStringLiteral("window/bottom_splitter"), bottom_splitter_->saveState());
    // What is typed, even when it does not parse: it is never lost.
    settings.setValue(QStringLiteral("scene/expression"), editor_->text());
    // And the objective in use, which differs while the typed text does not parse: the next
    // start shows its plot, as the panel says, not the default bowl.
    const Scene scene = currentScene();
    settings.setValue(QStringLiteral("scene/objective"), to_qstring(scene.expression));
    QVariantList runs;
    for (const RunSpec& run : scene.runs)
        runs << save_spec(run);
    settings.setValue(QStringLiteral("scene/runs"), runs);
    settings.setValue(QStringLiteral("scene/active"), scene.active_run);
    // The title and note typed or opened with this objective (empty when none applies).
    settings.setValue(QStringLiteral("scene/title"), QString::fromStdString(scene.title));
    settings.setValue(QStringLiteral("scene/note"), QString::fromStdString(scene.note));
    const gd::Rect v = scene.view;
    settings.setValue(QStringLiteral("scene/view"),
                      QVariantList{v.x_min, v.x_max, v.y_min, v.y_max});
    settings.setValue(QStringLiteral("history/expressions"), editor_->history());
    settings.setValue(QStringLiteral("view/equal_scaling"), equal_action_->isChecked());
    settings.setValue(QStringLiteral("view/step_arrow"), arrow_action_->isChecked());
    settings.setValue(QStringLiteral("view/gradient_field"), gradient_action_->isChecked());
    settings.setValue(QStringLiteral("view/legend"), legend_action_->isChecked());
    settings.setValue(QStringLiteral("view/schedule_expanded"), parameters_->scheduleExpanded());
    settings.setValue(QStringLiteral("view/theme"), theme_name(theme_));
    settings.setValue(QStringLiteral("animation/speed"), animation_->speed());
    // The lecture open (from its file: one never saved is asked about on closing), and which
    // of its scenes is shown; -1 while another scene is shown over it.
    settings.setValue(QStringLiteral("lecture/file"),
                      lecture_->isOpen() ? lecture_->file() : QString());
    settings.setValue(QStringLiteral("lecture/scene"),
                      lecture_scene_shown_ ? lecture_->current() : -1);
    settings.sync();
    if (settings.status() == QSettings::NoError) return {};
    return QStringLiteral(
               "The window's settings could not be written to %1 (%2). The next "
               "start will not show this scene: save it with File > Save As to "
               "keep it.")
        .arg(settings.fileName(), settings.status() == QSettings::AccessError
                                      ? QStringLiteral("the disk is full or the file cannot be "
                                                       "written")
                                      : QStringLiteral("the file is not readable"));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    QStringList notes;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // Saved on a larger screen (a laptop, then a 1024 x 768 projector): the status bar and
    // the plot's right side were off this one.
    if (const QScreen* screen = QGuiApplication::primaryScreen();
        screen != nullptr && QGuiApplication::platformName() != QStringLiteral("offscreen") &&
        !screen->availableGeometry().contains(geometry())) {
        fitToScreen();
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // A panel sized 0 or absurdly large (a hand-edited file) left a blank window: such a
    // layout is not used.
    for (const auto& [key, splitter] :
         {std::pair{QStringLiteral("window/main_splitter"), main_splitter_},
          std::pair{QStringLiteral("window/plot_splitter"), plot_splitter_},
          std::pair{QStringLiteral("window/bottom_splitter"), bottom_splitter_}}) {
        const QList<int> before = splitter->sizes();
        if (!settings.contains(key)) continue;
        // Checked before QSplitter sees them: some it takes and then cannot lay out.
        const QByteArray state = settings.value(key).toByteArray();
        const auto saved = saved_splitter_sizes(state);
        bool usable = saved && usable_panel_sizes(*saved, splitter->count());
        if (usable) {
            splitter->restoreState(state);
            const QList<int> sizes = splitter->sizes();
            usable = std::all_of(sizes.begin(), sizes.end(),
                                 [](int size) { return size > 0 && size <= kMaxPanelPixels; });
        }
        if (!usable) {
            splitter->setSizes(before);
            notes << QStringLiteral(
                "the saved panel sizes were not usable; the default layout "
                "is shown");
        }
    }
    editor_->setHistory(restored_history(settings, notes));
    equal_action_->setChecked(settings.value(QStringLiteral("view/equal_scaling"), true).toBool());
    plot_->setEqualScaling(equal_action_->isChecked());
    arrow_action_->setChecked(settings.value(QStringLiteral("view/step_arrow"), true).toBool());
    gradient_action_->setChecked(
        settings.value(QStringLiteral("view/gradient_field"), false).toBool());
    plot_->setGradientFieldShown(gradient_action_->isChecked());
    legend_action_->setChecked(settings.value(QStringLiteral("view/legend"), true).toBool());
    plot_->setLegendShown(legend_action_->isChecked());
    plot_->setArrowsVisible(arrow_action_->isChecked());
    parameters_->setScheduleExpanded(
        settings.value(QStringLiteral("view/schedule_expanded"), false).toBool());
    setTheme(theme_from_name(settings.value(QStringLiteral("view/theme")).toString())
                 .value_or(Theme::light));
    bool speed_ok = false;
    double speed =
        settings.value(QStringLiteral("animation/speed"), kDefaultSpeed).toDouble(&speed_ok);
    if (!speed_ok ||
        !(speed >= speed_slider_->minimumLogValue() && speed <= speed_slider_->maximumLogValue())) {
        notes << QStringLiteral("the saved speed '%1' is not %2 to %3 steps/s; %4 is used")
                     .arg(settings.value(QStringLiteral("animation/speed")).toString())
                     .arg(kMinSpeed)
                     .arg(kMaxSpeed)
                     .arg(kDefaultSpeed);
        speed = kDefaultSpeed;
    }
    speed_slider_->setLogValue(speed);
    showSpeed(speed_slider_->logValue());

    // A lecture open at the last close opens again, on the scene it showed; the scene shown
    // over it, if one was, comes back over it.
    const bool lecture_shown = restoreLecture(settings, notes);
    if (!lecture_shown && settings.contains(QStringLiteral("scene/expression")))
        restoreScene(settings, notes);
    if (!notes.isEmpty()) showRestoreNotes(notes);
}

bool MainWindow::restoreLecture(const QSettings& settings, QStringList& notes) {
    const QString file = settings.value(QStringLiteral("lecture/file")).toString();
    if (file.isEmpty()) return false;
    if (!QFileInfo(file).isFile()) {
        notes << QStringLiteral("the lecture %1 open last time is gone; it was not opened again")
                     .arg(file);
        return false;
    }
    if (const QString error = loadLecture(file); !error.isEmpty()) {
        notes << QStringLiteral("the lecture open last time was not opened again: %1").arg(error);
        return false;
    }
    bool fine = false;
    const int scene = settings.value(QStringLiteral("lecture/scene"), 0).toInt(&fine);
    if (!fine || scene < 0 || scene >= lecture_->count()) {
        leaveLectureScene();  // another scene was shown over it: that comes back
        return false;
    }
    lecture_->setCurrent(scene);
    return true;
}

void MainWindow::restoreScene(const QSettings& settings, QStringList& notes) {
    QString text = settings.value(QStringLiteral("scene/expression")).toString();
    // The field keeps up to kFieldMaxLength characters typed (and says why they are refused
    // past gd::kMaxExpressionLength); more than it holds is not put in it cut.
    if (text.size() > kFieldMaxLength) {
        notes << QStringLiteral(
                     "the saved f(x, y) is %1 characters, more than the %2 the field "
                     "holds; it was left out")
                     .arg(text.size())
                     .arg(kFieldMaxLength);
        text = settings.value(QStringLiteral("scene/objective")).toString();
        if (text.isEmpty() || static_cast<std::size_t>(text.size()) > gd::kMaxExpressionLength)
            text = to_qstring(gd::default_preset().formula);
    }
    std::vector<RunSpec> specs;
    const QVariant runs_value = settings.value(QStringLiteral("scene/runs"));
    const QVariantList saved_runs = runs_value.toList();
    if (saved_runs.size() > kMaxRuns) {
        notes << QStringLiteral(
                     "%1 runs were saved, more than the %2 a scene has; the first %2 "
                     "are used")
                     .arg(saved_runs.size())
                     .arg(kMaxRuns);
    }
    for (qsizetype k = 0; k < saved_runs.size() && k < kMaxRuns; ++k) {
        QStringList run_notes;
        if (const auto spec = load_spec(saved_runs[k].toMap(), run_notes)) {
            specs.push_back(*spec);
        } else {
            run_notes << QStringLiteral("a setting is missing or not a number; it was left out");
        }
        for (const QString& note : run_notes)
            notes << QStringLiteral("run %1: %2").arg(k + 1).arg(note);
    }
    if (specs.empty()) {
        if (runs_value.isValid())
            notes << QStringLiteral("no saved run could be read; the preset's run is used");
        specs.push_back(spec_of(gd::default_preset()));
    }
    auto parsed = gd::Objective::parse(text.toStdString());
    if (auto* f = std::get_if<gd::Objective>(&parsed)) {
        session_->setScene(*f, text, preset_with_formula(text), specs);
    } else {
        const QString in_use = settings.value(QStringLiteral("scene/objective")).toString();
        auto last_good = gd::Objective::parse(in_use.toStdString());
        if (auto* g = std::get_if<gd::Objective>(&last_good)) {
            session_->setScene(*g, in_use, preset_with_formula(in_use), specs);
        } else {
            session_->setRuns(specs);
        }
        editor_->expressionBox()->setEditText(text);  // keep what was typed, show why it fails
        editor_->validateNow();
    }
    bool active_read = false;
    const int active = settings.value(QStringLiteral("scene/active"), 0).toInt(&active_read);
    const int run_count = static_cast<int>(session_->runs().size());
    if (!active_read || active < 0 || active >= run_count) {
        notes << QStringLiteral(
                     "the saved selected run '%1' is not one of the %2 runs; run 1 "
                     "is selected")
                     .arg(settings.value(QStringLiteral("scene/active")).toString().left(20))
                     .arg(run_count);
    }
    session_->setActiveIndex(active_read && active >= 0 && active < run_count ? active : 0);
    restoreTitleAndNote(settings, notes);
    // Checked like a view typed on the command line: one that cannot be drawn (too narrow to
    // sample, too wide to hold) is not shown, and the window says so.
    if (settings.contains(QStringLiteral("scene/view"))) {
        const QVariantList v = settings.value(QStringLiteral("scene/view")).toList();
        bool numbers = v.size() == 4;
        double bounds[4] = {};
        for (qsizetype k = 0; numbers && k < 4; ++k)
            bounds[k] = v[k].toDouble(&numbers);
        const gd::Rect view{bounds[0], bounds[1], bounds[2], bounds[3]};
        const auto problem = DescentPlot::viewProblem(view);
        if (numbers && !problem) {
            plot_->setView(view);
            // Reset view goes back to the preset's framing, or to this one for a typed f.
            home_view_ = session_->preset() != nullptr ? session_->preset()->view : view;
        } else {
            notes << QStringLiteral(
                         "the saved view cannot be drawn (%1); the default view is "
                         "shown")
                         .arg(numbers ? QString::fromStdString(problem->message)
                                      : QStringLiteral("it is not four numbers"));
        }
    }
}

void MainWindow::restoreTitleAndNote(const QSettings& settings, QStringList& notes) {
    // Held to the scene file's limits: a hand-edited settings file cannot make the window
    // hold what it could not save.
    const auto restored = [&](const QString& key, std::size_t limit) -> std::string {
        const QString text = settings.value(key).toString().trimmed();
        if (utf8_bytes(text) <= limit) return text.toStdString();
        notes << QStringLiteral("the saved %1 is longer than %2 bytes; it was left out")
                     .arg(key.section('/', 1))
                     .arg(limit);
        return {};
    };
    scene_title_ = restored(QStringLiteral("scene/title"), kMaxTitleLength);
    scene_note_ = restored(QStringLiteral("scene/note"), kMaxNoteLength);
    titled_expression_ = session_->expressionText();
    showNote();
}

void MainWindow::showRestoreNotes(const QStringList& notes) {
    {
        // Said above the plot, where it is seen (a status bar message drew over the step line
        // and was cut at the window's edge): the first change, and all of them on hover.
        restore_notes_ = notes;
        QString text = QStringLiteral("<b>The last scene could not be restored as saved:</b> ") +
                       notes.front().toHtmlEscaped();
        if (notes.size() > 1) {
            text += QStringLiteral(" (and %1 more; hover here for all)").arg(notes.size() - 1);
        }
        note_label_->setText(text);
        note_label_->setToolTip(plain_tool_tip(notes.join('\n')));
    }
}

}  // namespace gdlab
