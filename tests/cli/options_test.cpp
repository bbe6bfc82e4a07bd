// The one option parser and the one table of commands, through the real binary: the window's
// options and export's are read as every command's are, and the commands, their help and the
// message for an unknown one all come from the table.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "gdlab_process.hpp"

namespace {

using gdlab::test::Result;
using gdlab::test::run_gdlab;
using gdlab::test::scratch_folder;

void expect_usage_error(const std::vector<std::string>& args, const std::string& message) {
    std::string typed = "gdlab";
    for (const auto& a : args)
        typed += " " + a;
    SCOPED_TRACE(typed);
    const Result r = run_gdlab(args);
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, message);
    EXPECT_EQ(r.out, "");
}

// A file that a command given bad options must never write.
std::string never_written(const std::string& name) {
    return (scratch_folder() / name).string();
}

// The window's options: "--screenshot" alone said "needs a file name", "--demo" alone and
// "--theme" alone took "" as their value, and a repeated one kept the last.
TEST(Options, TheWindowsOptionsAreReadLikeEveryCommands) {
    expect_usage_error({"--screenshot"}, "gdlab: option --screenshot needs a value\n");
    expect_usage_error({"--lr", "0.1", "--demo"}, "gdlab: option --demo needs a value\n");
    expect_usage_error({"--theme"}, "gdlab: option --theme needs a value\n");
    expect_usage_error({"--screenshot="}, "gdlab: --screenshot needs a file name\n");
    expect_usage_error({"--theme", "dark", "--theme=light"},
                       "gdlab: option --theme is given twice\n");
    expect_usage_error({"--presentation=yes"}, "gdlab: option --presentation takes no value\n");
    expect_usage_error({"--presentation", "shot.png"},
                       "gdlab: unexpected argument 'shot.png' (options start with --; see gdlab "
                       "--help)\n");
    expect_usage_error({"--theme=blue"}, "gdlab: --theme: expected light or dark, got 'blue'\n");
}

TEST(Options, ADemoNumberMayFollowAnEqualsSign) {
    expect_usage_error({"--demo=12"},
                       "gdlab: --demo: expected a demo number from 1 to 11, got '12'\n");
    expect_usage_error({"--demo=3", "--lr", "0.1"},
                       "gdlab: --demo sets up its own scene; give no scene options\n");
    const std::string shot = (scratch_folder() / "demo3.png").string();
    const Result r = run_gdlab({"--demo=3", "--screenshot=" + shot});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("gdlab: no window opened; rendered the scene (", 0), 0U) << r.out;
    EXPECT_TRUE(std::filesystem::exists(shot));
}

// export split its words by hand and read the scene's last: "gdlab export --lr" said only that
// --out FILE is required.
TEST(Options, ExportReadsItsOptionsAndTheScenesTogether) {
    const std::string png = never_written("x.png");
    expect_usage_error({"export", "--lr"}, "gdlab export: option --lr needs a value\n");
    expect_usage_error({"export", "--out", png, "--lr"},
                       "gdlab export: option --lr needs a value\n");
    expect_usage_error({"export", "--out", png, "--step"},
                       "gdlab export: option --step needs a value\n");
    expect_usage_error({"export", "--caption=yes", "--out", png},
                       "gdlab export: option --caption takes no value\n");
    expect_usage_error({"export", "--no-loop", "--out", never_written("x.gif"), "--no-loop"},
                       "gdlab export: option --no-loop is given twice\n");
    expect_usage_error({"export", "--out", png, "--screenshot", never_written("y.png")},
                       "gdlab export: unknown option '--screenshot' (see gdlab export --help)\n");
    expect_usage_error({"export", "--demo", "2", "--start=-3,4", "--out", png},
                       "gdlab export: --demo sets up its own scene; give no scene options\n");
    EXPECT_FALSE(std::filesystem::exists(png));
}

TEST(Commands, ANearMissIsNamed) {
    expect_usage_error({"trcae"}, "gdlab: unknown command 'trcae'; did you mean trace?\n");
    expect_usage_error({"exprot"}, "gdlab: unknown command 'exprot'; did you mean export?\n");
    expect_usage_error({"Presets"}, "gdlab: unknown command 'Presets'; did you mean presets?\n");
}

// Every command in gdlab --help answers --help (or -h) with its own usage, wherever it is.
TEST(Commands, EachListedCommandHasItsOwnHelp) {
    const Result all = run_gdlab({"--help"});
    ASSERT_EQ(all.status, 0);
    const auto listed = all.out.find("commands:\n");
    ASSERT_NE(listed, std::string::npos) << all.out;
    const std::string list = all.out.substr(listed, all.out.find("\n\n", listed) - listed);
    int commands = 0;
    for (const std::string name : {"trace", "eval", "contour", "presets", "export"}) {
        EXPECT_NE(list.find("\n  " + name + " "), std::string::npos) << name;
        for (const std::string help : {"--help", "-h"}) {
            const Result r = run_gdlab({name, "--format", help});
            EXPECT_EQ(r.status, 0) << name;
            EXPECT_EQ(r.out.rfind("usage: gdlab " + name + " ", 0), 0U) << name << ": " << r.out;
            EXPECT_EQ(r.err, "");
        }
        ++commands;
    }
    EXPECT_EQ(std::count(list.begin(), list.end(), '\n'), commands);
    // The window's options too: --help after them is gdlab's help.
    const Result r = run_gdlab({"--theme", "dark", "--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, all.out);
}

}  // namespace

namespace {

// Every optimizer's and schedule's options are read, checked and named in the error.
TEST(Options, BadHyperParametersAreUsageErrorsNamingTheOption) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"--optimizer", "gd", "--momentum", "0.5"},
         "--momentum: the optimizer gd has no momentum; momentum and nesterov have it"},
        {{"--optimizer", "adam", "--beta1", "1"},
         "--beta1: the first-moment decay must be >= 0 and < 1"},
        {{"--optimizer", "adamw", "--beta2", "-0.1"},
         "--beta2: the second-moment decay must be >= 0 and < 1"},
        {{"--optimizer", "rmsprop", "--alpha", "1"},
         "--alpha: the smoothing constant must be > 0 and < 1"},
        {{"--optimizer", "rmsprop", "--eps", "0"}, "--eps: the epsilon must be a positive number"},
        {{"--optimizer", "adamw", "--weight-decay", "-1"},
         "--weight-decay: the weight decay must be a number >= 0"},
        {{"--optimizer", "momentum", "--momentum", "1"},
         "--momentum: the momentum must be >= 0 and < 1"},
        {{"--optimizer", "adagrad", "--weight-decay", "0.1"},
         "--weight-decay: the optimizer adagrad has no weight_decay; adamw has it"},
        {{"--optimizer", "newton", "--lr", "0"},
         "--lr: the learning rate must be a positive number"},
        {{"--schedule", "bogus"},
         "--schedule: unknown schedule 'bogus'; available: constant, step, exponential, cosine"},
        {{"--schedule", "cosine", "--gamma", "0.5"},
         "--gamma: the schedule cosine has no gamma; step and exponential have it"},
        {{"--schedule", "step", "--step-size", "2.5"},
         "--step-size: the decay interval must be a whole number between 1 and 1e7"},
        {{"--schedule", "exponential", "--gamma", "0"},
         "--gamma: the decay factor must be > 0 and at most 1"},
        {{"--warmup", "-1"},
         "--warmup: the warm-up length must be a whole number between 0 and 1e7"},
        {{"--lr-min", "0.1"}, "--lr-min: the schedule constant has no lr_min; cosine has it"},
    };
    for (const auto& [args, message] : cases) {
        for (const std::string command : {"trace", "export"}) {
            std::vector<std::string> all = {command};
            all.insert(all.end(), args.begin(), args.end());
            if (command == "export") {
                all.push_back("--out");
                all.push_back(never_written("never.png"));
            }
            expect_usage_error(all, "gdlab " + command + ": " + message + "\n");
        }
    }
}

// The JSON names every hyper-parameter and the schedule, and each point its rate and the
// optimizer's state after that update.
TEST(Options, TraceJsonCarriesTheRateAndTheStateOfEachUpdate) {
    const Result r = run_gdlab({"trace", "--optimizer", "momentum", "--lr", "0.1", "--momentum",
                                "0.9", "--schedule", "step", "--step-size", "1", "--gamma", "0.5",
                                "--iters", "2", "--tol", "0", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    for (const std::string part :
         {R"("optimizer":{"name":"momentum","lr":0.1,"momentum":0.9})",
          R"("schedule":{"name":"step","step_size":1,"gamma":0.5,"warmup":0})",
          // v1 = g0 = (−6, 8); x1 = (−2.4, 3.2), g1 = (−4.8, 6.4); v2 = 0.9·v1 + g1.
          R"("k":1,"x":-2.4,"y":3.2,"f":16.0,"gx":-4.8,"gy":6.4,"lr":0.1,"state":{"v":[-6.0,8.0]})",
          R"("lr":0.05,"state":{"v":[-10.2,13.600000000000001]})"}) {
        EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
    }
}

TEST(Options, NewtonReportsASingularHessian) {
    const Result r = run_gdlab(
        {"trace", "--optimizer", "newton", "--expr", "x^2", "--start", "1,2", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find(R"("stop":{"reason":"singular_hessian","iterations":0,"message":)"
                         R"("stopped after 0 steps: the Hessian at (1, 2) cannot be inverted )"
                         R"((det H = 0), so there is no Newton step"})"),
              std::string::npos)
        << r.out;
}

}  // namespace
