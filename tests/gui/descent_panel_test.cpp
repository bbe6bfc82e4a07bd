// The Descent panel's optimizer and schedule: the pickers, the fields each method's table
// gives, the lr_k plot, and what the runs' labels, the caption and a copied run make of them.
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>
#include <cmath>
#include <variant>

#include "gd/objective.hpp"
#include "gui/export/export_scene.hpp"
#include "gui/model/run_spec.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/log_slider.hpp"
#include "gui/panels/number_spin_box.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/panels/schedule_plot.hpp"
#include "gui/window/main_window.hpp"
#include "scene/scene.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

Q_DECLARE_METATYPE(gdlab::RunSpec)

namespace {

// Picks an entry as the user does (QComboBox::activated, which setCurrentIndex does not send).
void pick(QComboBox* picker, const QString& name) {
    const int index = picker->findData(name);
    QVERIFY2(index >= 0, qPrintable(name));
    picker->setCurrentIndex(index);
    emit picker->activated(index);
}

RunSpec last_spec(const QSignalSpy& spy) {
    return spy.last().at(0).value<RunSpec>();
}

gd::Objective objective(const char* text) {
    return std::get<gd::Objective>(gd::Objective::parse(text));
}

RunSpec with(std::string_view optimizer, double lr) {
    RunSpec s;
    s.optimizer = *gd::make_optimizer(optimizer);
    gd::set_hyper_parameter(s.optimizer, "lr", lr);
    return s;
}

}  // namespace

class DescentPanelTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_dir_;

  private slots:
    void initTestCase() {
        qRegisterMetaType<RunSpec>();
        QVERIFY(settings_dir_.isValid());
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-panel-tests"),
                         QStringLiteral("gdlab-panel-tests"));
    }

    // On a 1280 x 800 screen and a 1024 x 768 projector, Adam's fields and the unfolded
    // schedule keep inside the left column: no field is cut at its right edge. The pictures
    // go to $GDLAB_PICTURES when it is set, to look at.
    void thePanelFitsTheWindow_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("unfolded");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1280x800 folded") << QSize(1280, 800) << false << false;
        QTest::newRow("1280x800 unfolded") << QSize(1280, 800) << true << false;
        QTest::newRow("1024x728 unfolded dark") << QSize(1024, 728) << true << true;
    }
    void thePanelFitsTheWindow() {
        QFETCH(QSize, size);
        QFETCH(bool, unfolded);
        QFETCH(bool, dark);
        MainWindow w(false);
        w.setTheme(dark ? Theme::dark : Theme::light);
        RunSpec run = with("adam", 0.3);
        run.settings.schedule = gd::StepDecay{};
        w.session().setRuns({run});
        w.parameters().setScheduleExpanded(unfolded);
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.waitUntilDrawn());
        ParameterPanel& panel = w.parameters();
        auto* column = qobject_cast<QScrollArea*>(
            panel.parentWidget()->parentWidget()->parentWidget()->parentWidget());
        QVERIFY(column != nullptr);
        const int right =
            column->viewport()->mapToGlobal(QPoint(column->viewport()->width(), 0)).x();
        for (QWidget* field : panel.findChildren<QWidget*>()) {
            if (!field->isVisibleTo(&panel) || field->parentWidget() != &panel) continue;
            const int edge = field->mapToGlobal(QPoint(field->width(), 0)).x();
            QVERIFY2(edge <= right, qPrintable(QStringLiteral("%1 ends at %2, the column at %3")
                                                   .arg(field->metaObject()->className())
                                                   .arg(edge)
                                                   .arg(right)));
        }
        QCOMPARE(panel.schedulePlot->isVisible(), unfolded);
        if (const QString folder = qEnvironmentVariable("GDLAB_PICTURES"); !folder.isEmpty()) {
            QVERIFY(w.grab().save(QDir(folder).filePath(
                QStringLiteral("panel-%1x%2-%3-%4.png")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(unfolded ? QStringLiteral("unfolded") : QStringLiteral("folded"))
                    .arg(theme_name(dark ? Theme::dark : Theme::light)))));
        }
    }

    // Each optimizer shows exactly its own fields, at its defaults, and says so in the spec.
    void theOptimizerPickerShowsThatOptimizersFields() {
        ParameterPanel panel;
        QSignalSpy spy(&panel, &ParameterPanel::specEdited);
        QCOMPARE(panel.optimizerPicker->count(), static_cast<int>(gd::optimizer_names().size()));
        QCOMPARE(panel.optimizerPicker->currentData().toString(), QStringLiteral("gd"));
        QCOMPARE(panel.optimizerPicker->currentText(), QStringLiteral("Gradient descent"));
        QCOMPARE(panel.hyperParameterCount(), 1);

        pick(panel.optimizerPicker, QStringLiteral("adam"));
        QCOMPARE(panel.hyperParameterCount(), 4);
        for (const char* name : {"lr", "beta1", "beta2", "eps"})
            QVERIFY2(panel.hyperParameterBox(name) != nullptr, name);
        QVERIFY(panel.hyperParameterBox("momentum") == nullptr);
        // The old rows are gone, not hidden: start x, y, iterations, tolerance, h, Adam's 4 and
        // the constant schedule's warm-up.
        QCOMPARE(panel.findChildren<NumberSpinBox*>().size(), qsizetype{5 + 4 + 1});
        QCOMPARE(spy.size(), 1);
        const RunSpec adam = last_spec(spy);
        QVERIFY(adam.optimizer == *gd::make_optimizer("adam"));
        QVERIFY(panel.learningRate == panel.hyperParameterBox("lr"));
        QVERIFY(panel.learningRateSlider != nullptr);
        // Every field says what it means and the update it enters.
        QVERIFY(panel.hyperParameterBox("beta1")->toolTip().contains(
            QStringLiteral("how slowly the mean of the gradients forgets")));
        QVERIFY(panel.hyperParameterBox("beta1")->toolTip().contains(
            QString::fromStdString(std::string(gd::optimizer_formula(adam.optimizer)))));
        QVERIFY(panel.optimizerPicker->toolTip().contains(
            QString::fromStdString(std::string(gd::optimizer_formula(adam.optimizer)))));

        // Editing β1 announces it, with the rest unchanged.
        panel.hyperParameterBox("beta1")->setValue(0.8);
        QCOMPARE(spy.size(), 2);
        QVERIFY(gd::hyper_parameter(last_spec(spy).optimizer, "beta1") == 0.8);
        QVERIFY(gd::hyper_parameter(last_spec(spy).optimizer, "beta2") == 0.999);

        pick(panel.optimizerPicker, QStringLiteral("gd"));
        QCOMPARE(panel.hyperParameterCount(), 1);
        QVERIFY(last_spec(spy).optimizer == *gd::make_optimizer("gd"));
        QCOMPARE(panel.findChildren<NumberSpinBox*>().size(), qsizetype{5 + 1 + 1});
    }

    // gd → momentum keeps the learning rate the teacher set; Newton's is its own (a damping
    // of 1), and the way back to a first-order method finds the rate again.
    void aFirstOrderLearningRateIsKeptAcrossMethods() {
        ParameterPanel panel;
        QSignalSpy spy(&panel, &ParameterPanel::specEdited);
        panel.learningRate->setValue(0.3);
        pick(panel.optimizerPicker, QStringLiteral("momentum"));
        QVERIFY(gd::learning_rate(last_spec(spy).optimizer) == 0.3);
        QVERIFY(gd::hyper_parameter(last_spec(spy).optimizer, "momentum") == 0.9);
        QVERIFY(panel.learningRate->value() == 0.3);
        QVERIFY(std::abs(panel.learningRateSlider->logValue() - 0.3) < 0.01);
        pick(panel.optimizerPicker, QStringLiteral("newton"));
        QVERIFY(gd::learning_rate(last_spec(spy).optimizer) == 1.0);
        pick(panel.optimizerPicker, QStringLiteral("adam"));
        QVERIFY(gd::learning_rate(last_spec(spy).optimizer) == 0.3);
    }

    // Counts show no decimals, step by 1, and a typed fraction is a problem, not rounded.
    void wholeNumberFieldsShowNoDecimals() {
        ParameterPanel panel;
        panel.show();  // the problems are said in a label of the shown panel
        pick(panel.schedulePicker, QStringLiteral("step"));
        NumberSpinBox* interval = panel.scheduleParameterBox("step_size");
        QVERIFY(interval != nullptr);
        QCOMPARE(interval->text(), QStringLiteral("10"));
        QCOMPARE(interval->decimals(), 0);
        interval->setValue(200000);
        QCOMPARE(interval->text(), QStringLiteral("200000"));
        interval->stepBy(1);
        QVERIFY(interval->value() == 200001);
        interval->selectAll();
        QTest::keyClicks(interval, "2.5");
        QCOMPARE(interval->problem(), QStringLiteral("2.5 is not a whole number"));
        // The "2" typed on the way is the last usable value.
        QCOMPARE(panel.problems(),
                 QStringLiteral("Decay interval: 2.5 is not a whole number; the run keeps 2."));
        QVERIFY(panel.spec().settings.schedule == gd::Schedule(gd::StepDecay{2, 0.5, 0}));
        // Put right, the field and the panel say nothing more: typed, or by the arrows.
        interval->selectAll();
        QTest::keyClicks(interval, "3");
        QCOMPARE(interval->problem(), QString());
        QCOMPARE(panel.problems(), QString());
        QTest::keyClicks(interval, ".5");
        QCOMPARE(interval->problem(), QStringLiteral("3.5 is not a whole number"));
        interval->stepBy(1);  // the arrow writes a usable value with the edit's signals blocked
        QCOMPARE(interval->problem(), QString());
        QCOMPARE(panel.problems(), QString());
        // The mark is drawn over the style's frame, the arrows left as they are: no style
        // sheet, which made them flat bars.
        QTest::keyClicks(interval, ".5");
        QVERIFY(!interval->problem().isEmpty());
        QCOMPARE(interval->styleSheet(), QString());
        // A decimal field keeps its decimals.
        QCOMPARE(panel.scheduleParameterBox("gamma")->text(), QStringLiteral("0.5"));
    }

    // The schedule picker shows that schedule's fields (warm-up in each), unfolds the section,
    // and a field changes the run's schedule.
    void theSchedulePickerAndItsFieldsSetTheSchedule() {
        ParameterPanel panel;
        QSignalSpy spy(&panel, &ParameterPanel::specEdited);
        QCOMPARE(panel.schedulePicker->count(), static_cast<int>(gd::schedule_names().size()));
        QCOMPARE(panel.scheduleParameterCount(), 1);  // the constant rate's warm-up
        QVERIFY(!panel.scheduleExpanded());
        pick(panel.schedulePicker, QStringLiteral("step"));
        QVERIFY(panel.scheduleExpanded());
        QCOMPARE(panel.scheduleParameterCount(), 3);
        QVERIFY(last_spec(spy).settings.schedule == gd::Schedule(gd::StepDecay{}));
        panel.scheduleParameterBox("gamma")->setValue(0.25);
        QVERIFY(last_spec(spy).settings.schedule == gd::Schedule(gd::StepDecay{10, 0.25, 0}));
        panel.scheduleParameterBox("warmup")->setValue(4);
        QVERIFY(last_spec(spy).settings.schedule == gd::Schedule(gd::StepDecay{10, 0.25, 4}));
        QVERIFY(panel.schedulePicker->toolTip().contains(QStringLiteral("lr_k = lr·γ^")));
        pick(panel.schedulePicker, QStringLiteral("cosine"));
        QCOMPARE(panel.scheduleParameterCount(), 2);
        QVERIFY(panel.scheduleParameterBox("lr_min") != nullptr);
        QVERIFY(last_spec(spy).settings.schedule == gd::Schedule(gd::CosineDecay{}));
        // Folded away, the fields and the plot are hidden, and the optimizer's stay.
        panel.scheduleToggle->click();
        QVERIFY(!panel.scheduleExpanded());
        auto* form = qobject_cast<QFormLayout*>(panel.layout());
        QVERIFY(!form->isRowVisible(panel.scheduleParameterBox("lr_min")));
        QVERIFY(!form->isRowVisible(panel.schedulePlot));
        QVERIFY(form->isRowVisible(panel.learningRate));
        // A run shown with a varying schedule leaves the section as it is.
        RunSpec step;
        step.settings.schedule = gd::StepDecay{};
        panel.setSpec(step);
        QVERIFY(!panel.scheduleExpanded());
        QCOMPARE(panel.schedulePicker->currentData().toString(), QStringLiteral("step"));
    }

    // The plot's points are lr_k for k = 1 ... N exactly, and follow the lr, the schedule's
    // fields and the iterations.
    void theSchedulePlotDrawsEachUpdatesRate() {
        ParameterPanel panel;
        RunSpec run = with("adam", 0.3);
        run.settings.max_iterations = 50;
        run.settings.schedule = gd::StepDecay{7, 0.5, 3};
        panel.setSpec(run);
        const auto check = [&](const RunSpec& expected) {
            const QSharedPointer<QCPGraphDataContainer> data = panel.schedulePlot->rates()->data();
            QCOMPARE(data->size(), expected.settings.max_iterations);
            int k = 1;
            for (auto it = data->constBegin(); it != data->constEnd(); ++it, ++k) {
                QVERIFY(it->key == k);
                QVERIFY2(it->value == gd::learning_rate_at(expected, k),
                         qPrintable(QStringLiteral("k = %1: %2").arg(k).arg(it->value)));
            }
        };
        check(run);
        // A few values by hand: warm-up 1/3, 2/3 of lr; then halved every 7 updates.
        const auto data = panel.schedulePlot->rates()->data();
        QCOMPARE(data->at(0)->value, 0.1);
        QCOMPARE(data->at(2)->value, 0.3);
        QCOMPARE(data->at(7)->value, 0.15);  // k = 8
        QCOMPARE(data->at(14)->value, 0.075);
        panel.learningRate->setValue(0.2);
        run = panel.spec();
        QVERIFY(gd::learning_rate(run.optimizer) == 0.2);
        check(run);
        panel.scheduleParameterBox("step_size")->setValue(5);
        check(panel.spec());
        panel.settingBox(gd::Setting::iterations)->setValue(20);
        check(panel.spec());
        // A run too long to draw every update is drawn from evenly spaced ones.
        panel.settingBox(gd::Setting::iterations)->setValue(100000);
        QCOMPARE(panel.schedulePlot->rates()->data()->size(), SchedulePlot::kMaxPoints);
        QVERIFY(panel.schedulePlot->rates()->data()->at(SchedulePlot::kMaxPoints - 1)->key ==
                100000);
    }

    // Labels name the method by title and only what tells the runs apart.
    void legendLabelsOfMixedOptimizersStayShort() {
        const std::vector<RunSpec> mixed = {with("gd", 0.1), with("momentum", 0.1),
                                            with("adam", 0.1)};
        QCOMPARE(legend_labels(mixed), QStringList({"gradient descent", "momentum", "Adam"}));
        std::vector<RunSpec> tuned = mixed;
        gd::set_hyper_parameter(tuned[1].optimizer, "momentum", 0.5);
        gd::set_hyper_parameter(tuned[2].optimizer, "lr", 0.01);
        QCOMPARE(legend_labels(tuned),
                 QStringList({"gradient descent · lr = 0.1", "momentum · lr = 0.1 · β = 0.5",
                              "Adam · lr = 0.01"}));
        // Two momentum runs apart by β beside gradient descent.
        std::vector<RunSpec> betas = {with("gd", 0.1), with("momentum", 0.1),
                                      with("momentum", 0.1)};
        gd::set_hyper_parameter(betas[2].optimizer, "momentum", 0.5);
        QCOMPARE(legend_labels(betas),
                 QStringList({"gradient descent", "momentum · β = 0.9", "momentum · β = 0.5"}));
        // Schedules and their parameters.
        std::vector<RunSpec> schedules = {with("adam", 0.1), with("adam", 0.1), with("adam", 0.1)};
        schedules[1].settings.schedule = gd::StepDecay{};
        schedules[2].settings.schedule = gd::StepDecay{5, 0.5, 0};
        QCOMPARE(
            legend_labels(schedules),
            QStringList({"constant schedule", "step schedule · S = 10", "step schedule · S = 5"}));
        schedules[0].settings.schedule = gd::CosineDecay{0.0, 10};
        schedules[2].settings.schedule = gd::StepDecay{};
        QCOMPARE(legend_labels(schedules),
                 QStringList({"cosine schedule · W = 10", "step schedule · W = 0 · run 2",
                              "step schedule · W = 0 · run 3"}));
        // A lone run names its varying schedule.
        RunSpec lone = with("adam", 0.3);
        lone.settings.schedule = gd::StepDecay{};
        QCOMPARE(legend_labels(std::vector<RunSpec>{lone}),
                 QStringList({"Adam, lr = 0.3, step schedule"}));
    }

    // The window's ranges of the schedule's parameters, named by their options.
    void windowRangesCoverTheSchedule() {
        RunSpec s = with("adamw", 0.1);
        gd::set_hyper_parameter(s.optimizer, "weight_decay", 20);
        QCOMPARE(window_problem(s)->option, std::string("--weight-decay"));
        QCOMPARE(window_problem(s)->message,
                 QStringLiteral("the weight decay 20 is outside 0 to 10"));
        s = RunSpec{};
        s.settings.schedule = gd::StepDecay{10, 0.5, 2.5};
        QCOMPARE(window_problem(s)->option, std::string("--warmup"));
        QCOMPARE(window_problem(s)->message,
                 QStringLiteral("the warm-up length 2.5 is not a whole number"));
        s.settings.schedule = gd::StepDecay{0, 0.001, 2.5};
        QCOMPARE(window_problem(s)->option, std::string("--step-size"));
        QStringList notes;
        const RunSpec fitted = fit_to_window(s, notes);
        QVERIFY(fitted.settings.schedule == gd::Schedule(gd::StepDecay{1, 0.01, 3}));
        QCOMPARE(notes, QStringList({"the decay interval 0 is outside 1 to 1e6; 1 is used",
                                     "the decay factor 0.001 is outside 0.01 to 1; 0.01 is used",
                                     "the warm-up length 2.5 is not a whole number; 3 is used"}));
        QVERIFY(!window_problem(fitted));
    }

    // "Add run" copies the selected run whole: its optimizer, hyper-parameters and schedule.
    void anAddedRunCopiesTheOptimizerAndSchedule() {
        Session session;
        RunSpec run = with("rmsprop", 0.02);
        gd::set_hyper_parameter(run.optimizer, "alpha", 0.9);
        run.settings.schedule = gd::ExponentialDecay{0.9, 2};
        session.setScene(objective("x^2 + y^2"), QStringLiteral("x^2 + y^2"), nullptr, {run});
        QVERIFY(session.addRun());
        QCOMPARE(session.runs().size(), std::size_t{2});
        QVERIFY(session.runs()[1].spec == run);
        QVERIFY(session.waitUntilComputed());
    }

    // The caption names the schedule the runs share, with the parameters they share.
    void theCaptionNamesASharedSchedule() {
        Scene scene;
        scene.expression = "x^2 + y^2";
        scene.preset = nullptr;
        scene.objective = objective("x^2 + y^2");
        scene.view = {-5, 5, -5, 5};
        RunSpec run = with("adam", 0.3);
        run.settings.max_iterations = 20;
        run.settings.schedule = gd::StepDecay{5, 0.5, 0};
        RunSpec other = run;
        other.settings.start = {1, 1};
        scene.runs = {run, other};
        const ExportScene shown = export_scene_of(scene, compute_traces(scene));
        const QString caption = scene_caption(shown, shown.lastStep());
        QVERIFY2(caption.contains(QStringLiteral("Adam · lr = 0.3")) &&
                     caption.contains(QStringLiteral("step schedule · S = 5 · γ = 0.5 · ")) &&
                     !caption.contains(QStringLiteral("W = ")),
                 qPrintable(caption));
        scene.runs[1].settings.schedule = gd::ConstantRate{};
        const ExportScene mixed = export_scene_of(scene, compute_traces(scene));
        QVERIFY2(!scene_caption(mixed, 0).contains(QStringLiteral("schedule")),
                 qPrintable(scene_caption(mixed, 0)));
        QCOMPARE(mixed.runs[0].label, QStringLiteral("start (−3, 4) · step schedule · S = 5"));
    }
};

QTEST_MAIN(DescentPanelTest)
#include "descent_panel_test.moc"
