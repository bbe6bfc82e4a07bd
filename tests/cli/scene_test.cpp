// The one Scene: what the command line builds from its options, and its one validation.
#include "cli/scene.hpp"

#include <gtest/gtest.h>

#include "cli/arguments.hpp"
#include "cli/usage_error.hpp"
#include "gd/presets.hpp"

namespace gdlab {
namespace {

Scene parse(const std::vector<std::string>& words) {
    return parse_scene(Arguments(words, OptionSet{scene_options(), {}}, "gdlab trace"));
}

TEST(Scene, ThePresetsSceneHasItsFormulaViewAndOneRun) {
    const gd::Preset& bowl = *gd::find_preset("bowl");
    const Scene s = scene_of(bowl);
    EXPECT_EQ(s.expression, "x^2 + y^2");
    EXPECT_EQ(s.preset, &bowl);
    ASSERT_EQ(s.runs.size(), 1u);
    EXPECT_EQ(gd::learning_rate(s.run().optimizer), bowl.learning_rate);
    EXPECT_EQ(s.run().settings.start, bowl.start);
    EXPECT_EQ(s.view.x_min, bowl.view.x_min);
    EXPECT_FALSE(check_scene(s).has_value());
}

TEST(Scene, TheCommandLineBuildsOneRunWithItsOptimizer) {
    const Scene s = parse({"--expr", "x^2 + 10*y^2", "--lr", "0.05", "--optimizer", "gd", "--start",
                           "1,2", "--iters", "7"});
    EXPECT_EQ(s.expression, "x^2 + 10*y^2");
    EXPECT_EQ(s.preset, nullptr);
    ASSERT_EQ(s.runs.size(), 1u);
    EXPECT_EQ(gd::optimizer_name(s.run().optimizer), "gd");
    EXPECT_EQ(gd::learning_rate(s.run().optimizer), 0.05);
    EXPECT_EQ(s.run().settings.max_iterations, 7);
    EXPECT_EQ(s.run().settings.start, Eigen::Vector2d(1, 2));
}

// Each problem names the option that sets the field at fault, by data.
TEST(Scene, OneValidationNamesTheFieldAtFault) {
    Scene s = scene_of(gd::default_preset());
    s.runs.push_back(s.run());
    s.runs[1].settings.tolerance = -1;
    EXPECT_EQ(check_scene(s)->option, "--tol");
    s.runs[1].settings.tolerance = 0;
    gd::set_hyper_parameter(s.runs[1].optimizer, "lr", 0.0);
    EXPECT_EQ(check_scene(s)->option, "--lr");
    EXPECT_EQ(check_scene(s)->message, "the learning rate must be a positive number");
    gd::set_hyper_parameter(s.runs[1].optimizer, "lr", 0.1);
    s.active_run = 2;
    EXPECT_EQ(check_scene(s)->option, "--active");
    s.active_run = 1;
    s.view.y_max = s.view.y_min;
    EXPECT_EQ(check_scene(s)->option, "--yrange");
    s.view = gd::default_preset().view;
    s.runs.resize(9, s.run());
    EXPECT_EQ(check_scene(s)->option, "--runs");
    s.runs.clear();
    EXPECT_EQ(check_scene(s)->option, "--runs");
}

TEST(Scene, TheCommandLineRefusesWhatTheValidationRefuses) {
    try {
        (void)parse({"--tol", "-1"});
        FAIL() << "a negative tolerance was taken";
    } catch (const UsageError& e) {
        EXPECT_NE(e.message_for("gdlab trace").find("--tol: the tolerance"), std::string::npos);
    }
    EXPECT_THROW((void)parse({"--xrange", "2,1"}), UsageError);
}

}  // namespace
}  // namespace gdlab
