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
