// The one Scene: what the command line builds from its options, and its one validation.
#include "scene/scene.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/arguments.hpp"
#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/presets.hpp"
#include "scene/scene_file.hpp"
#include "scratch_folder.hpp"

namespace gdlab {
namespace {

Scene parse(const std::vector<std::string>& words) {
    std::ostringstream notes;
    return parse_scene(Arguments(words, OptionSet{scene_options(), {}}, "gdlab trace"), notes,
                       "gdlab trace");
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

// A scene file of two runs (gd, then momentum, selected) in a temporary folder.
class SceneOption : public testing::Test {
  protected:
    void SetUp() override {
        std::filesystem::create_directories(dir_);
        Scene s = scene_of(*gd::find_preset("ill-conditioned"));
        gd::RunSpec momentum = s.run();
        momentum.optimizer = *gd::make_optimizer("momentum");
        gd::set_hyper_parameter(momentum.optimizer, "lr", 0.01);
        s.runs.push_back(momentum);
        s.active_run = 1;
        s.view = {-6, 6, -3, 3};
        s.title = "Valley";
        std::ofstream(file_) << scene_file_text(s);
        ASSERT_TRUE(std::filesystem::exists(file_));
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::string message_of(const std::vector<std::string>& words) {
        try {
            (void)parse(words);
        } catch (const UsageError& e) {
            return e.message_for("gdlab trace");
        }
        return "(accepted)";
    }

    const std::filesystem::path dir_ = test::scratch_folder() / "scene_option";
    const std::string file_ = (dir_ / "valley.gdlab").string();
};

TEST_F(SceneOption, TheFileIsTheSceneAndOptionsChangeItsSelectedRun) {
    const Scene plain = parse({"--scene", file_});
    ASSERT_EQ(plain.runs.size(), 2u);
    EXPECT_EQ(plain.active_run, 1);
    EXPECT_EQ(plain.title, "Valley");
    EXPECT_EQ(plain.view.x_min, -6);
    EXPECT_EQ(gd::learning_rate(plain.runs[1].optimizer), 0.01);

    const Scene changed = parse({"--scene", file_, "--lr", "0.02", "--momentum", "0.5", "--iters",
                                 "7", "--xrange", "-1,1"});
    EXPECT_EQ(gd::learning_rate(changed.runs[1].optimizer), 0.02);
    EXPECT_EQ(*gd::hyper_parameter(changed.runs[1].optimizer, "momentum"), 0.5);
    EXPECT_EQ(changed.runs[1].settings.max_iterations, 7);
    EXPECT_EQ(changed.run().settings.max_iterations, 7);  // trace follows the selected run
    EXPECT_TRUE(changed.runs[0] == plain.runs[0]);        // the other run as saved
    EXPECT_EQ(changed.view.x_min, -1);
    EXPECT_EQ(changed.view.y_min, -3);  // the file's

    // Another objective keeps the runs; another optimizer starts from its defaults.
    const Scene bowl = parse({"--scene", file_, "--preset", "bowl", "--optimizer", "adam"});
    EXPECT_EQ(bowl.expression, "x^2 + y^2");
    EXPECT_EQ(gd::optimizer_name(bowl.runs[1].optimizer), "adam");
    EXPECT_EQ(bowl.runs.size(), 2u);
}

TEST_F(SceneOption, ABadFileOrOptionIsAUsageErrorNamingIt) {
    EXPECT_NE(message_of({"--scene", file_, "--beta1", "0.8"})
                  .find("--beta1: the optimizer momentum has no beta1"),
              std::string::npos)
        << message_of({"--scene", file_, "--beta1", "0.8"});
    const std::string missing = message_of({"--scene", (dir_ / "none.gdlab").string()});
    EXPECT_NE(missing.find("--scene: " + (dir_ / "none.gdlab").string() + ": no such file"),
              std::string::npos)
        << missing;
    std::ofstream(file_) << R"({"format": "gdlab-scene", "version": 1, "objective": "x^2",
        "runs": [{"tolerance": "small"}]})";
    const std::string bad = message_of({"--scene", file_});
    EXPECT_NE(bad.find("valley.gdlab: runs[0].tolerance: expected a number, found text"),
              std::string::npos)
        << bad;
}

}  // namespace
}  // namespace gdlab
