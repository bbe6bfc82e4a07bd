#include "gd/presets.hpp"

#include <gtest/gtest.h>

#include <Eigen/LU>
#include <set>

#include "gd/descent.hpp"
#include "gd/grid.hpp"
#include "test_support.hpp"

namespace gd {

// CTest lists each case by what GoogleTest prints of its parameter: the preset's name, not a
// hex dump of the struct with its pointers (different on every build). In namespace gd, where
// argument-dependent lookup finds it.
void PrintTo(const Preset& p, std::ostream* out);
void PrintTo(const Preset& p, std::ostream* out) {
    *out << p.name;
}

namespace {

TEST(Presets, AllTheNamedObjectivesArePresent) {
    std::set<std::string_view> names;
    for (const auto& p : presets())
        names.insert(p.name);
    for (const char* name :
         {"bowl", "ill-conditioned", "saddle", "rosenbrock", "himmelblau", "beale", "booth",
          "matyas", "three-hump-camel", "six-hump-camel", "goldstein-price", "mccormick",
          "rastrigin", "ackley", "styblinski-tang"}) {
        EXPECT_TRUE(names.contains(name)) << name;
    }
    EXPECT_EQ(names.size(), presets().size()) << "two presets share a name";
}

TEST(Presets, DefaultSceneIsTheSeedNotebooksBowl) {
    const Preset& p = default_preset();
    EXPECT_EQ(p.name, "bowl");
    EXPECT_EQ(p.formula, "x^2 + y^2");
    EXPECT_EQ(p.start, Eigen::Vector2d(-3, 4));
    EXPECT_EQ(p.learning_rate, 0.1);
}

class EachPreset : public ::testing::TestWithParam<Preset> {};

TEST_P(EachPreset, IsAWellFormedScene) {
    const Preset& p = GetParam();
    EXPECT_TRUE(std::holds_alternative<Expression>(parse_expression(p.formula)));
    EXPECT_FALSE(check_rect(p.view).has_value());
    EXPECT_TRUE(p.start.x() > p.view.x_min && p.start.x() < p.view.x_max);
    EXPECT_TRUE(p.start.y() > p.view.y_min && p.start.y() < p.view.y_max);
    EXPECT_GT(p.learning_rate, 0.0);
    EXPECT_GT(p.iterations, 0);
    EXPECT_FALSE(p.note.empty());
    ASSERT_NE(find_preset(p.name), nullptr);
    EXPECT_EQ(find_preset(p.name)->formula, p.formula);
}

// Published minima, to 1e-6: f has the published value there and (where f is smooth) the
// gradient vanishes and the Hessian is positive definite.
TEST_P(EachPreset, KnownMinimaAreRight) {
    const Preset& p = GetParam();
    const Objective f = testing::objective(p.formula);
    for (const auto& m : p.minima) {
        EXPECT_NEAR(f.value(m.point), m.value, 1e-6) << p.name;
        if (!m.smooth) {
            for (const Eigen::Vector2d& d : {Eigen::Vector2d(1e-3, 0), Eigen::Vector2d(0, -1e-3),
                                             Eigen::Vector2d(-7e-4, 7e-4)}) {
                EXPECT_GT(f.value(m.point + d), m.value) << p.name;
            }
            continue;
        }
        EXPECT_LT(f.exact_gradient(m.point).norm(), 1e-6) << p.name;
        const Eigen::Matrix2d h = f.hessian(m.point);
        EXPECT_GT(h.determinant(), 0.0) << p.name;
        EXPECT_GT(h.trace(), 0.0) << p.name;
    }
}

// The minima are global: nothing on a fine grid over the view lies below them.
TEST_P(EachPreset, KnownMinimaAreGlobalOverTheView) {
    const Preset& p = GetParam();
    if (p.minima.empty()) return;
    const Grid g = sample_grid(testing::objective(p.formula), p.view, 401, 401);
    EXPECT_GE(g.z.minCoeff(), p.minima.front().value - 1e-9) << p.name;
}

// The preset's own scene runs without diverging: it is meant to teach, not to blow up.
TEST_P(EachPreset, DefaultSceneDoesNotDiverge) {
    const Preset& p = GetParam();
    DescentSettings s;
    s.start = p.start;
    s.max_iterations = p.iterations;
    const Trace t = run_descent(testing::objective(p.formula), GradientDescent{p.learning_rate}, s);
    EXPECT_NE(t.stop, StopReason::diverged)
        << p.name << ": " << describe_stop(t, RunSpec{GradientDescent{p.learning_rate}, s});
    EXPECT_LT(t.points.back().f, t.points.front().f) << p.name;
}

INSTANTIATE_TEST_SUITE_P(All, EachPreset, ::testing::ValuesIn(presets().begin(), presets().end()),
                         [](const ::testing::TestParamInfo<Preset>& param_info) {
                             std::string name(param_info.param.name);
                             for (auto& c : name) {
                                 if (c == '-') c = '_';
                             }
                             return name;
                         });

TEST(Presets, SaddleHasNoMinimumButAStationaryPoint) {
    const Preset* p = find_preset("saddle");
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->minima.empty());
    const Objective f = testing::objective(p->formula);
    EXPECT_EQ(f.exact_gradient({0, 0}).norm(), 0.0);
    EXPECT_LT(f.hessian({0, 0}).determinant(), 0.0);
}

TEST(Presets, HimmelblauStartPicksTheMinimum) {
    const Objective f = testing::objective(find_preset("himmelblau")->formula);
    DescentSettings s;
    s.max_iterations = 2000;
    s.tolerance = 1e-10;
    s.start = {-1, 4};
    EXPECT_LT((run_descent(f, GradientDescent{0.01}, s).points.back().x -
               Eigen::Vector2d(-2.805118086952745, 3.131312518250573))
                  .norm(),
              1e-6);
    s.start = {4, -4};
    EXPECT_LT((run_descent(f, GradientDescent{0.01}, s).points.back().x -
               Eigen::Vector2d(3.5844283403304917, -1.8481265269644034))
                  .norm(),
              1e-6);
}

}  // namespace
}  // namespace gd
