// The learning-rate schedules' lr_k, worked out by hand, their tables and checks, and a run that
// applies them.
#include "gd/schedule.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "gd/descent.hpp"
#include "test_support.hpp"

namespace gd {
namespace {

TEST(Schedules, ConstantKeepsTheRate) {
    for (const int k : {1, 2, 50, 100})
        EXPECT_EQ(learning_rate_at(ConstantRate{}, 0.1, k, 100), 0.1);
}

TEST(Schedules, StepDecayMultipliesEveryStepSizeUpdates) {
    const StepDecay s{10, 0.5, 0};
    EXPECT_EQ(learning_rate_at(s, 0.1, 1, 100), 0.1);
    EXPECT_EQ(learning_rate_at(s, 0.1, 10, 100), 0.1);
    EXPECT_EQ(learning_rate_at(s, 0.1, 11, 100), 0.05);
    EXPECT_EQ(learning_rate_at(s, 0.1, 20, 100), 0.05);
    EXPECT_EQ(learning_rate_at(s, 0.1, 21, 100), 0.025);
}

TEST(Schedules, ExponentialDecayMultipliesEveryUpdate) {
    const ExponentialDecay s{0.95, 0};
    EXPECT_EQ(learning_rate_at(s, 0.1, 1, 100), 0.1);
    EXPECT_DOUBLE_EQ(learning_rate_at(s, 0.1, 3, 100), 0.1 * 0.95 * 0.95);
}

TEST(Schedules, CosineFallsFromLrToItsMinimumOverTheRun) {
    const CosineDecay s{0.01, 0};
    EXPECT_DOUBLE_EQ(learning_rate_at(s, 0.1, 1, 100), 0.1);
    EXPECT_DOUBLE_EQ(learning_rate_at(s, 0.1, 51, 100), 0.055);  // halfway: the mean
    EXPECT_DOUBLE_EQ(learning_rate_at(s, 0.1, 101, 100), 0.01);
    EXPECT_DOUBLE_EQ(learning_rate_at(s, 0.1, 26, 100),
                     0.01 + 0.09 * (1.0 + std::cos(std::numbers::pi / 4.0)) / 2.0);
}

TEST(Schedules, WarmupRampsTheRateOverTheFirstUpdates) {
    const ConstantRate s{4};
    EXPECT_EQ(learning_rate_at(s, 0.1, 1, 100), 0.025);
    EXPECT_EQ(learning_rate_at(s, 0.1, 2, 100), 0.05);
    EXPECT_EQ(learning_rate_at(s, 0.1, 4, 100), 0.1);
    EXPECT_EQ(learning_rate_at(s, 0.1, 5, 100), 0.1);
    // On top of a decay: update 2 of step(S = 1, γ = 0.5) with W = 2 is 0.1·0.5·2/2.
    EXPECT_EQ(learning_rate_at(StepDecay{1, 0.5, 2}, 0.1, 2, 100), 0.05);
    EXPECT_EQ(learning_rate_at(StepDecay{1, 0.5, 2}, 0.1, 1, 100), 0.05);
}

TEST(Schedules, PublishTheirParameters) {
    EXPECT_EQ(schedule_names(),
              (std::vector<std::string_view>{"constant", "step", "exponential", "cosine"}));
    EXPECT_EQ(all_schedule_parameter_names(),
              (std::vector<std::string_view>{"warmup", "step_size", "gamma", "lr_min"}));
    Schedule s = *make_schedule("step");
    EXPECT_EQ(schedule_parameter(s, "step_size"), 10.0);
    EXPECT_EQ(schedule_parameter(s, "gamma"), 0.5);
    EXPECT_TRUE(set_schedule_parameter(s, "gamma", 0.1));
    EXPECT_EQ(std::get<StepDecay>(s).gamma, 0.1);
    EXPECT_FALSE(set_schedule_parameter(s, "lr_min", 0.1));  // step has no lr_min
    EXPECT_FALSE(varies(ConstantRate{}));
    EXPECT_TRUE(varies(ConstantRate{5}));
    EXPECT_TRUE(varies(CosineDecay{}));
    EXPECT_EQ(option_name("step_size"), "--step-size");
}

TEST(Schedules, EachParameterIsChecked) {
    EXPECT_FALSE(check_schedule(StepDecay{}).has_value());
    const auto fractional = check_schedule(StepDecay{2.5, 0.5, 0});
    ASSERT_TRUE(fractional.has_value());
    EXPECT_EQ(fractional->name, "step_size");
    EXPECT_EQ(fractional->message, "the decay interval must be a whole number between 1 and 1e7");
    const auto gamma = check_schedule(ExponentialDecay{0.0, 0});
    ASSERT_TRUE(gamma.has_value());
    EXPECT_EQ(gamma->message, "the decay factor must be > 0 and at most 1");
    const auto warmup = check_schedule(CosineDecay{0.0, -1});
    ASSERT_TRUE(warmup.has_value());
    EXPECT_EQ(warmup->name, "warmup");
    const auto nan = check_schedule(CosineDecay{std::nan(""), 0});
    ASSERT_TRUE(nan.has_value());
    EXPECT_EQ(nan->name, "lr_min");
}

TEST(Schedules, ARunTakesTheScheduledRate) {
    // gd on the bowl: each update multiplies x by 1 − 2·lr_k. Step decay halves lr after 2.
    DescentSettings s;
    s.start = {1.0, 0.0};
    s.max_iterations = 4;
    s.tolerance = 0.0;
    s.schedule = StepDecay{2, 0.5, 0};
    const Trace t = run_descent(testing::objective("x^2 + y^2"), RunSpec{GradientDescent{0.2}, s});
    ASSERT_EQ(t.points.size(), 5u);
    EXPECT_DOUBLE_EQ(t.points[2].x.x(), 0.6 * 0.6);              // lr 0.2: factor 0.6
    EXPECT_DOUBLE_EQ(t.points[4].x.x(), 0.6 * 0.6 * 0.8 * 0.8);  // lr 0.1: factor 0.8
    EXPECT_DOUBLE_EQ(learning_rate_at(RunSpec{GradientDescent{0.2}, s}, 3), 0.1);
}

// A step decay every 2 updates on x² + 10·y² from (−4.5, 1.8) at lr 0.099 shrinks the rate
// 2^15-fold by update 33: the step falls under the tolerance at f = 3.69, |∇f| = 3.84, far
// from the minimum. That is a stall, not convergence.
TEST(Schedules, AStepUnderTheToleranceOnlyBecauseTheRateDecayedIsAStall) {
    DescentSettings s;
    s.start = {-4.5, 1.8};
    s.schedule = StepDecay{2, 0.5, 0};
    const RunSpec run{GradientDescent{0.099}, s};
    const Trace t = run_descent(testing::objective("x^2 + 10*y^2"), run);
    EXPECT_EQ(t.stop, StopReason::stalled);
    EXPECT_EQ(to_string(t.stop), "stalled");
    EXPECT_EQ(t.iterations, 32);
    EXPECT_NEAR(t.points.back().f, 3.6908867, 1e-6);
    EXPECT_DOUBLE_EQ(t.diverged_value, learning_rate_at(run, 33));
    EXPECT_EQ(describe_stop(t, run),
              "stalled after 32 steps: the step fell under the tolerance 1e-5 only because the "
              "learning rate decayed to 1.51e-6; at lr = 0.099 it would be 0.38 and |∇f| = 3.84: "
              "not converged");
}

// Where the step at the base rate is under the tolerance too, the point is a minimum by the
// run's own measure: the decay did not decide it.
TEST(Schedules, AStepSmallAtTheBaseRateTooIsConvergence) {
    DescentSettings s;
    s.start = {-3.0, 4.0};
    s.max_iterations = 400;
    s.schedule = ExponentialDecay{0.9999, 0};
    const Trace t = run_descent(testing::objective("x^2 + y^2"), RunSpec{GradientDescent{0.1}, s});
    EXPECT_EQ(t.stop, StopReason::converged);
    EXPECT_LT(norm(t.points.back().gradient), 1e-5 / 0.1 * 2);
}

// During a warm-up the rate starts at lr/W: a start close to the minimum stops at once, and
// the sentence says why (the rate had not risen yet).
TEST(Schedules, AStallDuringTheWarmUpSaysSo) {
    DescentSettings s;
    s.start = {1e-4, 0.0};
    s.schedule = ConstantRate{1000};
    const RunSpec run{GradientDescent{0.1}, s};
    const Trace t = run_descent(testing::objective("x^2 + y^2"), run);
    EXPECT_EQ(t.stop, StopReason::stalled);
    EXPECT_EQ(t.iterations, 0);
    EXPECT_NE(
        describe_stop(t, run).find("still warming up, at 0.0001; at lr = 0.1 it would be 2e-5"),
        std::string::npos)
        << describe_stop(t, run);
}

}  // namespace
}  // namespace gd
