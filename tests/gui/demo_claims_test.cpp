// What the captions of demos 7 to 11 promise, to the numbers they give. Each run of a demo's
// scene is computed here as the window computes it (gd::run_descent), every number the caption
// states is measured on it, and the caption must state that very number: a demo changed without
// its caption, or a caption without its demo, fails here. (Demos 1 to 6 are checked on the
// window's own runs in main_window_test.cpp, everyDemoLoadsFromTheMenu.)
#include <QtTest>
#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

#include "gd/descent.hpp"
#include "gui/model/demos.hpp"

using namespace gdlab;

namespace {

using V = Eigen::Vector2d;

// Demo n as the Demos menu numbers it (from 1).
const Demo& demo(int n) {
    return demos()[static_cast<std::size_t>(n - 1)];
}

// Every run of the demo, computed.
std::vector<gd::Trace> traces_of(const Demo& d) {
    std::vector<gd::Trace> traces;
    for (const gd::RunSpec& run : d.scene.runs)
        traces.push_back(gd::run_descent(d.scene.objective, run));
    return traces;
}

double distance(const gd::TracePoint& p, const V& target) {
    return (p.x - target).norm();
}

// The first k from which every point of the run is within `d` of `target`.
std::optional<int> settles_within(const gd::Trace& t, const V& target, double d) {
    std::optional<int> from;
    for (std::size_t k = 0; k < t.points.size(); ++k) {
        if (distance(t.points[k], target) >= d)
            from.reset();
        else if (!from)
            from = static_cast<int>(k);
    }
    return from;
}

// The first k at which the run is more than `d` away from the x axis.
std::optional<int> leaves_axis(const gd::Trace& t, double d) {
    for (std::size_t k = 0; k < t.points.size(); ++k) {
        if (std::fabs(t.points[k].x.y()) > d) return static_cast<int>(k);
    }
    return std::nullopt;
}

double closest_approach(const gd::Trace& t, const V& target) {
    double closest = INFINITY;
    for (const gd::TracePoint& p : t.points)
        closest = std::min(closest, distance(p, target));
    return closest;
}

bool is(const gd::RunSpec& run, std::string_view optimizer, double lr) {
    return gd::optimizer_name(run.optimizer) == optimizer && gd::learning_rate(run.optimizer) == lr;
}

}  // namespace

// Whether the demo's caption says `text`.
#define SAYS(d, text) \
    QVERIFY2((d).note.contains(QStringLiteral(text)), qPrintable((d).title + ": " + (text)))

class DemoClaimsTest : public QObject {
    Q_OBJECT

  private slots:
    void thereAreElevenDemos() { QCOMPARE(demos().size(), std::size_t{11}); }

    // Each demo plays at its own speed, and the whole of it (to the end of its longest run)
    // within 20 seconds of pressing play: 15 hops at 5 steps a second, Rosenbrock's 8808
    // steps at 500.
    void everyDemoPlaysOutWithin20Seconds() {
        for (const Demo& d : demos()) {
            QVERIFY2(d.scene.speed.has_value(), qPrintable(d.title));
            std::size_t longest = 0;
            for (const gd::Trace& t : traces_of(d))
                longest = std::max(longest, t.points.size() - 1);
            const double seconds = static_cast<double>(longest) / *d.scene.speed;
            QVERIFY2(seconds <= 20.0, qPrintable(QStringLiteral("%1: %2 steps at %3 a second")
                                                     .arg(d.title)
                                                     .arg(longest)
                                                     .arg(*d.scene.speed)));
        }
    }

    // A demo's runs end where it shows them: the end of a run is its point, and a run that
    // ran off the edge left the class looking at an empty corner. (A run that ends higher than
    // it started is diverging: leaving the view is what it shows.)
    void everyDemosRunsEndInItsView() {
        QStringList outside;
        for (const Demo& d : demos()) {
            const gd::Rect& v = d.scene.view;
            const auto traces = traces_of(d);
            for (std::size_t r = 0; r < traces.size(); ++r) {
                const gd::Trace& t = traces[r];
                if (t.stop == gd::StopReason::diverged || t.points.back().f > t.points.front().f)
                    continue;
                const V end = t.points.back().x;
                if (end.x() < v.x_min || end.x() > v.x_max || end.y() < v.y_min ||
                    end.y() > v.y_max)
                    outside << QStringLiteral("%1: run %2 ends at (%3, %4)")
                                   .arg(d.title)
                                   .arg(r + 1)
                                   .arg(end.x())
                                   .arg(end.y());
            }
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QStringLiteral("; "))));
    }

    // "from (−4.5, 0.5), both at lr = 0.02 … gradient descent … (x × 0.96 a step): … within
    // 0.01 of the minimum only from step 150. Momentum (β = 0.64) … its steps grow (the second
    // is 1.4 times the first) and it glides in, never passing the minimum, within 0.01 from
    // step 37."
    void demo7MomentumGlidesAlongTheValley() {
        const Demo& d = demo(7);
        QCOMPARE(d.scene.preset->name, std::string_view("ill-conditioned"));
        const auto& runs = d.scene.runs;
        QCOMPARE(runs.size(), std::size_t{2});
        QVERIFY(is(runs[0], "gd", 0.02) && is(runs[1], "momentum", 0.02));
        QVERIFY(*gd::hyper_parameter(runs[1].optimizer, "momentum") == 0.64);
        for (const gd::RunSpec& run : runs)
            QVERIFY(run.settings.start == V(-4.5, 0.5));
        QCOMPARE(d.scene.active_run, 1);
        SAYS(d, "(−4.5, 0.5)");
        SAYS(d, "lr = 0.02");
        SAYS(d, "β = 0.64");
        const auto t = traces_of(d);
        // Gradient descent: x × (1 − 2·lr) = 0.96 each step.
        for (std::size_t k = 1; k <= 20; ++k) {
            QVERIFY(std::fabs(t[0].points[k].x.x() / t[0].points[k - 1].x.x() - 0.96) < 1e-12);
        }
        SAYS(d, "x × 0.96 a step");
        QCOMPARE(settles_within(t[0], V(0, 0), 0.01), std::optional<int>(150));
        SAYS(d, "only from step 150");
        QCOMPARE(settles_within(t[1], V(0, 0), 0.01), std::optional<int>(37));
        SAYS(d, "within 0.01 from step 37");
        const auto step = [&t](std::size_t run, std::size_t k) {
            return (t[run].points[k + 1].x - t[run].points[k].x).norm();
        };
        QCOMPARE(std::round(step(1, 1) / step(1, 0) * 10) / 10, 1.4);
        SAYS(d, "1.4 times the first");
        QVERIFY(step(0, 1) < step(0, 0));  // gradient descent's has shrunk
        // β = 0.64 = (1 − √(2·lr))²: the double root of x's recurrence, so x never passes 0.
        for (const gd::TracePoint& p : t[1].points)
            QVERIFY(p.x.x() < 0.0);
        SAYS(d, "never passing the minimum");
        QVERIFY(std::fabs(std::pow(1 - std::sqrt(2 * 0.02), 2) - 0.64) < 1e-12);
    }

    // "from (−2.5, 0.001) … gradient descent … lingers 27 steps within 0.5 of it and is 1 away
    // from the axis only at step 38 … Adam and RMSProp … at steps 11 and 17, and never come
    // nearer the saddle than 1.7 … RMSProp … lr = 0.01 … first step 10·lr"
    void demo8AdaptiveStepsEscapeTheSaddle() {
        const Demo& d = demo(8);
        QCOMPARE(d.scene.preset->name, std::string_view("saddle"));
        const auto& runs = d.scene.runs;
        QCOMPARE(runs.size(), std::size_t{3});
        QVERIFY(is(runs[0], "gd", 0.1) && is(runs[1], "adam", 0.1) && is(runs[2], "rmsprop", 0.01));
        for (const gd::RunSpec& run : runs)
            QVERIFY(run.settings.start == V(-2.5, 0.001));
        SAYS(d, "(−2.5, 0.001)");
        const auto t = traces_of(d);
        int near = 0;
        for (const gd::TracePoint& p : t[0].points)
            near += distance(p, V(0, 0)) < 0.5 ? 1 : 0;
        QCOMPARE(near, 27);
        SAYS(d, "27 steps within 0.5");
        QCOMPARE(leaves_axis(t[0], 1.0), std::optional<int>(38));
        SAYS(d, "step 38");
        QCOMPARE(leaves_axis(t[1], 1.0), std::optional<int>(11));
        QCOMPARE(leaves_axis(t[2], 1.0), std::optional<int>(17));
        SAYS(d, "steps 11 and 17");
        QVERIFY(closest_approach(t[1], V(0, 0)) > 1.7);
        QVERIFY(closest_approach(t[2], V(0, 0)) > 1.7);
        QVERIFY(closest_approach(t[1], V(0, 0)) < 1.8);  // "1.7" is the nearer one, rounded
        SAYS(d, "than 1.7");
        // RMSProp's first step: lr·g/(√((1 − α)·g²) + ε) = lr/√0.01 in each coordinate, but
        // for ε (1e−8 beside √s = 2e−4 across).
        const V first = t[2].points[1].x - t[2].points[0].x;
        QVERIFY(std::fabs(std::fabs(first.x()) - 0.1) < 1e-5);
        QVERIFY(std::fabs(std::fabs(first.y()) - 0.1) < 1e-5);
        SAYS(d, "10·lr");
        SAYS(d, "lr = 0.01");
    }

    // "within 0.01 of (1, 1): momentum after 1027 steps, Nesterov after 1065, Adam (lr = 0.02
    // …) after 2530; gradient descent, at the momentum methods' lr = 0.001, is still 0.33 away
    // after 3000"; none diverges.
    void demo9RosenbrockRace() {
        const Demo& d = demo(9);
        QCOMPARE(d.scene.preset->name, std::string_view("rosenbrock"));
        const auto& runs = d.scene.runs;
        QCOMPARE(runs.size(), std::size_t{4});
        QVERIFY(is(runs[0], "gd", 0.001) && is(runs[1], "momentum", 0.001) &&
                is(runs[2], "nesterov", 0.001) && is(runs[3], "adam", 0.02));
        for (const gd::RunSpec& run : runs) {
            QVERIFY(run.settings.start == V(-1.2, 1));
            QCOMPARE(run.settings.max_iterations, 3000);
        }
        SAYS(d, "(−1.2, 1)");
        const auto t = traces_of(d);
        for (const gd::Trace& trace : t)
            QVERIFY(trace.stop != gd::StopReason::diverged);
        QCOMPARE(settles_within(t[1], V(1, 1), 0.01), std::optional<int>(1027));
        QCOMPARE(settles_within(t[2], V(1, 1), 0.01), std::optional<int>(1065));
        QCOMPARE(settles_within(t[3], V(1, 1), 0.01), std::optional<int>(2530));
        SAYS(d, "momentum after 1027 steps, Nesterov after 1065");
        SAYS(d, "after 2530");
        SAYS(d, "lr = 0.02");
        SAYS(d, "lr = 0.001");
        QCOMPARE(t[0].stop, gd::StopReason::max_iterations);
        QCOMPARE(std::round(distance(t[0].points.back(), V(1, 1)) * 100) / 100, 0.33);
        SAYS(d, "0.33 away after 3000");
    }

    // "from (−2.5, 0.2) one Newton step lands exactly on the saddle (0, 0) … and stays …
    // gradient descent … f = −6.6 after 14 steps … on the bowl x² + y² the same one step lands
    // on the minimum"
    void demo10NewtonJumpsToTheSaddle() {
        const Demo& d = demo(10);
        QCOMPARE(d.scene.preset->name, std::string_view("saddle"));
        const auto& runs = d.scene.runs;
        QCOMPARE(runs.size(), std::size_t{2});
        QVERIFY(is(runs[0], "gd", 0.1) && is(runs[1], "newton", 1.0));
        QCOMPARE(d.scene.active_run, 1);
        for (const gd::RunSpec& run : runs)
            QVERIFY(run.settings.start == V(-2.5, 0.2));
        SAYS(d, "(−2.5, 0.2)");
        const auto t = traces_of(d);
        QCOMPARE(t[1].points.size(), std::size_t{2});  // the start and the saddle
        QVERIFY(t[1].points[1].x == V(0, 0));          // exactly
        QVERIFY(t[1].points[1].gradient == V(0, 0));
        QCOMPARE(t[1].stop, gd::StopReason::converged);  // its next step is 0: it stays
        SAYS(d, "one step");
        SAYS(d, "(0, 0)");
        QCOMPARE(t[0].iterations, 14);
        QCOMPARE(std::round(t[0].points.back().f * 10) / 10, -6.6);
        SAYS(d, "f = −6.6 after 14 steps");
        // The same step on the bowl, from its start: on the minimum, exactly, in one step.
        auto bowl = gd::Objective::parse("x^2 + y^2");
        QVERIFY(std::holds_alternative<gd::Objective>(bowl));
        gd::RunSpec on_bowl = runs[1];
        on_bowl.settings.start = V(-3, 4);
        const gd::Trace b = gd::run_descent(std::get<gd::Objective>(bowl), on_bowl);
        QCOMPARE(b.points.size(), std::size_t{2});
        QVERIFY(b.points[1].x == V(0, 0));
        SAYS(d, "x² + y²");
    }

    // "lr = 0.099 … y by 1 − 20·lr = −0.98 … at a constant rate … still 0.24 from the minimum
    // after 100 steps. Step decay halves the rate every 20 steps: from step 21 the factor is
    // 1 − 20·0.0495 = 0.01 … within 0.01 of the minimum for good at step 37"
    void demo11ADecayingRateSettles() {
        const Demo& d = demo(11);
        QCOMPARE(d.scene.preset->name, std::string_view("ill-conditioned"));
        const auto& runs = d.scene.runs;
        QCOMPARE(runs.size(), std::size_t{2});
        for (const gd::RunSpec& run : runs) {
            QVERIFY(is(run, "gd", 0.099));
            QCOMPARE(run.settings.max_iterations, 100);
        }
        QCOMPARE(gd::schedule_name(runs[0].settings.schedule), std::string_view("constant"));
        QCOMPARE(gd::schedule_name(runs[1].settings.schedule), std::string_view("step"));
        QVERIFY(*gd::schedule_parameter(runs[1].settings.schedule, "step_size") == 20);
        QVERIFY(*gd::schedule_parameter(runs[1].settings.schedule, "gamma") == 0.5);
        QCOMPARE(d.scene.active_run, 1);
        SAYS(d, "lr = 0.099");
        SAYS(d, "every 20 steps");
        const auto t = traces_of(d);
        // y's factor per step: −0.98 at the constant rate (every step), and for the decayed run
        // up to step 20; 0.01 from step 21.
        const auto factor = [&t](std::size_t run, std::size_t k) {
            return t[run].points[k].x.y() / t[run].points[k - 1].x.y();
        };
        for (std::size_t k = 1; k <= 20; ++k) {
            QVERIFY(std::fabs(factor(0, k) + 0.98) < 1e-9);
            QVERIFY(std::fabs(factor(1, k) + 0.98) < 1e-9);
        }
        for (std::size_t k = 21; k <= 40; ++k) {
            QVERIFY(std::fabs(factor(0, k) + 0.98) < 1e-9);
            QVERIFY(std::fabs(factor(1, k) - 0.01) < 1e-9);
        }
        SAYS(d, "= −0.98");
        SAYS(d, "from step 21 the factor is 1 − 20·0.0495 = 0.01");
        QCOMPARE(t[0].stop, gd::StopReason::max_iterations);
        QCOMPARE(std::round(distance(t[0].points.back(), V(0, 0)) * 100) / 100, 0.24);
        SAYS(d, "still 0.24 from the minimum after 100 steps");
        QCOMPARE(settles_within(t[1], V(0, 0), 0.01), std::optional<int>(37));
        SAYS(d, "for good at step 37");
    }
};

QTEST_APPLESS_MAIN(DemoClaimsTest)
#include "demo_claims_test.moc"
