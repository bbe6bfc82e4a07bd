// The window's pure parts: number text, 1-2-5 stepping, legend labels, the step explanation
// and the path decimation, each checked with real numbers.
#include <QLineEdit>
#include <QTextDocument>
#include <QtTest>
#include <cmath>
#include <variant>

#include "gd/objective.hpp"
#include "gd/presets.hpp"
#include "gui/number_spin_box.hpp"
#include "gui/number_text.hpp"
#include "gui/run_spec.hpp"
#include "gui/step_explanation.hpp"

using namespace gdlab;

namespace {

gd::Objective objective(const char* text) {
    return std::get<gd::Objective>(gd::Objective::parse(text));
}

RunSpec spec(const Eigen::Vector2d& start, double lr, int iterations = 50) {
    RunSpec s;
    s.start = start;
    s.learning_rate = lr;
    s.iterations = iterations;
    return s;
}

QString plain(const QString& html) {
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().simplified();
}

}  // namespace

class GuiPartsTest : public QObject {
    Q_OBJECT
  private slots:
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
        s.learning_rate = 20;
        QCOMPARE(window_problem(s)->field, RunField::learning_rate);
        QCOMPARE(window_problem(s)->message, QStringLiteral("the learning rate 20 is outside 1e−5 to 10"));
        s.learning_rate = 0.1;
        s.start = {std::nan(""), 2e6};
        QCOMPARE(window_problem(s)->field, RunField::start);
        QStringList notes;
        const RunSpec fitted = fit_to_window(s, notes);
        QCOMPARE(fitted.start.x(), RunSpec{}.start.x());  // not a number: the default
        QCOMPARE(fitted.start.y(), kCoordinateLimit);
        QCOMPARE(notes.size(), 2);
        QVERIFY(!window_problem(fitted));
        // An h in range but too small beside the start is set to the default h.
        s = RunSpec{};
        s.start = {9e5, 0};
        s.gradient = {gd::GradientMode::numeric, 1e-12};
        notes.clear();
        QCOMPARE(fit_to_window(s, notes).gradient.h, 1e-4);
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
        both[1].gradient.mode = gd::GradientMode::numeric;
        QCOMPARE(legend_labels(both),
                 QStringList({"start (1, 2) · lr = 0.1 · exact ∇f",
                              "start (1, 3) · lr = 0.2 · numeric ∇f, h = 0.0001"}));
        const std::vector<RunSpec> same = {spec({1, 2}, 0.1), spec({1, 2}, 0.1)};
        QCOMPARE(legend_labels(same), QStringList({"run 1", "run 2"}));
        const std::vector<RunSpec> one = {spec({1, 2}, 0.1)};
        QCOMPARE(legend_labels(one), QStringList({"lr = 0.1"}));
    }

    // The issue's own example: the bowl from (-2.4, 3.2) with lr 0.1.
    void explainsAStepAsATeacherWould() {
        const gd::Objective f = objective("x^2 + y^2");
        const RunSpec s = spec({-2.4, 3.2}, 0.1, 10);
        const gd::Trace t = gd::run_descent(f, optimizer_of(s), descent_settings(s));
        const QString text = plain(explain_step(f, t, s, 0));
        QVERIFY2(text.contains("At x0 = (−2.4, 3.2), f = 16 and the gradient is ∇f = (−4.8, 6.4)"),
                 qPrintable(text));
        QVERIFY2(text.contains("The step is −lr·∇f = −0.1·(−4.8, 6.4) = (0.48, −0.64)"),
                 qPrintable(text));
        QVERIFY2(text.contains("The new point is x1 = (−1.92, 2.56); f fell from 16 to 10.24"),
                 qPrintable(text));
    }

    void explainsTheNumericGradient() {
        const gd::Objective f = objective("x^2 + y^2");
        RunSpec s = spec({1, 2}, 0.1, 5);
        s.gradient = {gd::GradientMode::numeric, 0.5};
        const gd::Trace t = gd::run_descent(f, optimizer_of(s), descent_settings(s));
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
        const gd::Trace t = gd::run_descent(f, optimizer_of(s), descent_settings(s));
        QCOMPARE(t.stop, gd::StopReason::diverged);
        const QString text = plain(explain_step(f, t, s, 100000));
        QVERIFY2(text.contains("The run ends here: diverged at step 1256: |y| passed 1e100"),
                 qPrintable(text));
    }
};

QTEST_MAIN(GuiPartsTest)
#include "gui_parts_test.moc"
