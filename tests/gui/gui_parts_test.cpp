// The window's pure parts: number text, 1-2-5 stepping, legend labels, the step explanation
// and the path decimation, each checked with real numbers.
#include <QLineEdit>
#include <QTextDocument>
#include <QtTest>
#include <cmath>
#include <variant>

#include "gd/objective.hpp"
#include "gd/presets.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/run_spec.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/explanation_panel.hpp"
#include "gui/panels/log_slider.hpp"
#include "gui/panels/number_spin_box.hpp"
#include "gui/panels/step_explanation.hpp"
#include "gui/plot/convergence_binding.hpp"
#include "gui/plot/convergence_plot.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/descent_plot_binding.hpp"
#include "gui/plot/label_placement.hpp"
#include "gui/plot/path_overlap.hpp"
#include "gui/plot/step_caption.hpp"
#include "gui/text/display_text.hpp"

using namespace gdlab;

namespace {

gd::Objective objective(const char* text) {
    return std::get<gd::Objective>(gd::Objective::parse(text));
}

RunSpec spec(const Eigen::Vector2d& start, double lr, int iterations = 50) {
    RunSpec s;
    s.settings.start = start;
    gd::set_hyper_parameter(s.optimizer, "lr", lr);
    s.settings.max_iterations = iterations;
    return s;
}

QString plain(const QString& html) {
    QTextDocument doc;
    doc.setHtml(html);
    return without_word_joiners(doc.toPlainText()).simplified();  // as it reads and copies
}

}  // namespace

class GuiPartsTest : public QObject {
    Q_OBJECT
  private slots:
    // Every position of the learning rate's slider is a value of three significant digits
    // exactly, as the field then shows it (0.0038, never 0.0038000000000000004).
    // Where a path runs under one drawn above it: all of it on the same line, nothing where
    // they cross or run 20 pixels apart, and the stretch they share where one turns off.
    void sharedStretchesAreFoundInPixels() {
        const PathReach reach{4.0, [](int depth) { return 4.0 + 2.5 * depth; }};
        const PixelPath top{{10, 50}, {190, 50}};
        const auto covered = [&](const PixelPath& lower) {
            return covered_stretches({top, lower}, 200, 100, reach)[1];
        };
        const PixelPath same = covered({{10, 50}, {100, 50}, {190, 50}});
        QVERIFY(!same.empty());
        QVERIFY(std::abs(same.front().x() - 10) <= 1 && std::abs(same.back().x() - 190) <= 1);
        QVERIFY(covered({{100, 0}, {100, 100}}).empty());  // a crossing
        QVERIFY(covered({{10, 70}, {190, 70}}).empty());   // 20 pixels apart
        const PixelPath turning = covered({{10, 50}, {80, 50}, {80, 0}});
        QVERIFY(!turning.empty());
        QVERIFY(std::abs(turning.back().x() - 80) <= 1 && turning.back().y() >= 40);
        QVERIFY(std::none_of(turning.begin(), turning.end(),
                             [](const Eigen::Vector2d& p) { return p.y() < 40; }));
        // Pieces are separated by a NaN point; the first path is never covered.
        const auto both = covered_stretches(
            {top, {{10, 50}, {60, 50}, {60, 0}, {120, 0}, {120, 50}, {190, 50}}}, 200, 100, reach);
        QVERIFY(both[0].empty());
        QCOMPARE(std::count_if(both[1].begin(), both[1].end(),
                               [](const Eigen::Vector2d& p) { return std::isnan(p.x()); }),
                 1);
    }

    // Labels go beside their points, on the side they prefer when it is free, off every marker
    // and every other label; a label with no room stops the list.
    void labelsAvoidMarkersAndEachOther() {
        const QRectF area(0, 0, 400, 300);
        const QSizeF size(20, 14);
        LabelObstacles obstacles;
        const auto placed =
            place_labels({{{100, 100}, size, {1, 0}}, {{104, 100}, size, {1, 0}}}, obstacles, area);
        QCOMPARE(placed.size(), std::size_t{2});
        QVERIFY(placed[0].x() > 100);  // to the right, as preferred
        QRectF a(QPointF(0, 0), size);
        a.moveCenter(placed[0]);
        QRectF b(QPointF(0, 0), size);
        b.moveCenter(placed[1]);
        QVERIFY(!a.intersects(b));
        // A marker on the right sends the label elsewhere.
        obstacles.markers.push_back(QRectF(105, 80, 60, 40));
        const auto moved = place_labels({{{100, 100}, size, {1, 0}}}, obstacles, area);
        QCOMPARE(moved.size(), std::size_t{1});
        QVERIFY(moved[0].x() < 105);
        // Hemmed in on every side: no label, and none after it.
        obstacles.markers = {QRectF(0, 0, 400, 95), QRectF(0, 105, 400, 195), QRectF(0, 0, 95, 300),
                             QRectF(105, 0, 295, 300)};
        QVERIFY(
            place_labels({{{100, 100}, size, {1, 0}}, {{300, 200}, size, {1, 0}}}, obstacles, area)
                .empty());
    }

    // A label crossing an edge of its room moves in by as much as it crossed, along that axis
    // only; one wider than the room stays put along that axis.
    void aLabelIsKeptInsideItsRoom() {
        const QRectF room(10, 10, 100, 50);
        QCOMPARE(keep_inside(QRectF(0, 20, 30, 10), room), QRectF(10, 20, 30, 10));   // left
        QCOMPARE(keep_inside(QRectF(95, 20, 30, 10), room), QRectF(80, 20, 30, 10));  // right
        QCOMPARE(keep_inside(QRectF(40, 55, 30, 10), room), QRectF(40, 50, 30, 10));  // bottom
        QCOMPARE(keep_inside(QRectF(40, 5, 30, 10), room), QRectF(40, 10, 30, 10));   // top
        QCOMPARE(keep_inside(QRectF(40, 20, 30, 10), room), QRectF(40, 20, 30, 10));  // inside
        QCOMPARE(keep_inside(QRectF(0, 5, 120, 10), room), QRectF(0, 10, 120, 10));   // too wide
    }

    // The progress of a recompute never goes back: a short run finishing first left the sum
    // and the bar fell (19 % to 17 %).
    void theProgressNeverGoesBack() {
        Session session;
        RunSpec quick = spec({-1.2, 1.0}, 0.001, 2000);
        RunSpec slow = spec({-1.2, 1.0}, 0.001, 1'000'000);
        slow.settings.tolerance = 0.0;
        quick.settings.tolerance = 0.0;
        session.setScene(objective("(1 - x)^2 + 100*(y - x^2)^2"),
                         QStringLiteral("(1 - x)^2 + 100*(y - x^2)^2"), nullptr,
                         {quick, slow, quick, slow});
        double last = 0.0;
        int samples = 0;
        QElapsedTimer clock;
        clock.start();
        while (session.computing() && clock.elapsed() < 60'000) {
            const double now = session.progress();
            QVERIFY2(now >= last, qPrintable(QStringLiteral("%1 after %2").arg(now).arg(last)));
            last = now;
            ++samples;
            QTest::qWait(2);
        }
        QVERIFY(!session.computing());
        QCOMPARE(session.progress(), 1.0);
        QVERIFY(samples > 5);
    }

    void theLogSliderGivesShortValues() {
        LogSlider slider(1e-5, 10.0);
        for (int tick = slider.minimum(); tick <= slider.maximum(); ++tick) {
            slider.setValue(tick);
            const double v = slider.logValue();
            // Exactly: QCOMPARE would compare doubles fuzzily.
            QVERIFY2(v == QString::number(v, 'g', 3).toDouble(),
                     qPrintable(QString::number(v, 'g', 17)));
        }
    }

    // A view needs no window: given the session and the clock, it shows the runs and follows
    // the step on its own (the bowl from (−3, 4) at lr 0.1: x_k = 0.8^k·(−3, 4)).
    void viewsObserveTheSessionAndTheClockWithoutAWindow() {
        Session session;
        Animation clock;
        run_clock_over(clock, session);
        DescentPlot plot;
        plot.resize(600, 400);
        ConvergencePlot convergence;
        connect_to_session(plot, session, clock);
        connect_to_session(convergence, session, clock);
        ExplanationPanel explanation(session, clock);
        QVERIFY(session.waitUntilComputed());
        QCoreApplication::processEvents();
        QCOMPARE(clock.lastStep(), 51);
        QVERIFY(plot.path(0).trace() != nullptr);
        clock.setStep(2);
        QCOMPARE(plot.path(0).shownStep(), 2);
        QVERIFY2(plot.caption().startsWith(QStringLiteral("step 2   f = 10.24")),
                 qPrintable(plot.caption()));
        QVERIFY2(without_word_joiners(explanation.toPlainText())
                     .contains(QStringLiteral("x2 = (−1.92, 2.56)")),
                 qPrintable(explanation.toPlainText()));
        // A second run: each view shows it, without anyone telling them.
        QVERIFY(session.addRun());
        QCOMPARE(plot.runCount(), 2);
    }

    // Every preset's own scene fits the window's fields: Goldstein-Price's 5e-5 once did not,
    // and the field showed another learning rate than the run used.
    void everyPresetFitsTheWindowsRanges() {
        for (const gd::Preset& p : gd::presets()) {
            const auto problem = window_problem(spec_of(p));
            QVERIFY2(!problem, qPrintable(QString::fromStdString(std::string(p.name)) + ": " +
                                          (problem ? problem->message : QString())));
        }
    }

    void windowRangesNameTheFieldAndBringValuesIn() {
        RunSpec s;
        gd::set_hyper_parameter(s.optimizer, "lr", 20);
        QCOMPARE(window_problem(s)->option, std::string("--lr"));
        QCOMPARE(window_problem(s)->message,
                 QStringLiteral("the learning rate 20 is outside 1e−5 to 10"));
        gd::set_hyper_parameter(s.optimizer, "lr", 0.1);
        s.settings.start = {std::nan(""), 2e6};
        QCOMPARE(window_problem(s)->option, std::string("--start"));
        QStringList notes;
        const RunSpec fitted = fit_to_window(s, notes);
        QCOMPARE(fitted.settings.start.x(),
                 RunSpec{}.settings.start.x());  // not a number: the default
        QCOMPARE(fitted.settings.start.y(), kCoordinateLimit);
        QCOMPARE(notes.size(), 2);
        QVERIFY(!window_problem(fitted));
        // An h in range but too small beside the start is set to the default h.
        s = RunSpec{};
        s.settings.start = {9e5, 0};
        s.settings.gradient = {gd::GradientMode::numeric, 1e-12};
        notes.clear();
        QCOMPARE(fit_to_window(s, notes).settings.gradient.h, 1e-4);
        QVERIFY(notes.join(' ').contains(QStringLiteral("too small at the start point")));
    }

    void shortNumbers_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer") << 16.0 << QStringLiteral("16");
        QTest::newRow("negative") << -2.4 << QStringLiteral("−2.4");
        QTest::newRow("small") << 1e-5 << QStringLiteral("1e−5");
        QTest::newRow("large") << 2.5e10 << QStringLiteral("2.5e10");
        QTest::newRow("rounded") << 10.240000000000002 << QStringLiteral("10.24");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    }
    void shortNumbers() {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(short_number(value), text);
    }

    void oneTwoFiveSteps() {
        QCOMPARE(next_one_two_five(0.1, true), 0.2);
        QCOMPARE(next_one_two_five(0.2, true), 0.5);
        QCOMPARE(next_one_two_five(0.5, true), 1.0);
        QCOMPARE(next_one_two_five(0.1, false), 0.05);
        QCOMPARE(next_one_two_five(0.3, false), 0.2);
        QCOMPARE(next_one_two_five(0.3, true), 0.5);
        QCOMPARE(next_one_two_five(1e-5, false), 5e-6);
    }

    void spinBoxAcceptsScientificNotation() {
        NumberSpinBox box;
        box.setRange(0.0, 1.0);
        box.selectAll();
        QTest::keyClicks(&box, "2e-5");
        QCOMPARE(box.value(), 2e-5);
        QCOMPARE(box.text(), QStringLiteral("2e-5"));
        box.setSteps(NumberSpinBox::Steps::one_two_five);
        box.stepBy(1);
        QCOMPARE(box.value(), 5e-5);
    }

    void legendNamesWhatDiffers() {
        const std::vector<RunSpec> lrs = {spec({-3, 4}, 0.001), spec({-3, 4}, 0.1),
                                          spec({-3, 4}, 0.7)};
        QCOMPARE(legend_labels(lrs), QStringList({"lr = 0.001", "lr = 0.1", "lr = 0.7"}));
        const std::vector<RunSpec> starts = {spec({0.5, 0.5}, 0.01), spec({-1, -1}, 0.01)};
        QCOMPARE(legend_labels(starts), QStringList({"start (0.5, 0.5)", "start (−1, −1)"}));
        std::vector<RunSpec> both = {spec({1, 2}, 0.1), spec({1, 3}, 0.2)};
        both[1].settings.gradient.mode = gd::GradientMode::numeric;
        QCOMPARE(legend_labels(both),
                 QStringList({"start (1, 2) · lr = 0.1 · exact ∇f",
                              "start (1, 3) · lr = 0.2 · numeric ∇f, h = 0.0001"}));
        const std::vector<RunSpec> same = {spec({1, 2}, 0.1), spec({1, 2}, 0.1)};
        QCOMPARE(legend_labels(same), QStringList({"run 1", "run 2"}));
        const std::vector<RunSpec> one = {spec({1, 2}, 0.1)};
        QCOMPARE(legend_labels(one), QStringList({"lr = 0.1"}));
        // Copies among different runs are numbered apart.
        const std::vector<RunSpec> copies = {spec({1, 2}, 0.1), spec({1, 2}, 0.1),
                                             spec({1, 2}, 0.2)};
        QCOMPARE(legend_labels(copies),
                 QStringList({"lr = 0.1 · run 1", "lr = 0.1 · run 2", "lr = 0.2"}));
    }

    // Runs that differ in their learning-rate schedule are named by it (a warm-up only when
    // there is one); a hyper-parameter that only some of the optimizers have is named only
    // when the runs that have it disagree, else the optimizer's name implies it.
    void legendNamesSchedulesAndOptimizers() {
        std::vector<RunSpec> schedules = {spec({1, 2}, 0.1), spec({1, 2}, 0.1), spec({1, 2}, 0.1)};
        schedules[1].settings.schedule = *gd::make_schedule("step");
        gd::set_schedule_parameter(schedules[1].settings.schedule, "step_size", 20);
        schedules[2].settings.schedule = *gd::make_schedule("cosine");
        gd::set_schedule_parameter(schedules[2].settings.schedule, "warmup", 5);
        QCOMPARE(legend_labels(schedules),
                 QStringList({"constant schedule", "step schedule · W = 0 · S = 20",
                              "cosine schedule · W = 5"}));

        std::vector<RunSpec> methods = {spec({1, 2}, 0.1), spec({1, 2}, 0.1), spec({1, 2}, 0.1)};
        methods[1].optimizer = *gd::make_optimizer("adam");
        methods[2].optimizer = *gd::make_optimizer("rmsprop");
        gd::set_hyper_parameter(methods[2].optimizer, "lr", 0.01);
        QCOMPARE(legend_labels(methods), QStringList({"gradient descent · lr = 0.1",
                                                      "Adam · lr = 0.1", "RMSProp · lr = 0.01"}));
        methods[0].optimizer = *gd::make_optimizer("momentum");
        gd::set_hyper_parameter(methods[1].optimizer, "lr", 0.01);
        methods[2].optimizer = *gd::make_optimizer("momentum");
        gd::set_hyper_parameter(methods[2].optimizer, "momentum", 0.5);
        QCOMPARE(legend_labels(methods),
                 QStringList({"momentum · lr = 0.1 · β = 0.9", "Adam · lr = 0.01",
                              "momentum · lr = 0.1 · β = 0.5"}));
    }

    // A million-step run is drawn as a few thousand points per series, and the coordinates
    // view keeps its zig-zag: x_k = (-0.4)^k * (-3) on the bowl at lr 0.7 from (-3, 4).
    void theConvergencePlotDrawsLongRunsReducedAndKeepsTheirExtremes() {
        ConvergencePlot plot;
        plot.resize(600, 250);
        auto trace = std::make_shared<gd::Trace>();
        const int n = 1'000'001;
        trace->points.resize(n);
        for (int k = 0; k < n; ++k) {
            const double factor = std::pow(-0.4, std::min(k, 40));
            trace->points[static_cast<std::size_t>(k)] = {{-3.0 * factor, 4.0 * factor},
                                                          25.0 * factor * factor,
                                                          {-6.0 * factor, 8.0 * factor},
                                                          {0.0, 0.0}};
        }
        plot.setSeries({{trace, nullptr, Qt::blue, QStringLiteral("lr = 0.7")}});
        QVERIFY2(plot.drawnPointCount() <= 2 * 5 * static_cast<int>(ConvergencePlot::kBuckets),
                 qPrintable(QString::number(plot.drawnPointCount())));
        QVERIFY(plot.logScaleForF());
        plot.setView(ConvergenceView::coordinates);
        plot.setMinimum(Eigen::Vector2d(0.0, 0.0));
        QVERIFY(!plot.logScaleForF());
        // x_0 = -3 and x_1 = 1.2 are the extremes of x, y_0 = 4 and y_1 = -1.6 those of y:
        // the axis shows all four.
        QVERIFY(plot.yAxis->range().lower < -3.0 && plot.yAxis->range().upper > 4.0);
        // Zoomed to the first 10 steps, every step is drawn with its exact coordinate.
        plot.xAxis->setRange(0, 10);
        QTRY_VERIFY(plot.graph(0)->dataCount() >= 3 && plot.graph(0)->data()->at(2)->key == 2.0);
        QVERIFY(plot.graph(0)->dataCount() < 20);
        const auto data = plot.graph(0)->data();
        QCOMPARE(data->at(1)->key, 1.0);
        QCOMPARE(data->at(1)->value, 1.2);
        QCOMPARE(data->at(2)->value, -3.0 * 0.16);
        // A click picks the step under it.
        QSignalSpy picked(&plot, &ConvergencePlot::stepPicked);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QPoint at(static_cast<int>(plot.xAxis->coordToPixel(3.0)),
                        plot.axisRect()->center().y());
        QTest::mouseClick(&plot, Qt::LeftButton, {}, at);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.front().front().toInt(), 3);
    }

    // On the bowl each step multiplies the distance to the minimum by 1 - 2 lr: -0.4 at 0.7,
    // which jumps across it.
    void explainsTheFactorOnTheDistanceToTheMinimum() {
        const gd::Objective f = std::get<gd::Objective>(gd::Objective::parse("x^2 + y^2"));
        RunSpec s;
        s.settings.start = {-3, 4};
        gd::set_hyper_parameter(s.optimizer, "lr", 0.7);
        s.settings.max_iterations = 5;
        s.settings.tolerance = 0;
        const gd::Trace t = gd::run_descent(f, s);
        const QString across = plain(explain_step(f, t, s, 1, Eigen::Vector2d(0, 0)));
        QVERIFY2(across.contains("Distance to the minimum (0, 0): 2 → 0.8: the step jumped across "
                                 "it, multiplying the offset from the minimum by −0.4."),
                 qPrintable(across));
        gd::set_hyper_parameter(s.optimizer, "lr", 0.1);
        const gd::Trace slow = gd::run_descent(f, s);
        const QString creeps = plain(explain_step(f, slow, s, 0, Eigen::Vector2d(0, 0)));
        QVERIFY2(creeps.contains("5 → 4, a factor of 0.8."), qPrintable(creeps));
        QVERIFY(!plain(explain_step(f, slow, s, 0)).contains("Distance"));
    }

    // A run wandering over the whole view for a million steps (lr 0.7 on a wavy surface) moved
    // more than a pixel and a half at almost every step, and drawing it froze the window for
    // minutes: a path draws at most kMaxDrawnPoints points, whatever the run.
    void aWanderingMillionStepPathDrawsABoundedNumberOfPoints() {
        DescentPlot plot;
        plot.resize(800, 600);
        plot.setView({-5, 5, -5, 5});
        plot.replot(QCustomPlot::rpImmediateRefresh);
        auto trace = std::make_shared<gd::Trace>();
        trace->points.resize(1'000'001);
        std::uint64_t state = 12345;
        const auto next = [&state] {  // a small LCG: the same walk every time
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<double>(state >> 11) / 9007199254740992.0;
        };
        for (auto& p : trace->points)
            p = {{-5 + 10 * next(), -5 + 10 * next()}, 1.0, {0.0, 0.0}, {0.0, 0.0}};
        plot.setRunCount(1);
        plot.path(0).setTrace(trace);
        plot.showStep(1'000'000, true);
        QVERIFY2(plot.path(0).drawnPointCount() <= RunPath::kMaxDrawnPoints,
                 qPrintable(QString::number(plot.path(0).drawnPointCount())));
        QVERIFY(plot.path(0).drawnPointCount() > 0);
        QCOMPARE(plot.path(0).shownStep(), 1'000'000);
    }

    // The issue's own example: the bowl from (-2.4, 3.2) with lr 0.1.
    void explainsAStepAsATeacherWould() {
        const gd::Objective f = objective("x^2 + y^2");
        const RunSpec s = spec({-2.4, 3.2}, 0.1, 10);
        const gd::Trace t = gd::run_descent(f, s);
        const QString text = plain(explain_step(f, t, s, 0));
        QVERIFY2(text.contains("At x0 = (−2.4, 3.2), f = 16 and the gradient is ∇f = (−4.8, 6.4)"),
                 qPrintable(text));
        QVERIFY2(text.contains("Gradient descent (with g = ∇f): step = −lr·g = −0.1·(−4.8, 6.4) = "
                               "(0.48, −0.64)"),
                 qPrintable(text));
        QVERIFY2(text.contains("The new point is x1 = (−1.92, 2.56); f fell from 16 to 10.24"),
                 qPrintable(text));
    }

    // sqrt(x) + y^2 at lr 0.5 from (0.3, 1) steps to x < 0: "f = nan" meant nothing to a student.
    void aPointOutsideTheDomainIsExplainedAsUndefined() {
        const gd::Objective f = objective("sqrt(x) + y^2");
        const RunSpec s = spec({0.3, 1}, 0.5, 10);
        const gd::Trace t = gd::run_descent(f, s);
        QVERIFY(t.stop == gd::StopReason::undefined);
        const QString text = plain(explain_step(f, t, s, 1));
        QVERIFY2(text.contains("f = undefined and the gradient is ∇f = (undefined, 0)"),
                 qPrintable(text));
        QVERIFY2(!text.contains("nan"), qPrintable(text));
        // The heading above the plot too.
        QCOMPARE(step_caption(t, s, 1),
                 QStringLiteral("step 1   f = undefined") + DescentPlot::kCaptionSeparator +
                     QStringLiteral("stopped at step 1: f not defined there"));
    }

    void explainsTheNumericGradient() {
        const gd::Objective f = objective("x^2 + y^2");
        RunSpec s = spec({1, 2}, 0.1, 5);
        s.settings.gradient = {gd::GradientMode::numeric, 0.5};
        const gd::Trace t = gd::run_descent(f, s);
        const QString text = plain(explain_step(f, t, s, 0));
        // f(1.5, 2) = 6.25, f(0.5, 2) = 4.25: (6.25 − 4.25) / 1 = 2.
        QVERIFY2(text.contains("Numeric gradient with h = 0.5"), qPrintable(text));
        QVERIFY2(text.contains("∂f/∂x ≈ (f(x + h, y) − f(x − h, y)) / 2h = (6.25 − 4.25) / 1 = 2"),
                 qPrintable(text));
        QVERIFY2(text.contains("∂f/∂y ≈ (f(x, y + h) − f(x, y − h)) / 2h = (7.25 − 3.25) / 1 = 4"),
                 qPrintable(text));
    }

    void explainsWhyTheRunEnded() {
        const gd::Objective f = objective("x^2 + y^2");
        const RunSpec s = spec({-3, 4}, 1.1, 2000);
        const gd::Trace t = gd::run_descent(f, s);
        QCOMPARE(t.stop, gd::StopReason::diverged);
        const QString text = plain(explain_step(f, t, s, 100000));
        QVERIFY2(text.contains("The run ends here: diverged at step 623: |f| passed 1e100"),
                 qPrintable(text));
    }
};

QTEST_MAIN(GuiPartsTest)
#include "gui_parts_test.moc"
