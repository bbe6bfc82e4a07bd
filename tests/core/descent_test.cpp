#include "gd/descent.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "gd/grid.hpp"
#include "gd/run_setting.hpp"
#include "test_support.hpp"

namespace gd {
namespace {

using testing::objective;

Trace run(const char* f, const Eigen::Vector2d& start, double lr, int iters, double tol,
          GradientSettings gradient = {}) {
    DescentSettings s;
    s.start = start;
    s.max_iterations = iters;
    s.tolerance = tol;
    s.gradient = gradient;
    return run_descent(objective(f), GradientDescent{lr}, s);
}

void expect_relative(double actual, double expected, double tolerance) {
    EXPECT_NEAR(actual, expected, tolerance * std::fabs(expected)) << "expected " << expected;
}

// numpy prints arrays with 8 digits after the point ("-0.25769804", "3.42539446e-05"): the
// value must round to exactly what the notebook shows.
void expect_prints_as(double actual, const std::string& printed) {
    const double shown = std::stod(printed);
    const auto e = printed.find('e');
    const std::string mantissa = printed.substr(0, e);
    const auto decimals = mantissa.size() - mantissa.find('.') - 1;
    double unit = std::pow(10.0, -static_cast<double>(decimals));
    if (e != std::string::npos) unit *= std::pow(10.0, std::stod(printed.substr(e + 1)));
    EXPECT_LE(std::fabs(actual - shown), 0.5 * unit * (1 + 1e-9))
        << "computed " << actual << ", the notebook printed " << printed;
}

// The same descent in numpy: gradient_descent(function_2, init_x=[-3.0, 4.0], lr=0.1, step_num=100)
// with numerical_gradient (h = 1e-4). It prints x after update i + 1 for i = 0, 10, 20, ...
TEST(SeedNotebook, BowlFromMinusThreeFourReproduced) {
    const Trace t = run("x[0]**2 + x[1]**2", {-3, 4}, 0.1, 100, 0.0, {GradientMode::numeric, 1e-4});
    ASSERT_EQ(t.points.size(), 101U);
    EXPECT_EQ(t.stop, StopReason::max_iterations);
    EXPECT_EQ(t.iterations, 100);
    // Every line of the printout: "step: i x: [...]" shows the point after update i + 1.
    const char* printed[][2] = {{"-2.4", "3.2"},
                                {"-0.25769804", "0.34359738"},
                                {"-0.02767012", "0.03689349"},
                                {"-0.00297106", "0.00396141"},
                                {"-0.00031901", "0.00042535"},
                                {"-3.42539446e-05", "4.56719262e-05"},
                                {"-3.67798930e-06", "4.90398573e-06"},
                                {"-3.94921094e-07", "5.26561458e-07"},
                                {"-4.24043296e-08", "5.65391061e-08"},
                                {"-4.55313022e-09", "6.07084029e-09"}};
    for (std::size_t i = 0; i < 10; ++i) {
        expect_prints_as(t.points[10 * i + 1].x.x(), printed[i][0]);
        expect_prints_as(t.points[10 * i + 1].x.y(), printed[i][1]);
    }
    expect_relative(t.points[1].x.x(), -2.4, 1e-8);
    expect_relative(t.points[1].x.y(), 3.2, 1e-8);
    // The returned array([-6.11110793e-10, 8.14814391e-10]), to 1e-8 relative.
    expect_relative(t.points[100].x.x(), -6.11110793e-10, 1e-8);
    expect_relative(t.points[100].x.y(), 8.14814391e-10, 1e-8);
}

TEST(SeedNotebook, ExactGradientAgreesWithTheNumericOne) {
    const Trace t = run("x^2 + y^2", {-3, 4}, 0.1, 100, 0.0);
    // Exactly (1 - 2 lr)^k times the start.
    expect_relative(t.points[100].x.x(), -3 * std::pow(0.8, 100), 1e-12);
    expect_relative(t.points[100].x.y(), 4 * std::pow(0.8, 100), 1e-12);
}

// The seed article: at lr 0.7 the path passes the minimum at every step and still converges.
TEST(SeedArticle, HighLearningRateOscillatesAndConverges) {
    const Trace t = run("x^2 + y^2", {-3, 4}, 0.7, 50, 1e-5);
    ASSERT_GT(t.points.size(), 10U);
    for (std::size_t k = 1; k < t.points.size(); ++k) {
        EXPECT_LT(t.points[k].x.x() * t.points[k - 1].x.x(), 0.0) << "x kept its sign at " << k;
        EXPECT_LT(t.points[k].x.y() * t.points[k - 1].x.y(), 0.0) << "y kept its sign at " << k;
    }
    EXPECT_EQ(t.stop, StopReason::converged);
    EXPECT_LT(t.points.back().x.norm(), 1e-4);
}

// The seed article: a tiny learning rate returns far from the minimum.
TEST(SeedArticle, TinyLearningRateStallsFarFromTheMinimum) {
    const Trace t = run("x^2 + y^2", {10, 10}, 0.001, 50, 1e-5);
    EXPECT_EQ(t.stop, StopReason::max_iterations);
    EXPECT_EQ(t.iterations, 50);
    expect_relative(t.points.back().x.x(), 10 * std::pow(0.998, 50), 1e-12);
    EXPECT_NEAR(t.points.back().x.x(), 9.05, 0.01);
}

TEST(Tolerance, StopsBeforeASmallStepWithoutApplyingIt) {
    // Bowl at lr 0.1: the step is -0.2 x_k; the largest component is 0.8 * 0.8^k, which is at
    // most 1e-5 first for k = 51.
    const Trace t = run("x^2 + y^2", {-3, 4}, 0.1, 1000, 1e-5);
    EXPECT_EQ(t.stop, StopReason::converged);
    EXPECT_EQ(t.iterations, 51);
    EXPECT_EQ(t.points.size(), 52U);
    const Eigen::Vector2d next_step = -0.1 * t.points.back().gradient;
    EXPECT_LE(next_step.cwiseAbs().maxCoeff(), 1e-5);
    const Eigen::Vector2d last_step = t.points[51].x - t.points[50].x;
    EXPECT_GT(last_step.cwiseAbs().maxCoeff(), 1e-5);
}

TEST(Tolerance, ZeroNeverStopsEarly) {
    const Trace t = run("x^2 + y^2", {0, 0}, 0.1, 20, 0.0);
    EXPECT_EQ(t.stop, StopReason::max_iterations);
    EXPECT_EQ(t.points.size(), 21U);
}

TEST(Tolerance, EveryComponentMustBeSmall) {
    // y starts at the minimum, x far from it: the step in y is 0 but x still moves.
    const Trace t = run("x^2 + y^2", {5, 0}, 0.1, 3, 1e-3);
    EXPECT_EQ(t.stop, StopReason::max_iterations);
}

TEST(Divergence, LearningRatePastOneOnTheBowl) {
    // |x_k| = 5 * 1.2^k, so f = 25 * 1.44^k passes 1e100 first, at k = 623 (y only at 1257).
    const Trace t = run("x^2 + y^2", {-3, 4}, 1.1, 100000, 1e-5);
    EXPECT_EQ(t.stop, StopReason::diverged);
    const int expected = static_cast<int>(std::ceil(std::log(1e100 / 25) / std::log(1.44)));
    EXPECT_EQ(t.iterations, expected);
    EXPECT_EQ(t.diverged_quantity, "f");
    EXPECT_EQ(t.points.size(), static_cast<std::size_t>(expected) + 1);  // the last f is kept
    EXPECT_EQ(describe_stop(t, {}),
              "diverged at step " + std::to_string(expected) + ": |f| passed 1e100");
}

TEST(Divergence, AHugeFCountsThoughTheCoordinatesAreSmall) {
    // lr 5 on the bowl: the distance grows ninefold a step; f = 25 * 81^k reached 1.8e192
    // within 100 steps while |x|, |y| < 1e100 and was reported as the iteration limit.
    const Trace t = run("x^2 + y^2", {-3, 4}, 5, 100, 1e-5);
    EXPECT_EQ(t.stop, StopReason::diverged);
    EXPECT_EQ(t.diverged_quantity, "f");
    EXPECT_EQ(t.iterations, 52);  // 25 * 81^52 > 1e100 > 25 * 81^51
    EXPECT_GT(std::abs(t.diverged_value), 1e100);
}

// Outside the function's domain f is not defined: that is no divergence (it was "diverged",
// with -nan in the table).
TEST(Domain, UndefinedAtTheStart) {
    const Trace t = run("sqrt(x) + y^2", {-1, 1}, 0.1, 10, 1e-5);
    EXPECT_EQ(t.stop, StopReason::undefined);
    EXPECT_EQ(t.iterations, 0);
    EXPECT_EQ(t.diverged_quantity, "f");
    EXPECT_EQ(describe_stop(t, {}),
              "stopped at the start point: f is not defined at (-1, 1), outside the function's "
              "domain (for example the square root or the log of a negative number)");
}

TEST(Domain, LeavingTheDomainMidRun) {
    const Trace t = run("-ln(x)*0 + 5*x", {1, 0}, 0.3, 10, 0.0);
    // The gradient is 5 everywhere: x = 1, -0.5, ...; f = NaN at -0.5 (ln of a negative).
    EXPECT_EQ(t.stop, StopReason::undefined);
    EXPECT_EQ(t.iterations, 1);
    EXPECT_EQ(t.diverged_quantity, "f");
    EXPECT_EQ(to_string(t.stop), "undefined");
}

// An infinite f is still a divergence: past every bound, not outside the domain.
TEST(Domain, AnInfiniteValueIsADivergence) {
    const Trace t = run("1/x + y^2", {0, 1}, 0.1, 10, 1e-5);
    EXPECT_EQ(t.stop, StopReason::diverged);
}

Trace newton(const char* f, const Eigen::Vector2d& start) {
    DescentSettings s;
    s.start = start;
    return run_descent(objective(f), Newton{1.0}, s);
}

// Newton "converged" in one step onto the maximum of -(x^2 + y^2): the kind of point is said.
TEST(StationaryPoints, NewtonOnAMaximumSaysItIsAMaximum) {
    const Trace t = newton("-(x^2 + y^2)", {1, 2});
    EXPECT_EQ(t.stop, StopReason::converged);
    EXPECT_EQ(t.iterations, 1);
    EXPECT_EQ(t.stationary.kind, StationaryKind::maximum);
    EXPECT_EQ(t.stationary.eigenvalues, Eigen::Vector2d(-2, -2));
    EXPECT_EQ(describe_stop(t, {}),
              "converged after 1 step: every component of the next step is at most the "
              "tolerance 1e-5; the point is a maximum, not a minimum (the Hessian's eigenvalues -2 "
              "and -2 are both negative)");
}

// The plot's heading showed only "converged after 1 step": a student read it as a minimum found.
TEST(StationaryPoints, TheHeadlineKeepsWhatWouldMislead) {
    EXPECT_EQ(stop_headline(newton("-(x^2 + y^2)", {1, 2}), {}),
              "converged after 1 step, at a maximum");
    EXPECT_EQ(stop_headline(run("x^2 + y^2", {-3, 4}, 0.1, 100, 1e-5), {}),
              "converged after 51 steps");
    EXPECT_EQ(stop_headline(run("sqrt(x) + y^2", {0.3, 1}, 0.5, 10, 1e-5), {}),
              "stopped at step 1: f not defined there");
}

TEST(StationaryPoints, NewtonOnASaddleSaysItIsASaddle) {
    const Trace t = newton("x^2 - y^2", {1, 2});
    EXPECT_EQ(t.stop, StopReason::converged);
    EXPECT_EQ(t.stationary.kind, StationaryKind::saddle);
}

// x^3 + y^2 has an inflection at the origin: Newton halves x each step and stops at x = 1.5e-5,
// where the Hessian's signs alone say "minimum"; the curvature changes sign 0.001 away.
TEST(StationaryPoints, AnInflectionIsUndecided) {
    const Trace t = newton("x^3 + y^2", {1, 1});
    EXPECT_EQ(t.stop, StopReason::converged);
    EXPECT_EQ(t.iterations, 16);
    EXPECT_EQ(t.stationary.kind, StationaryKind::undecided);
}

TEST(StationaryPoints, AMinimumIsAMinimumAndSaysNoMore) {
    const Trace bowl = run("x^2 + y^2", {-3, 4}, 0.1, 100, 1e-5);
    EXPECT_EQ(bowl.stationary.kind, StationaryKind::minimum);
    EXPECT_EQ(describe_stop(bowl, {}).find("the point is"), std::string::npos);
    // Rosenbrock's minimum is long and narrow (eigenvalues 0.4 and 1002): still a minimum.
    const Trace banana = run("(1 - x)^2 + 100*(y - x^2)^2", {-1.2, 1}, 0.002, 20000, 1e-5);
    EXPECT_EQ(banana.stop, StopReason::converged);
    EXPECT_EQ(banana.stationary.kind, StationaryKind::minimum);
}

// exp's tail from (10, 10) "converged after 0 steps" at f = -1.4e-87, where the minimum is -1.
TEST(StationaryPoints, AVanishingSlopeFarFromAnyMinimumIsAPlateau) {
    const Trace t = run("-exp(-(x^2 + y^2))", {10, 10}, 0.1, 100, 1e-5);
    EXPECT_EQ(t.stop, StopReason::plateau);
    EXPECT_EQ(t.iterations, 0);
    const std::string said = "stopped on a plateau after 0 steps: |∇f| = 3.91e-86";
    EXPECT_EQ(describe_stop(t, {}).substr(0, said.size()), said);
}

// h = 1 on sin(2 pi x) + sin(2 pi y), whose period is 1: the central difference is 0 on every
// slope; |grad f| printed 1.1e-16 and the run "converged after 0 steps" where it is 5.44.
TEST(NumericGradient, AnHTooLargeToSeeTheSlopeIsNotConvergence) {
    DescentSettings s;
    s.start = {0.1, 0.2};
    s.gradient = {GradientMode::numeric, 1.0};
    const Trace t = run_descent(objective("sin(2*pi*x) + sin(2*pi*y)"), GradientDescent{0.1}, s);
    EXPECT_EQ(t.stop, StopReason::unresolved_gradient);
    EXPECT_EQ(t.iterations, 0);
    RunSpec spec;
    spec.settings = s;
    const std::string said =
        "stopped after 0 steps: the numeric gradient with h = 1 is 1.11e-16 here but 1.74 with "
        "h = 0.368: h is too large to see the slope of f";
    EXPECT_EQ(describe_stop(t, spec).substr(0, said.size()), said);
    // With the usual h the slope is seen and the descent goes on.
    s.gradient.h = 1e-4;
    const Trace fine = run_descent(objective("sin(2*pi*x) + sin(2*pi*y)"), GradientDescent{0.1}, s);
    EXPECT_NE(fine.stop, StopReason::unresolved_gradient);
    EXPECT_GT(fine.iterations, 0);
}

TEST(Cancel, StopsWithTheCancelledReason) {
    std::stop_source source;
    source.request_stop();
    DescentSettings s;
    const Trace t = run_descent(objective("x^2 + y^2"), GradientDescent{0.1}, s,
                                {.cancel = source.get_token()});
    EXPECT_EQ(t.stop, StopReason::cancelled);
    EXPECT_EQ(t.iterations, 0);
    EXPECT_EQ(t.points.size(), 1U);
}

TEST(Progress, ReportedEveryIntervalOfALongRun) {
    DescentSettings s;
    s.max_iterations = 3 * kProgressInterval + 5;
    s.tolerance = 0.0;
    std::vector<int> reports;
    const Trace t = run_descent(objective("x^2 + y^2"), GradientDescent{0.001}, s,
                                {.progress = [&](int done) { reports.push_back(done); }});
    EXPECT_EQ(t.stop, StopReason::max_iterations);
    const std::vector<int> expected = {kProgressInterval - 1, 2 * kProgressInterval - 1,
                                       3 * kProgressInterval - 1};
    EXPECT_EQ(reports, expected);
}

TEST(Trace, RecordsFAndTheGradientAtEveryPoint) {
    const Trace t = run("x^2 + 3*y", {1, 1}, 0.25, 2, 0.0);
    ASSERT_EQ(t.points.size(), 3U);
    EXPECT_DOUBLE_EQ(t.points[0].f, 4.0);
    EXPECT_DOUBLE_EQ(t.points[0].gradient.x(), 2.0);
    EXPECT_DOUBLE_EQ(t.points[0].gradient.y(), 3.0);
    EXPECT_DOUBLE_EQ(t.points[1].x.x(), 0.5);
    EXPECT_DOUBLE_EQ(t.points[1].x.y(), 0.25);
    EXPECT_DOUBLE_EQ(t.points[2].x.x(), 0.25);
    EXPECT_DOUBLE_EQ(t.points[2].x.y(), -0.5);
}

TEST(Trace, ZeroIterationsKeepsTheStart) {
    const Trace t = run("x^2 + y^2", {1, 2}, 0.1, 0, 1e-5);
    EXPECT_EQ(t.points.size(), 1U);
    EXPECT_EQ(t.stop, StopReason::max_iterations);
    EXPECT_EQ(describe_stop(t, RunSpec{{}, DescentSettings{{1, 2}, 0, 1e-5, {}, {}}}),
              "stopped at the 0-iteration limit");
}

// At the limit going the wrong way: lr = 1.1 on the bowl multiplies the distance by 1.2 a
// step, from (0, −5) (f = 25) to 5 · 1.2³ = 8.64 after 3 steps (f = 74.6496); the same limit
// on the way down says only the limit.
TEST(Trace, AtTheLimitGoingUpSaysSo) {
    const Trace up = run("x^2 + y^2", {0, -5}, 1.1, 3, 1e-5);
    EXPECT_EQ(up.stop, StopReason::max_iterations);
    EXPECT_EQ(describe_stop(up, RunSpec{{}, DescentSettings{{0, -5}, 3, 1e-5, {}, {}}}),
              "stopped at the 3-iteration limit, moving away: f rose from 25 to 74.6");
    const Trace down = run("x^2 + y^2", {0, -5}, 0.1, 3, 1e-5);
    EXPECT_EQ(describe_stop(down, RunSpec{{}, DescentSettings{{0, -5}, 3, 1e-5, {}, {}}}),
              "stopped at the 3-iteration limit");
}

// The table of run settings drives the check: for every row and coordinate, a value just past
// either end of its valid range is refused, naming that setting and that coordinate; the ends
// themselves are taken.
TEST(Settings, EveryRowOfTheTableIsCheckedByItsRange) {
    for (const RunSetting& r : kRunSettings) {
        EXPECT_EQ(&run_setting(r.id), &r) << r.describe.name;
        for (int c = 0; c < r.components; ++c) {
            const ValueRange& valid = r.describe.valid;
            DescentSettings s;
            if (r.numeric_gradient_only) s.gradient.mode = GradientMode::numeric;
            EXPECT_EQ(r.get(s, c), r.get(DescentSettings{}, c)) << r.describe.name;
            // A count is held in an int: one below is the nearest value it can hold.
            const double below = valid.min_open     ? valid.min
                                 : r.describe.whole ? valid.min - 1
                                                    : std::nextafter(valid.min, -1e300);
            r.set(s, c, below);
            ASSERT_TRUE(check_settings(s).has_value()) << r.describe.name << " " << below;
            EXPECT_EQ(check_settings(s)->setting, r.id);
            EXPECT_NE(check_settings(s)->message.find(std::string(component_label(r, c))),
                      std::string::npos)
                << check_settings(s)->message;
            r.set(s, c, std::numeric_limits<double>::quiet_NaN());
            EXPECT_EQ(check_settings(s)->setting, r.id) << r.describe.name << " NaN";
            if (valid.max != kUnbounded) {
                r.set(s, c, valid.max);
                EXPECT_FALSE(check_settings(s).has_value()) << r.describe.name << " at its max";
                r.set(s, c, r.describe.whole ? valid.max + 1 : std::nextafter(valid.max, 1e300));
                EXPECT_EQ(check_settings(s)->setting, r.id) << r.describe.name << " past its max";
            }
        }
    }
}

TEST(Settings, ChecksNameTheBadValue) {
    DescentSettings s;
    s.tolerance = -1;
    EXPECT_EQ(check_settings(s)->setting, Setting::tolerance);
    EXPECT_NE(check_settings(s)->message.find("tolerance"), std::string::npos);
    s = {};
    s.max_iterations = -5;
    EXPECT_EQ(check_settings(s)->setting, Setting::iterations);
    EXPECT_NE(check_settings(s)->message.find("iterations"), std::string::npos);
    s.max_iterations = kMaxIterations + 1;
    EXPECT_EQ(check_settings(s)->setting, Setting::iterations);
    s = {};
    s.start = {std::nan(""), 1.0};
    EXPECT_EQ(check_settings(s)->setting, Setting::start);
    // Found by the pipeline fuzzer: a start past the divergence limit ran as if it were not.
    s.start = {-1e308, 1e3};
    EXPECT_EQ(check_settings(s)->setting, Setting::start);
    EXPECT_EQ(check_settings(s)->message, "the start x must be between -1e100 and 1e100");
    s.start = {1e100, -1e100};
    EXPECT_FALSE(check_settings(s).has_value());
    s = {};
    s.gradient = {GradientMode::numeric, 0.0};
    EXPECT_EQ(check_settings(s)->setting, Setting::h);
    EXPECT_NE(check_settings(s)->message.find("step h"), std::string::npos);
    EXPECT_FALSE(check_settings(DescentSettings{}).has_value());
    EXPECT_EQ(check_optimizer(GradientDescent{-0.1})->message,
              "the learning rate must be a positive number");
    EXPECT_EQ(check_optimizer(GradientDescent{std::nan("")})->name, "lr");
}

// h = 1e-17 at (-3, 4): 4 + h == 4, so the numeric gradient was exactly 0 and the run
// "converged after 0 steps" at f = 25.
TEST(Settings, AnHThatVanishesBesideTheStartIsRefused) {
    DescentSettings s;
    s.gradient = {GradientMode::numeric, 1e-17};
    const auto problem = check_settings(s);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->setting, Setting::h);
    EXPECT_EQ(problem->message,
              "the finite-difference step h = 1e-17 is too small at the start point (-3, 4): "
              "x ± h rounds back to x there, so the gradient would be 0; h must be at least "
              "8.881784197001252e-16");
    // The smallest h it names works: both neighbours differ from the start.
    s.gradient.h = 8.881784197001252e-16;
    EXPECT_FALSE(check_settings(s).has_value());
    EXPECT_NE(4.0 + s.gradient.h, 4.0);
    EXPECT_NE(4.0 - s.gradient.h, 4.0);
    // At the origin any positive h is distinguishable.
    s.start = {0.0, 0.0};
    s.gradient.h = 1e-300;
    EXPECT_FALSE(check_settings(s).has_value());
}

TEST(Views, ChecksNameTheAxisAndRefuseWhatCannotBeSampled) {
    EXPECT_FALSE(check_rect({-5, 5, -5, 5}).has_value());
    EXPECT_FALSE(check_rect({-1e-160, 1e-160, -1e-160, 1e-160}).has_value());  // Matyas zoomed
    const auto wide = check_rect({-1e308, 1e308, -1, 1});                      // width overflows
    ASSERT_TRUE(wide.has_value());
    EXPECT_EQ(wide->axis, Axis::x);
    EXPECT_EQ(wide->message,
              "the x range -1e308,1e308 is too wide: its width is not a finite number");
    const auto narrow = check_rect({-1, 1, 1, 1 + 1e-12});
    ASSERT_TRUE(narrow.has_value());
    EXPECT_EQ(narrow->axis, Axis::y);
    EXPECT_NE(narrow->message.find("too narrow"), std::string::npos);
    EXPECT_TRUE(check_rect({0, 1e-310, 0, 1}).has_value());  // subnormal spacing
    EXPECT_EQ(check_rect({2, 1, 0, 1})->axis, Axis::x);
    EXPECT_EQ(check_rect({0, 1, 0, std::nan("")})->axis, Axis::y);
}

}  // namespace
}  // namespace gd
