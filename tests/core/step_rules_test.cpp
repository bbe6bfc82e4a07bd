// Each step rule's first updates against numbers worked out by hand, the equivalences that must
// hold exactly, Newton's singular Hessians, and the replayed state and anatomy of a run.
#include <gtest/gtest.h>

#include <cmath>

#include "gd/descent.hpp"
#include "gd/optimizer.hpp"
#include "gd/run_replay.hpp"
#include "test_support.hpp"

namespace gd {
namespace {

using testing::objective;

// A run of `o` on f for `iterations` updates that never stops early.
Trace run(std::string_view f, const Optimizer& o, Eigen::Vector2d start, int iterations,
          Schedule schedule = {}) {
    DescentSettings s;
    s.start = start;
    s.max_iterations = iterations;
    s.tolerance = 0.0;
    s.schedule = schedule;
    return run_descent(objective(f), RunSpec{o, s});
}

void expect_point(const Trace& t, std::size_t k, double x, double y, double tol = 1e-15) {
    ASSERT_LT(k, t.points.size());
    EXPECT_NEAR(t.points[k].x.x(), x, tol) << "x at point " << k;
    EXPECT_NEAR(t.points[k].x.y(), y, tol) << "y at point " << k;
}

// On the bowl x² + y² from (−3, 4), g = (−6, 8) at the start.
constexpr std::string_view kBowl = "x^2 + y^2";
const Eigen::Vector2d kStart{-3.0, 4.0};

TEST(StepRules, MomentumCarriesTheVelocity) {
    // v1 = g0 = (−6, 8), x1 = (−2.4, 3.2); g1 = (−4.8, 6.4),
    // v2 = 0.9·(−6, 8) + (−4.8, 6.4) = (−10.2, 13.6), x2 = x1 − 0.1·v2 = (−1.38, 1.84).
    const Trace t = run(kBowl, Momentum{0.1, 0.9}, kStart, 2);
    expect_point(t, 1, -2.4, 3.2);
    expect_point(t, 2, -1.38, 1.84);
}

TEST(StepRules, NesterovAddsTheGradientAtTheLookAhead) {
    // v1 = (−6, 8); u1 = −0.1·(g0 + 0.9·v1) = −0.1·(−11.4, 15.2) = (1.14, −1.52).
    const Trace t = run(kBowl, Nesterov{0.1, 0.9}, kStart, 1);
    expect_point(t, 1, -1.86, 2.48);
}

TEST(StepRules, AdaGradStepsAboutLrInEveryCoordinate) {
    // s1 = (36, 64), u1 = −0.1·g/(√s + 1e-10) = (0.1, −0.1) up to ε; then s2 = s1 + g1².
    const Trace t = run(kBowl, AdaGrad{0.1, 1e-10}, kStart, 2);
    expect_point(t, 1, -2.9, 3.9, 1e-11);
    // g1 = (−5.8, 7.8), s2 = (36 + 33.64, 64 + 60.84), u2 = −0.1·g1/√s2.
    EXPECT_NEAR(t.points[2].x.x(), -2.9 + 0.58 / std::sqrt(69.64), 1e-11);
    EXPECT_NEAR(t.points[2].x.y(), 3.9 - 0.78 / std::sqrt(124.84), 1e-11);
}

TEST(StepRules, RMSPropDividesByTheRootMeanSquare) {
    // s1 = 0.01·(36, 64) = (0.36, 0.64), √s1 = (0.6, 0.8): u1 = −0.1·(−6, 8)/(0.6, 0.8) = (1, −1).
    const Trace t = run(kBowl, RMSProp{0.1, 0.99, 1e-8}, kStart, 1);
    expect_point(t, 1, -2.0, 3.0, 1e-7);
}

TEST(StepRules, AdamsFirstStepIsLrInEveryCoordinate) {
    // m1 = 0.1·g, s1 = 0.001·g²; corrected m̂ = g, ŝ = g²: u1 = −lr·g/(|g| + ε) = (0.1, −0.1).
    const Trace t = run(kBowl, Adam{0.1, 0.9, 0.999, 1e-8}, kStart, 1);
    expect_point(t, 1, -2.9, 3.9, 1e-9);
    // Different β1: the first step is still lr per coordinate, as bias correction promises.
    const Trace t2 = run(kBowl, Adam{0.1, 0.5, 0.999, 1e-8}, kStart, 1);
    expect_point(t2, 1, -2.9, 3.9, 1e-9);
}

TEST(StepRules, AdamWAddsADecoupledDecay) {
    // Adam's (0.1, −0.1) minus lr·λ·x0 = 0.1·0.01·(−3, 4) = (−0.003, 0.004).
    const Trace t = run(kBowl, AdamW{0.1, 0.9, 0.999, 1e-8, 0.01}, kStart, 1);
    expect_point(t, 1, -3.0 + 0.103, 4.0 - 0.104, 1e-9);
}

TEST(StepRules, NewtonLandsOnAQuadraticsCentreInOneStep) {
    const Trace bowl = run(kBowl, Newton{}, kStart, 1);
    expect_point(bowl, 1, 0.0, 0.0);
    // x² + 4y² + xy: H = [2 1; 1 8], centre (0, 0).
    const Trace tilted = run("x^2 + 4*y^2 + x*y", Newton{}, {1.0, 1.0}, 1);
    expect_point(tilted, 1, 0.0, 0.0, 1e-15);
    // Damped: half the way.
    const Trace half = run(kBowl, Newton{0.5}, kStart, 1);
    expect_point(half, 1, -1.5, 2.0);
}

TEST(StepRules, NewtonHeadsForTheSaddle) {
    // x² − y²: H = diag(2, −2) is not definite; the model's centre is the saddle (0, 0).
    const Trace t = run("x^2 - y^2", Newton{}, {1.0, 0.5}, 1);
    expect_point(t, 1, 0.0, 0.0);
}

TEST(StepRules, NewtonInNumericModeUsesCentralDifferences) {
    DescentSettings s;
    s.start = {1.0, 1.0};
    s.max_iterations = 1;
    s.tolerance = 0.0;
    s.gradient.mode = GradientMode::numeric;
    const Trace t = run_descent(objective("x^2 + 4*y^2 + x*y"), RunSpec{Newton{}, s});
    expect_point(t, 1, 0.0, 0.0, 1e-6);
}

TEST(StepRules, NewtonStopsWhereTheHessianIsSingular) {
    // x²: H = [2 0; 0 0], singular in y.
    const Trace t = run("x^2", Newton{}, {1.0, 2.0}, 10);
    EXPECT_EQ(t.stop, StopReason::singular_hessian);
    EXPECT_EQ(t.iterations, 0);
    ASSERT_EQ(t.points.size(), 1u);
    EXPECT_TRUE(std::isnan(t.points[0].step.x()));
    EXPECT_EQ(describe_stop(t, RunSpec{Newton{}, DescentSettings{}}),
              "stopped after 0 steps: the Hessian at (1, 2) cannot be inverted (det H = 0), so "
              "there is no Newton step");
    EXPECT_EQ(to_string(t.stop), "singular_hessian");
    // Nearly singular: det H = 4e-20 ≤ 1e-14·‖H‖² = 4e-14, and H⁻¹g would be rounding noise.
    const Trace nearly = run("x^2 + 1e-20*y^2", Newton{}, {1.0, 2.0}, 10);
    EXPECT_EQ(nearly.stop, StopReason::singular_hessian);
    // A flat plane: H = 0.
    const Trace plane = run("x + 2*y", Newton{}, {0.5, 0.5}, 10);
    EXPECT_EQ(plane.stop, StopReason::singular_hessian);
    // Not singular where H only shrinks: on x³ + y² from (1, 1) Newton halves x each step
    // (u_x = −3x²/6x), so H = diag(6x, 2) stays invertible and the run reaches its limit.
    const Trace cubic = run("x^3 + y^2", Newton{}, {1.0, 1.0}, 5);
    EXPECT_EQ(cubic.stop, StopReason::max_iterations);
    expect_point(cubic, 1, 0.5, 0.0);
}

// Equivalences that hold to the last bit.
TEST(StepRules, MomentumWithoutMomentumIsGradientDescent) {
    const Trace a = run("x^2 + 10*y^2", Momentum{0.05, 0.0}, {-4.0, 1.0}, 50);
    const Trace b = run("x^2 + 10*y^2", GradientDescent{0.05}, {-4.0, 1.0}, 50);
    ASSERT_EQ(a.points.size(), b.points.size());
    for (std::size_t k = 0; k < a.points.size(); ++k)
        EXPECT_EQ(a.points[k].x, b.points[k].x) << k;
}

TEST(StepRules, AdamWWithoutDecayIsAdam) {
    const std::string_view rosenbrock = "(1 - x)^2 + 100*(y - x^2)^2";
    const Trace a = run(rosenbrock, AdamW{0.01, 0.9, 0.999, 1e-8, 0.0}, {-1.2, 1.0}, 200);
    const Trace b = run(rosenbrock, Adam{0.01, 0.9, 0.999, 1e-8}, {-1.2, 1.0}, 200);
    ASSERT_EQ(a.points.size(), b.points.size());
    for (std::size_t k = 0; k < a.points.size(); ++k)
        EXPECT_EQ(a.points[k].x, b.points[k].x) << k;
}

// On f = c·x², Nesterov is linear: (x_k, v_k) = M·(x_{k−1}, v_{k−1}) with
// v_k = β·v + 2c·x and x_k = x − lr·(2c·x + β·v_k), so (x_k, v_k) = M^k·(x_0, 0).
TEST(StepRules, NesterovOnAQuadraticMatchesItsClosedForm) {
    const double lr = 0.05;
    const double beta = 0.9;
    for (const double c : {1.0, 10.0}) {
        const double a = 2.0 * c;
        Eigen::Matrix2d m;
        m << 1.0 - lr * a - lr * beta * a, -lr * beta * beta, a, beta;
        const Trace t = run(c == 1.0 ? "x^2" : "10*x^2", Nesterov{lr, beta}, {-4.0, 0.0}, 60);
        Eigen::Matrix2d power = Eigen::Matrix2d::Identity();
        for (std::size_t k = 0; k < t.points.size(); ++k) {
            const Eigen::Vector2d expected = power * Eigen::Vector2d(-4.0, 0.0);
            EXPECT_NEAR(t.points[k].x.x(), expected.x(), 1e-12 * (1.0 + std::fabs(expected.x())))
                << "c = " << c << ", k = " << k;
            power = m * power;
        }
    }
}

// The replayed state is the run's: momentum's v after two updates is (−10.2, 13.6).
TEST(RunReplays, GiveTheStateAfterEachUpdate) {
    const Objective f = objective(kBowl);
    DescentSettings s;
    s.start = kStart;
    s.max_iterations = 5;
    s.tolerance = 0.0;
    const RunSpec spec{Momentum{0.1, 0.9}, s};
    const Trace t = run_descent(f, spec);
    RunReplay replay(f, spec, t);
    auto state = replay.state_after(2);
    ASSERT_EQ(state.size(), 1u);
    EXPECT_EQ(state[0].first, "v");
    EXPECT_NEAR(state[0].second.x(), -10.2, 1e-14);
    EXPECT_NEAR(state[0].second.y(), 13.6, 1e-14);
    // Back to update 1 replays from the start.
    state = replay.state_after(1);
    EXPECT_EQ(state[0].second, Eigen::Vector2d(-6.0, 8.0));
    // Adam names m and s; gd and Newton have no state.
    EXPECT_EQ(state_names(Adam{}).size(), 2u);
    EXPECT_TRUE(state_names(GradientDescent{}).empty());
    EXPECT_TRUE(state_names(Newton{}).empty());
}

// Numbers in the anatomies' arithmetic; the tests read the vectors, not the text.
std::string exact(double v) {
    return std::to_string(v);
}

// Every anatomy's step is the very step the run recorded, for every optimizer, and its parts
// add up to it.
TEST(RunReplays, TakeEachUpdateApartIntoItsParts) {
    const Objective f = objective("x^2 + 10*y^2");
    for (const auto name : optimizer_names()) {
        SCOPED_TRACE(name);
        DescentSettings s;
        s.start = {-4.0, 1.0};
        s.max_iterations = 8;
        s.tolerance = 0.0;
        Optimizer o = *make_optimizer(name);
        if (name != "newton") set_hyper_parameter(o, "lr", 0.02);
        const RunSpec spec{o, s};
        const Trace t = run_descent(f, spec);
        RunReplay replay(f, spec, t);
        for (std::size_t k = 0; k < t.points.size(); ++k) {
            const auto a = replay.anatomy_at(k, exact);
            ASSERT_TRUE(a.has_value()) << k;
            EXPECT_EQ(a->step, t.points[k].step) << k;
            EXPECT_FALSE(a->arithmetic.empty());
            if (a->velocity_step) {
                EXPECT_NEAR((*a->velocity_step + a->gradient_step - a->step).norm(), 0.0, 1e-15);
            }
        }
    }
}

TEST(RunReplays, ShowEachRulesParts) {
    const Objective f = objective(kBowl);
    DescentSettings s;
    s.start = kStart;
    s.max_iterations = 3;
    s.tolerance = 0.0;
    auto anatomy = [&](const Optimizer& o, std::size_t k) {
        const RunSpec spec{o, s};
        const Trace t = run_descent(f, spec);
        RunReplay replay(f, spec, t);
        return *replay.anatomy_at(k, exact);
    };
    // Momentum at point 1: velocity share −lr·β·v1 = −0.1·0.9·(−6, 8) = (0.54, −0.72).
    const StepAnatomy m = anatomy(Momentum{0.1, 0.9}, 1);
    ASSERT_TRUE(m.velocity_step.has_value());
    EXPECT_NEAR(m.velocity_step->x(), 0.54, 1e-15);
    EXPECT_NEAR(m.velocity_step->y(), -0.72, 1e-15);
    EXPECT_FALSE(m.look_ahead.has_value());
    EXPECT_EQ(m.arithmetic.front().rfind("v = β·v + g = ", 0), 0u) << m.arithmetic.front();
    // Nesterov at the start: v1 = g0, look-ahead x0 − lr·β·v1 = (−3, 4) + (0.54, −0.72).
    const StepAnatomy n = anatomy(Nesterov{0.1, 0.9}, 0);
    ASSERT_TRUE(n.look_ahead.has_value());
    EXPECT_NEAR(n.look_ahead->x(), -2.46, 1e-15);
    EXPECT_NEAR(n.look_ahead->y(), 3.28, 1e-15);
    // Adam's first step sizes: lr/(√ŝ + ε) with ŝ = g²: 0.1/(6 + ε) and 0.1/(8 + ε).
    const StepAnatomy a = anatomy(Adam{}, 0);
    ASSERT_TRUE(a.effective_rate.has_value());
    EXPECT_NEAR(a.effective_rate->x(), 0.1 / (6.0 + 1e-8), 1e-15);
    EXPECT_NEAR(a.effective_rate->y(), 0.1 / (8.0 + 1e-8), 1e-15);
    EXPECT_NEAR(a.scaled_direction->x(), -6.0, 1e-12);  // m̂ = g at the first update
    // AdamW's decay −lr·λ·x.
    const StepAnatomy w = anatomy(AdamW{}, 0);
    ASSERT_TRUE(w.decay_step.has_value());
    EXPECT_NEAR(w.decay_step->x(), 0.003, 1e-15);
    // Newton: H = 2I, centre (0, 0).
    const StepAnatomy h = anatomy(Newton{}, 0);
    ASSERT_TRUE(h.hessian.has_value() && h.model_centre.has_value());
    EXPECT_EQ(*h.hessian, Eigen::Matrix2d(2.0 * Eigen::Matrix2d::Identity()));
    EXPECT_NEAR(h.model_centre->norm(), 0.0, 1e-15);
}

// Where the run stopped for want of a usable f, there is no update to take apart; Newton's
// refusal at a singular Hessian is explained.
TEST(RunReplays, ExplainNewtonsRefusalButNotADivergedPoint) {
    DescentSettings s;
    s.start = {-3.0, 4.0};
    s.max_iterations = 200;  // each step multiplies |x| by 9: f passes 1e100 at step 52
    const Objective bowl = testing::objective("x^2 + y^2");
    const RunSpec diverging{GradientDescent{5.0}, s};
    const Trace t = run_descent(bowl, diverging);
    ASSERT_EQ(t.stop, StopReason::diverged);
    RunReplay replay(bowl, diverging, t);
    EXPECT_FALSE(replay.anatomy_at(t.points.size() - 1, exact).has_value());
    EXPECT_TRUE(replay.anatomy_at(0, exact).has_value());

    s.start = {1.0, 2.0};
    const Objective parabola = testing::objective("x^2");
    const RunSpec newton{Newton{}, s};
    const Trace n = run_descent(parabola, newton);
    ASSERT_EQ(n.stop, StopReason::singular_hessian);
    RunReplay newton_replay(parabola, newton, n);
    const auto a = newton_replay.anatomy_at(0, exact);
    ASSERT_TRUE(a.has_value());
    EXPECT_TRUE(a->hessian.has_value());
    EXPECT_FALSE(a->model_centre.has_value());
    EXPECT_EQ(a->arithmetic.back(), "H cannot be inverted here: no Newton step");
}

}  // namespace
}  // namespace gd
