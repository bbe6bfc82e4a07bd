// The optimizers' published hyper-parameters, and the step each update records in the trace.
#include "gd/optimizer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "gd/descent.hpp"
#include "test_support.hpp"

namespace gd {
namespace {

using testing::objective;

TEST(Optimizers, PublishTheirHyperParametersOnce) {
    EXPECT_EQ(optimizer_names(),
              (std::vector<std::string_view>{"gd", "momentum", "nesterov", "adagrad", "rmsprop",
                                             "adam", "adamw", "newton"}));
    const auto gd = make_optimizer("gd");
    ASSERT_TRUE(gd.has_value());
    EXPECT_EQ(optimizer_title(*gd), "gradient descent");
    const auto table = hyper_parameters(*gd);
    ASSERT_EQ(table.size(), 1u);
    EXPECT_EQ(table[0].name, "lr");
    EXPECT_EQ(table[0].label, "learning rate");
    EXPECT_EQ(table[0].default_value, 0.1);
    EXPECT_EQ(learning_rate(*gd), 0.1);  // made with its defaults
    EXPECT_EQ(all_hyper_parameter_names(),
              (std::vector<std::string_view>{"lr", "momentum", "eps", "alpha", "beta1", "beta2",
                                             "weight_decay"}));
    EXPECT_FALSE(make_optimizer("adamax").has_value());
    EXPECT_TRUE(hyper_parameters("adamax").empty());
}

TEST(Optimizers, HyperParametersAreReadAndWrittenByName) {
    Optimizer o = GradientDescent{};
    EXPECT_TRUE(set_hyper_parameter(o, "lr", 0.7));
    EXPECT_EQ(std::get<GradientDescent>(o).learning_rate, 0.7);
    EXPECT_EQ(hyper_parameter(o, "lr"), 0.7);
    EXPECT_FALSE(set_hyper_parameter(o, "beta1", 0.9));  // gd has no β1: nothing changes
    EXPECT_FALSE(hyper_parameter(o, "beta1").has_value());
    EXPECT_EQ(learning_rate(o), 0.7);
}

TEST(Optimizers, EachValueIsCheckedAgainstItsRange) {
    EXPECT_FALSE(check_optimizer(GradientDescent{0.1}).has_value());
    EXPECT_FALSE(check_optimizer(GradientDescent{1e300}).has_value());
    for (const double bad : {0.0, -1.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
        const auto problem = check_optimizer(GradientDescent{bad});
        ASSERT_TRUE(problem.has_value()) << bad;
        EXPECT_EQ(problem->name, "lr");
        EXPECT_EQ(problem->message, "the learning rate must be a positive number");
    }
    const HyperParameter p{"beta", "momentum", "β", 0.9, {0.0, 1.0, false}, {0.0, 1.0, false},
                           false,  ""};
    EXPECT_EQ(describe_range(p, p.valid), "the momentum must be between 0 and 1");
    EXPECT_EQ(describe_range(p, {0.0, 1.0, true}), "the momentum must be > 0 and at most 1");
}

// Every point records the update computed there; the next point is exactly x + step.
TEST(TraceSteps, RecordTheUpdateAppliedAtEachPoint) {
    const Objective f = objective("x^2 + y^2");
    DescentSettings s;
    s.start = {-3.0, 4.0};
    s.max_iterations = 5;
    s.tolerance = 0.0;
    const Trace t = run_descent(f, RunSpec{GradientDescent{0.1}, s});
    ASSERT_EQ(t.points.size(), 6u);
    for (std::size_t k = 0; k + 1 < t.points.size(); ++k) {
        EXPECT_EQ(t.points[k].x + step_at(t, k), t.points[k + 1].x) << k;
        // gd: −lr·∇f = −0.1·(2x, 2y)
        EXPECT_DOUBLE_EQ(step_at(t, k).x(), -0.2 * t.points[k].x.x()) << k;
    }
    EXPECT_DOUBLE_EQ(step_at(t, 0).x(), 0.6);
    EXPECT_DOUBLE_EQ(step_at(t, 0).y(), -0.8);
    // At the iteration limit the last point holds the step the run did not take.
    EXPECT_DOUBLE_EQ(t.points.back().step.x(), -0.2 * t.points.back().x.x());
}

TEST(TraceSteps, AConvergedRunKeepsTheStepItRefused) {
    const Objective f = objective("x^2 + y^2");
    DescentSettings s;
    s.start = {-3.0, 4.0};
    s.max_iterations = 1000;
    s.tolerance = 1e-3;
    const Trace t = run_descent(f, RunSpec{GradientDescent{0.1}, s});
    ASSERT_EQ(t.stop, StopReason::converged);
    const Eigen::Vector2d refused = t.points.back().step;
    EXPECT_LE(refused.cwiseAbs().maxCoeff(), 1e-3);
    EXPECT_GT(refused.cwiseAbs().maxCoeff(), 0.0);
}

TEST(TraceSteps, NoStepWhereTheRunCouldNotComputeOne) {
    const Objective f = objective("1/x");  // f infinite at the start
    DescentSettings s;
    s.start = {0.0, 1.0};
    const Trace t = run_descent(f, RunSpec{GradientDescent{0.1}, s});
    ASSERT_EQ(t.stop, StopReason::diverged);
    ASSERT_EQ(t.points.size(), 1u);
    EXPECT_TRUE(std::isnan(t.points[0].step.x()));
}

// Adam's bias corrections 1 − β^k are computed with a pow only until they round to 1
// (gd::BiasCorrection): every step of a run past that point must be the very step PyTorch's
// formula, with its pow at every update, gives. β1 = 0.9 saturates at update 356, β2 = 0.999
// at 37,412; 40,000 updates pass both, for Adam and AdamW.
TEST(AdamSteps, AreThoseOfThePowAtEveryUpdateLongAfterTheCorrectionsReachOne) {
    for (const char* name : {"adam", "adamw"}) {
        Optimizer o = *make_optimizer(name);
        ASSERT_TRUE(set_hyper_parameter(o, "lr", 0.001));
        DescentSettings s;
        s.start = {-1.2, 1.0};
        s.max_iterations = 40'000;
        s.tolerance = 0.0;
        const Trace t = run_descent(objective("(1 - x)^2 + 100*(y - x^2)^2"), o, s);
        ASSERT_EQ(t.iterations, s.max_iterations) << name;
        const double beta1 = *hyper_parameter(o, "beta1");
        const double beta2 = *hyper_parameter(o, "beta2");
        const double eps = *hyper_parameter(o, "eps");
        const double decay = hyper_parameter(o, "weight_decay").value_or(0.0);
        Eigen::Array2d m = Eigen::Array2d::Zero();
        Eigen::Array2d v = Eigen::Array2d::Zero();
        int differing = 0;
        for (int k = 1; k <= s.max_iterations; ++k) {
            const TracePoint& p = t.points[static_cast<std::size_t>(k - 1)];
            const Eigen::Array2d g = p.gradient.array();
            m = m * beta1 + (1.0 - beta1) * g;
            v = v * beta2 + ((1.0 - beta2) * g) * g;
            const double step_size = 0.001 / (1.0 - std::pow(beta1, k));
            const double c2 = std::sqrt(1.0 - std::pow(beta2, k));
            const Eigen::Array2d adam = (-step_size * m) / (v.sqrt() / c2 + eps);
            if (decay == 0.0) {
                differing += (adam.matrix() != p.step) ? 1 : 0;
            } else {  // AdamW: Adam's step and the decoupled decay −lr·λ·x
                differing += (adam.matrix() - 0.001 * decay * p.x != p.step) ? 1 : 0;
            }
        }
        EXPECT_EQ(differing, 0) << name;
    }
}

}  // namespace
}  // namespace gd
