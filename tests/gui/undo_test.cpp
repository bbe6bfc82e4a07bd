// Undo and redo of every kind of change to the scene, in the real window, offscreen: the
// values come back into the session and into the panels' fields, a drag or a slider held is
// one step, and the Edit menu names what will be undone.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>
#include <QtTest>
#include <memory>

#include "gui/model/animation.hpp"
#include "gui/model/demos.hpp"
#include "gui/model/scene_change.hpp"
#include "gui/model/scene_history.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/log_slider.hpp"
#include "gui/panels/number_spin_box.hpp"
#include "gui/panels/objective_editor.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/panels/runs_panel.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/window/main_window.hpp"
#include "gui/window/title_note_dialog.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

double lr_of(const RunSpec& spec) {
    return gd::learning_rate(spec.optimizer);
}

double active_lr(MainWindow& w) {
    return lr_of(w.session().activeRun().spec);
}

// Types a value into a field as a user would: select all, type, Enter.
void type_value(NumberSpinBox* box, const QString& text) {
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

void pick(QComboBox* picker, const QString& name) {
    const int index = picker->findData(name);
    QVERIFY2(index >= 0, qPrintable(name));
    picker->setCurrentIndex(index);
    emit picker->activated(index);
}

// A mouse move with the left button held (QTest's mouseMove does not carry the button).
void drag_to(QWidget* widget, QPoint to) {
    QMouseEvent move(QEvent::MouseMove, to, widget->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

// The centre of a horizontal slider's handle.
QPoint handle_centre(const QSlider& slider) {
    const int length = slider.style()->pixelMetric(QStyle::PM_SliderLength, nullptr, &slider);
    const int x = QStyle::sliderPositionFromValue(slider.minimum(), slider.maximum(),
                                                  slider.value(), slider.width() - length);
    return {x + length / 2, slider.height() / 2};
}

// Two views alike to a billionth of their width (setting a view fits it to the plot again).
bool same_view(const gd::Rect& a, const gd::Rect& b) {
    const double unit = 1e-9 * (std::abs(a.x_max - a.x_min) + std::abs(a.y_max - a.y_min));
    return std::abs(a.x_min - b.x_min) <= unit && std::abs(a.x_max - b.x_max) <= unit &&
           std::abs(a.y_min - b.y_min) <= unit && std::abs(a.y_max - b.y_max) <= unit;
}

QAction* edit_menu_action(MainWindow& w, const QString& starts_with) {
    for (QAction* menu : w.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Edit")) continue;
        for (QAction* a : menu->menu()->actions()) {
            if (a->text().startsWith(starts_with)) return a;
        }
    }
    return nullptr;
}

}  // namespace

#define FRESH_WINDOW(name)                                               \
    QVERIFY2(showFresh(), "the window was not shown and drawn in 30 s"); \
    MainWindow& name = *window_

class UndoTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_dir_;
    std::unique_ptr<MainWindow> window_;
    std::int64_t clock_ms_ = 0;  // the history's clock: tests step over its merge window

    bool showFresh() {
        window_ = std::make_unique<MainWindow>(false);
        window_->history().setClock([this] { return clock_ms_; });
        window_->show();
        return QTest::qWaitForWindowExposed(window_.get()) && window_->waitUntilDrawn();
    }

    // Time enough that the next change is never merged with the last by timing.
    void later() { clock_ms_ += 10 * SceneHistory::kMergeWindowMs; }

  private slots:
    void initTestCase() {
        QVERIFY(settings_dir_.isValid());
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-tests"),
                         QStringLiteral("gdlab-undo-tests"));
    }
    void cleanup() { window_.reset(); }

    // The history reads the scene once per change, when all of it is in.
    void theSessionAnnouncesEachChangeOnce() {
        Session session;
        QSignalSpy spy(&session, &Session::sceneChanged);
        session.setScene(scene_of(*gd::find_preset("rosenbrock")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(session.expressionText().toStdString(), gd::find_preset("rosenbrock")->formula);
        session.addRun();
        session.setActiveIndex(0);
        session.removeRun(1);
        QCOMPARE(spy.count(), 4);
        session.setActiveIndex(0);  // already selected: no change
        QCOMPARE(spy.count(), 4);
        QVERIFY(session.waitUntilComputed());
    }

    void aNewWindowHasNothingToUndo() {
        FRESH_WINDOW(w);
        QCOMPARE(w.undoStack().count(), 0);
        QVERIFY(!w.undoAction().isEnabled());
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo"));
    }

    void learningRateIsUndoneAndRedone() {
        FRESH_WINDOW(w);
        NumberSpinBox* lr = w.parameters().learningRate;
        QVERIFY(active_lr(w) == 0.1);
        type_value(lr, QStringLiteral("0.05"));
        QVERIFY(active_lr(w) == 0.05);
        QCOMPARE(w.undoStack().count(), 1);
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo change learning rate"));
        QVERIFY(w.undoAction().isEnabled());

        w.undoAction().trigger();
        QVERIFY(active_lr(w) == 0.1);
        QVERIFY(lr->value() == 0.1);  // the field shows the value restored
        QVERIFY(w.parameters().learningRateSlider->logValue() == 0.1);
        QCOMPARE(w.redoAction().text(), QStringLiteral("Redo change learning rate"));
        QVERIFY(!w.undoAction().isEnabled());

        w.redoAction().trigger();
        QVERIFY(active_lr(w) == 0.05);
        QVERIFY(lr->value() == 0.05);
        QVERIFY(w.session().waitUntilComputed());
        QVERIFY(w.session().activeRun().trace);
    }

    void keysUndoAndRedo() {
        FRESH_WINDOW(w);
        type_value(w.parameters().learningRate, QStringLiteral("0.2"));
        QVERIFY(active_lr(w) == 0.2);
        w.plot().setFocus();  // a text field keeps Ctrl+Z for its own text
        QTest::keyClick(&w.plot(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(active_lr(w) == 0.1);
        QTest::keyClick(&w.plot(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(active_lr(w) == 0.2);
        QTest::keyClick(&w.plot(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&w.plot(), Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(active_lr(w) == 0.2);
    }

    // "0.25" typed reaches the run as 0.2, then 0.25: one step back to 0.1.
    void typingANumberIsOneStep() {
        FRESH_WINDOW(w);
        QList<double> seen;
        connect(&w.session(), &Session::sceneChanged, this, [&] { seen << active_lr(w); });
        type_value(w.parameters().learningRate, QStringLiteral("0.25"));
        QVERIFY(active_lr(w) == 0.25);
        QVERIFY2(seen.size() >= 2 && seen.front() == 0.2, qPrintable(QString::number(seen.size())));
        QCOMPARE(w.undoStack().count(), 1);
        w.undoStack().undo();
        QVERIFY(active_lr(w) == 0.1);
    }

    void changesCloseInTimeMergeAndLaterOnesDoNot() {
        FRESH_WINDOW(w);
        NumberSpinBox* lr = w.parameters().learningRate;
        lr->setValue(0.5);
        clock_ms_ += SceneHistory::kMergeWindowMs / 2;
        lr->setValue(0.05);
        QCOMPARE(w.undoStack().count(), 1);
        later();
        lr->setValue(0.2);
        QCOMPARE(w.undoStack().count(), 2);
        w.undoStack().undo();
        QVERIFY(active_lr(w) == 0.05);
        w.undoStack().undo();
        QVERIFY(active_lr(w) == 0.1);
        // Another field is another step, however soon.
        lr->setValue(0.3);
        w.parameters().settingBox(gd::Setting::iterations)->setValue(250);
        QCOMPARE(w.undoStack().count(), 2);
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("change iterations"));
    }

    void aChangeAfterUndoIsAStepOfItsOwn() {
        FRESH_WINDOW(w);
        NumberSpinBox* lr = w.parameters().learningRate;
        lr->setValue(0.05);
        w.undoStack().undo();
        lr->setValue(0.3);  // within the merge window, but the step it would join was undone
        QCOMPARE(w.undoStack().count(), 1);
        w.undoStack().undo();
        QVERIFY(active_lr(w) == 0.1);
    }

    void draggingTheStartIsOneStep() {
        FRESH_WINDOW(w);
        const Eigen::Vector2d start = w.session().activeRun().spec.settings.start;
        QVERIFY(start == Eigen::Vector2d(-3.0, 4.0));
        DescentPlot& plot = w.plot();
        const QPoint from = plot.pixelOf(start);
        QTest::mousePress(&plot, Qt::LeftButton, {}, from);
        for (int k = 1; k <= 20; ++k) {
            later();  // timing alone would make twenty steps: the held button makes one
            drag_to(&plot, from + QPoint(6 * k, 3 * k));
        }
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, from + QPoint(120, 60));
        QCoreApplication::processEvents();
        const Eigen::Vector2d dropped = w.session().activeRun().spec.settings.start;
        QVERIFY(dropped != start);
        QCOMPARE(w.undoStack().count(), 1);
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo move start"));

        // A second drag at once (the clock stands still) is a second step.
        const QPoint again = plot.pixelOf(dropped);
        QTest::mousePress(&plot, Qt::LeftButton, {}, again);
        for (int k = 1; k <= 5; ++k)
            drag_to(&plot, again - QPoint(5 * k, 0));
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, again - QPoint(25, 0));
        QCoreApplication::processEvents();
        const Eigen::Vector2d second = w.session().activeRun().spec.settings.start;
        QVERIFY(second != dropped);
        QCOMPARE(w.undoStack().count(), 2);

        w.undoStack().undo();
        QVERIFY(w.session().activeRun().spec.settings.start == dropped);
        w.undoStack().undo();
        QVERIFY(w.session().activeRun().spec.settings.start == start);
        QVERIFY(w.parameters().startX->value() == -3.0);  // the fields show it too
        QVERIFY(w.parameters().startY->value() == 4.0);
        w.undoStack().redo();
        QVERIFY(w.session().activeRun().spec.settings.start == dropped);
        w.undoStack().redo();
        QVERIFY(w.session().activeRun().spec.settings.start == second);
    }

    void aSliderMovedIsOneStep() {
        FRESH_WINDOW(w);
        LogSlider* slider = w.parameters().learningRateSlider;
        QVERIFY(slider != nullptr);
        const QPoint handle = handle_centre(*slider);
        QTest::mousePress(slider, Qt::LeftButton, {}, handle);
        QVERIFY2(slider->isSliderDown(), "the press missed the handle");
        QList<double> seen;
        for (int k = 1; k <= 30; ++k) {
            later();
            drag_to(slider, handle + QPoint(2 * k, 0));
            if (seen.isEmpty() || seen.back() != active_lr(w)) seen << active_lr(w);
        }
        QTest::mouseRelease(slider, Qt::LeftButton, {}, handle + QPoint(60, 0));
        QCoreApplication::processEvents();
        QVERIFY2(seen.size() >= 10, qPrintable(QString::number(seen.size())));
        QCOMPARE(w.undoStack().count(), 1);
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("change learning rate"));
        const double moved = active_lr(w);
        w.undoStack().undo();
        QVERIFY(active_lr(w) == 0.1);
        QVERIFY(w.parameters().learningRate->value() == 0.1);
        w.undoStack().redo();
        QVERIFY(active_lr(w) == moved);
    }

    void addingAndRemovingRunsRestoresTheirSettings() {
        FRESH_WINDOW(w);
        Session& s = w.session();
        w.parameters().learningRate->setValue(0.05);
        later();
        const std::vector<RunSpec> one = s.specs();
        QVERIFY(w.runsPanel().addButton()->isEnabled());
        QTest::mouseClick(w.runsPanel().addButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        QCOMPARE(s.runs().size(), std::size_t{2});
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("add run"));
        later();
        w.parameters().learningRate->setValue(0.3);  // the copy, selected
        later();
        const std::vector<RunSpec> two = s.specs();
        QVERIFY(lr_of(two[0]) == 0.05 && lr_of(two[1]) == 0.3);
        s.setActiveIndex(0);  // selecting is not a change
        QCOMPARE(w.undoStack().count(), 3);
        s.removeRun(0);
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("remove run"));
        QCOMPARE(s.runs().size(), std::size_t{1});
        QVERIFY(lr_of(s.specs()[0]) == 0.3);

        w.undoStack().undo();  // remove run
        QVERIFY(s.specs() == two);
        QCOMPARE(s.activeIndex(), 0);  // the run that was removed, selected again
        QVERIFY(w.parameters().learningRate->value() == 0.05);
        w.undoStack().undo();          // lr of the copy
        QCOMPARE(s.activeIndex(), 1);  // the run whose rate comes back
        QVERIFY(lr_of(s.specs()[1]) == 0.05);
        w.undoStack().undo();  // add run
        QVERIFY(s.specs() == one);
        w.undoStack().redo();
        w.undoStack().redo();
        w.undoStack().redo();
        QCOMPARE(s.runs().size(), std::size_t{1});
        QVERIFY(lr_of(s.specs()[0]) == 0.3);
        QVERIFY(s.waitUntilComputed());
    }

    void theObjectiveIsUndone() {
        FRESH_WINDOW(w);
        QLineEdit* edit = w.editor().expressionBox()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QStringLiteral("x^2 + 3*y^2"));
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("x^2 + 3*y^2"));
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo change objective"));
        w.undoAction().trigger();
        QCOMPARE(w.session().expressionText(), QStringLiteral("x^2 + y^2"));
        QCOMPARE(w.editor().text(), QStringLiteral("x^2 + y^2"));
        QVERIFY(w.session().preset() == &gd::default_preset());
        w.redoAction().trigger();
        QCOMPARE(w.session().expressionText(), QStringLiteral("x^2 + 3*y^2"));
        QCOMPARE(w.editor().text(), QStringLiteral("x^2 + 3*y^2"));
        QVERIFY(w.session().preset() == nullptr);
    }

    void aScheduleAndItsParametersAreUndone() {
        FRESH_WINDOW(w);
        ParameterPanel& p = w.parameters();
        pick(p.schedulePicker, QStringLiteral("step"));
        QCOMPARE(gd::schedule_name(w.session().activeRun().spec.settings.schedule),
                 std::string_view("step"));
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo change schedule"));
        later();
        NumberSpinBox* interval = p.scheduleParameterBox("step_size");
        QVERIFY(interval != nullptr);
        interval->setValue(25);
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo change decay interval"));
        w.undoStack().undo();
        QVERIFY(*gd::schedule_parameter(w.session().activeRun().spec.settings.schedule,
                                        "step_size") == 10.0);
        QVERIFY(p.scheduleParameterBox("step_size")->value() == 10.0);
        w.undoStack().undo();
        QCOMPARE(gd::schedule_name(w.session().activeRun().spec.settings.schedule),
                 std::string_view("constant"));
        QCOMPARE(p.schedulePicker->currentData().toString(), QStringLiteral("constant"));
    }

    void anOptimizerChangeIsUndoneAndKeepsTheLearningRate() {
        FRESH_WINDOW(w);
        ParameterPanel& p = w.parameters();
        p.learningRate->setValue(0.05);
        later();
        pick(p.optimizerPicker, QStringLiteral("momentum"));
        const RunSpec momentum = w.session().activeRun().spec;
        QCOMPARE(gd::optimizer_name(momentum.optimizer), std::string_view("momentum"));
        QVERIFY(lr_of(momentum) == 0.05);
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo change optimizer"));
        later();
        p.hyperParameterBox("momentum")->setValue(0.5);
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo change momentum"));
        w.undoStack().undo();
        QVERIFY(w.session().activeRun().spec == momentum);
        w.undoStack().undo();
        QCOMPARE(gd::optimizer_name(w.session().activeRun().spec.optimizer),
                 std::string_view("gd"));
        QVERIFY(active_lr(w) == 0.05);
        QCOMPARE(p.optimizerPicker->currentData().toString(), QStringLiteral("gd"));
        QCOMPARE(p.hyperParameterCount(), 1);
        w.undoStack().redo();
        QVERIFY(w.session().activeRun().spec == momentum);
        QVERIFY(p.hyperParameterBox("momentum") != nullptr);
    }

    void iterationsToleranceAndGradientAreNamed() {
        FRESH_WINDOW(w);
        ParameterPanel& p = w.parameters();
        p.settingBox(gd::Setting::iterations)->setValue(300);
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("change iterations"));
        later();
        p.settingBox(gd::Setting::tolerance)->setValue(0.001);
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("change tolerance"));
        later();
        p.gradientMode->setCurrentIndex(1);
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("change gradient"));
        later();
        p.settingBox(gd::Setting::h)->setValue(0.01);
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("change step h"));
        QCOMPARE(w.undoStack().count(), 4);
        for (int k = 0; k < 4; ++k)
            w.undoStack().undo();
        QVERIFY(w.session().activeRun().spec == spec_of(gd::default_preset()));
        QCOMPARE(p.settingBox(gd::Setting::iterations)->value(),
                 static_cast<double>(spec_of(gd::default_preset()).settings.max_iterations));
        QCOMPARE(p.gradientMode->currentIndex(), 0);
    }

    void aDemoIsOneStepWithItsViewAndNote() {
        FRESH_WINDOW(w);
        const gd::Rect panned{-2.0, 6.0, -1.0, 7.0};  // where the user had moved the view
        w.plot().setView(panned);
        const Scene before = w.currentScene();
        const QString note_before = w.note();
        w.loadDemo(2);  // three runs on the bowl, its own view
        const Demo& demo = demos()[2];
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo open demo “%1”").arg(demo.title));
        QCOMPARE(w.undoStack().count(), 1);
        QVERIFY(w.session().specs() == demo.scene.runs);
        // The views compared are those asked for: the plot fits each to its shape, which the
        // caption's length changes while the animation plays.
        QVERIFY(same_view(w.plot().requestedView(), demo.scene.view));

        w.undoStack().undo();
        QVERIFY(w.session().specs() == before.runs);
        QCOMPARE(w.session().expressionText(), QString::fromStdString(before.expression));
        QVERIFY(same_view(w.plot().requestedView(), panned));
        QCOMPARE(w.note(), note_before);
        QCOMPARE(w.convergenceTabs().currentIndex(), 0);

        w.undoStack().redo();
        QVERIFY(w.session().specs() == demo.scene.runs);
        QVERIFY(same_view(w.plot().requestedView(), demo.scene.view));
        QVERIFY(w.note().contains(demo.title));
        QCOMPARE(w.convergenceTabs().currentIndex(), demo.coordinates ? 1 : 0);
        QVERIFY(w.waitUntilDrawn());
    }

    void zoomingAndSelectingAreNotSteps() {
        FRESH_WINDOW(w);
        w.session().addRun();
        const int steps = w.undoStack().count();
        w.session().setActiveIndex(0);
        w.plot().setView({-1, 1, -1, 1});
        QCOMPARE(w.undoStack().count(), steps);
    }

    // The names come from the tables: every hyper-parameter of every optimizer has its own.
    void everyHyperParameterIsNamedByItsLabel() {
        for (const std::string_view name : gd::optimizer_names()) {
            const gd::Optimizer o = *gd::make_optimizer(name);
            for (const gd::HyperParameter& p : gd::hyper_parameters(o)) {
                Scene a;
                a.runs = {RunSpec{o, {}}};
                Scene b = a;
                gd::set_hyper_parameter(b.runs[0].optimizer, p.name, p.default_value + 0.125);
                const SceneChange change = describe_change(a, b);
                QCOMPARE(change.text, QStringLiteral("change ") + QString::fromUtf8(p.label));
                QCOMPARE(change.key,
                         QStringLiteral("run 0 optimizer.") + QString::fromUtf8(p.name));
            }
        }
    }

    // The Edit menu says what will be undone and redone; a picture of it to look at.
    void theTitleAndNoteAreOneStepAndMarkTheFileChanged() {
        FRESH_WINDOW(w);
        const QString before = w.note();
        w.setTitleAndNote(QStringLiteral("  Why the bowl is easy "), QStringLiteral("Round."));
        QCOMPARE(w.undoStack().count(), 1);
        QCOMPARE(w.undoAction().text(), QStringLiteral("Undo edit title and note"));
        QCOMPARE(w.currentScene().title, std::string("Why the bowl is easy"));  // trimmed
        QCOMPARE(w.currentScene().note, std::string("Round."));
        QVERIFY2(w.note().contains("Why the bowl is easy.") && w.note().contains("Round."),
                 qPrintable(w.note()));
        QVERIFY(w.document().isModified(w.currentScene()));
        // The same again is no step.
        w.setTitleAndNote(QStringLiteral("Why the bowl is easy"), QStringLiteral("Round."));
        QCOMPARE(w.undoStack().count(), 1);

        w.undoStack().undo();
        QCOMPARE(w.currentScene().title, std::string());
        QCOMPARE(w.note(), before);
        QVERIFY(!w.document().isModified(w.currentScene()));
        w.undoStack().redo();
        QCOMPARE(w.currentScene().note, std::string("Round."));
        QVERIFY2(w.note().contains("Round."), qPrintable(w.note()));
    }

    // The dialog opens on the title and note shown above the plot (it opened empty over a
    // demo's), and counts their lengths in characters, not bytes.
    void theTitleAndNoteDialogOpensOnWhatIsShown() {
        auto window = std::make_unique<MainWindow>(false);
        MainWindow& w = *window;
        w.show();
        QVERIFY(w.waitUntilDrawn());
        w.loadDemo(6);
        QVERIFY(w.waitUntilDrawn());
        QVERIFY(w.note().contains(QStringLiteral("Momentum glides along the valley")));
        QString seen_title;
        QString seen_note;
        QString seen_lengths;
        QTimer::singleShot(0, &w, [&] {
            auto* dialog = qobject_cast<TitleNoteDialog*>(QApplication::activeModalWidget());
            if (dialog == nullptr) return;
            seen_title = dialog->title();
            seen_note = dialog->note();
            for (QLabel* label : dialog->findChildren<QLabel*>())
                seen_lengths += label->text();
            dialog->reject();
        });
        w.editTitleAndNote();
        QCOMPARE(seen_title, QStringLiteral("Momentum glides along the valley"));
        QVERIFY(seen_note.startsWith(QStringLiteral("x² + 10·y² from (−4.5, 0.5)")));
        QVERIFY2(!seen_lengths.contains(QStringLiteral("bytes")), qPrintable(seen_lengths));
        QVERIFY2(seen_lengths.contains(QStringLiteral("characters")), qPrintable(seen_lengths));
    }

    void theTitleAndNoteDialogHoldsThemToTheFilesLimits() {
        TitleNoteDialog dialog(QStringLiteral("Old"), QStringLiteral("A note."));
        QCOMPARE(dialog.title(), QStringLiteral("Old"));
        QVERIFY(dialog.buttons().button(QDialogButtonBox::Ok)->isEnabled());
        // A title over the file's 200 bytes is kept as typed, said, and OK waits: é is 2 bytes.
        dialog.titleField().clear();
        for (int k = 0; k < 101; ++k) {
            // QTest::keyClicks takes ASCII only: the key event a keyboard sends for "é".
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(QChar(0xE9)));
            QApplication::sendEvent(&dialog.titleField(), &press);
        }
        QCOMPARE(dialog.title().size(), 101);
        QVERIFY(!dialog.buttons().button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY2(dialog.lengths().text().contains("The title is too long: 202 of 200 "
                                                  "characters.") &&
                     dialog.lengths().text().contains("é, ü or ² count twice"),
                 qPrintable(dialog.lengths().text()));
        QTest::keyClick(&dialog.titleField(), Qt::Key_Backspace);
        QVERIFY(dialog.buttons().button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY2(dialog.lengths().text().contains("Title: 200 of 200 characters."),
                 qPrintable(dialog.lengths().text()));
        // A note too long is kept in the field, and OK waits until it is shortened.
        dialog.noteField().setPlainText(QString(4001, QLatin1Char('n')));
        QVERIFY(!dialog.buttons().button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY2(dialog.lengths().text().contains("The note is too long: 4001 of 4000 "
                                                  "characters."),
                 qPrintable(dialog.lengths().text()));
        QCOMPARE(dialog.note().size(), 4001);
        dialog.noteField().setPlainText(QString(4000, QLatin1Char('n')));
        QVERIFY(dialog.buttons().button(QDialogButtonBox::Ok)->isEnabled());
    }

    void theEditMenuNamesTheSteps() {
        FRESH_WINDOW(w);
        w.parameters().learningRate->setValue(0.05);
        later();
        w.session().addRun();
        w.undoStack().undo();
        QAction* undo = edit_menu_action(w, QStringLiteral("Undo"));
        QAction* redo = edit_menu_action(w, QStringLiteral("Redo"));
        QVERIFY(undo != nullptr && redo != nullptr);
        QCOMPARE(undo->text(), QStringLiteral("Undo change learning rate"));
        QCOMPARE(redo->text(), QStringLiteral("Redo add run"));
        QCOMPARE(undo->shortcut(), QKeySequence(QStringLiteral("Ctrl+Z")));
        QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
        QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Y"))));

        const QString folder = qEnvironmentVariable("GDLAB_TEST_PICTURES");
        if (folder.isEmpty()) return;
        QMenu* edit = nullptr;
        for (QAction* menu : w.menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&Edit")) edit = menu->menu();
        }
        const QRect entry = w.menuBar()->actionGeometry(edit->menuAction());
        edit->popup(w.menuBar()->mapToGlobal(entry.bottomLeft()));
        QVERIFY(QTest::qWaitForWindowExposed(edit));
        QImage picture = w.grab().toImage();
        QPainter painter(&picture);
        painter.drawImage(w.mapFromGlobal(edit->pos()), edit->grab().toImage());
        painter.end();
        QVERIFY(picture.save(folder + QStringLiteral("/edit_menu.png")));
        edit->hide();
    }
};

QTEST_MAIN(UndoTest)
#include "undo_test.moc"
