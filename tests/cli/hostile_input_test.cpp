// The bad-input campaign's reproducers, run through the real binary: each got a crash, a hang,
// runaway memory or a misleading message, and each now gets a clear message or a right answer
// in bounded time and memory.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gd/contour.hpp"
#include "gd/expression.hpp"
#include "gdlab_process.hpp"
#include "scratch_folder.hpp"

namespace {

using gdlab::test::Result;
using gdlab::test::run_gdlab;

// The peak memory bounds below are for the release build; a sanitizer's redzones and
// quarantine take more.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kSanitizerOverhead = 2;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kSanitizerOverhead = 2;
#else
constexpr long kSanitizerOverhead = 1;
#endif
#else
constexpr long kSanitizerOverhead = 1;
#endif

std::string sum_of_x(int terms) {
    std::string text = "x";
    for (int k = 1; k < terms; ++k)
        text += "+x";
    return text;
}

std::vector<double> level_values(const std::string& json) {
    std::vector<double> values;
    const auto doc = nlohmann::json::parse(json);
    for (const auto& level : doc["levels"])
        values.push_back(level["value"].get<double>());
    return values;
}

// Constant up to rounding: the level loop ran until memory ran out (2.1 GB after 11 s).
TEST(Contours, AFieldConstantUpToRoundingHasNoLevels) {
    const Result r = run_gdlab({"contour", "--expr", "e+x-x"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(level_values(r.out).empty());
}

// Subnormal values: -infinity converted to int drove a loop of 2^31 steps (8.4 GB in 60 s).
TEST(Contours, SubnormalFieldsGiveAtMostTheLevelsAskedFor) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"contour", "--expr", "5e-324*(x^2+y^2)^2"},
          std::vector<std::string>{"contour", "--preset", "matyas", "--xrange", "-1e-160,1e-160",
                                   "--yrange", "-1e-160,1e-160"}}) {
        const Result r = run_gdlab(args);
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_LE(level_values(r.out).size(), 20U) << args[2];
        EXPECT_LT(r.peak_kilobytes, 200'000 * kSanitizerOverhead) << args[2];
    }
}

// 1e308*x spans more than a double holds: UBSan saw inf -> int, and no levels were printed.
TEST(Contours, AFieldSpanningTheDoubleRangeGetsRoundLevels) {
    const Result r = run_gdlab({"contour", "--expr", "1e308*x", "--xrange", "-1.7,1.7"});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::vector<double> levels = level_values(r.out);
    ASSERT_GE(levels.size(), 10U);
    EXPECT_LE(levels.size(), 20U);
    // Round, evenly spaced and symmetric about 0: -1.6e308, -1.4e308, ..., 1.6e308.
    EXPECT_EQ(levels.front(), -1.6e308);
    EXPECT_EQ(levels.back(), 1.6e308);
    EXPECT_EQ(levels[levels.size() / 2], 0.0);
    for (std::size_t k = 1; k < levels.size(); ++k)
        EXPECT_NEAR(levels[k] - levels[k - 1], 2e307, 1e293);
}

// 15,000 given levels ran out of memory; 4096 x 4096 samples with 1000 levels took 87 s and
// 11.7 GB. Both are refused, naming the limit, before the work is done.
TEST(Contours, TheWorkIsBounded) {
    std::string many = "0";
    for (int k = 1; k <= gd::kMaxContourLevels; ++k)
        many += "," + std::to_string(k);
    Result r = run_gdlab({"contour", "--levels", many});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "gdlab contour: --levels: at most 1000 levels, got 1001\n");
    r = run_gdlab({"contour", "--grid", "4096", "--preset", "rastrigin", "--nlevels", "1000"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("more than the limit of 20000000; use a smaller --grid or fewer levels"),
              std::string::npos)
        << r.err;
    // The grid (128 MB) and its bands (64 MB): no copy of the grid, no lines.
    EXPECT_LT(r.peak_kilobytes, 250'000 * kSanitizerOverhead);
    r = run_gdlab({"contour", "--grid", "4097"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--grid expects a whole number from 2 to 4096"), std::string::npos);
}

// The whole output is streamed: a million-step trace as JSON peaked at 770 MB (ten million: 6.9
// GB). Now the trace itself (40 bytes a point) is all that grows.
TEST(Memory, AMillionStepTraceStreamsItsJson) {
    const Result r = run_gdlab(
        {"trace", "--format", "json", "--iters", "1000000", "--tol", "0", "--lr", "0.0001"});
    ASSERT_EQ(r.status, 0) << r.err;
    // Each point k >= 1 carries its rate, "lr":0.0001 (12 bytes).
    EXPECT_EQ(r.out.size(), 160'691'668U);
    EXPECT_EQ(r.out.substr(r.out.size() - 2), "}\n");
    EXPECT_LT(r.peak_kilobytes, 120'000 * kSanitizerOverhead)
        << "a million points should cost about 40 MB";
}

// 25,000 terms (50 kB) overflowed the stack in every command (and a settings file holding them
// crashed the window on every start).
TEST(Expressions, TooLongIsRefusedByEveryCommand) {
    const std::string text = sum_of_x(25'000);
    const std::string message =
        "--expr: the expression is 49999 characters long; at most 10000 are allowed";
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"trace", "--expr", text},
          std::vector<std::string>{"eval", "--expr", text, "--at", "0,0"},
          std::vector<std::string>{"contour", "--expr", text},
          std::vector<std::string>{"export", "--expr", text, "--out", "never.png"},
          std::vector<std::string>{"--expr", text, "--screenshot", "never.png"}}) {
        const Result r = run_gdlab(args);
        EXPECT_EQ(r.status, 2) << args[0] << ": " << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << args[0] << ": " << r.err;
        // The excerpt shows a line around the place, not 50 kB of input.
        EXPECT_LT(r.err.size(), 400U) << args[0];
    }
}

TEST(Expressions, TooDeepIsRefusedWhereItGoesTooDeep) {
    const Result r = run_gdlab({"trace", "--expr", sum_of_x(3000)});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("too deep: more than 1000 levels"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("(column 2000)"), std::string::npos) << r.err;
}

// 128 KB of input gave 390 KB of stderr: the expression was echoed whole, twice over.
TEST(Expressions, AnErrorShowsAWindowAroundThePlace) {
    const std::string text = std::string(5000, ' ') + "x + * y" + std::string(4000, ' ');
    const Result r = run_gdlab({"trace", "--expr", text});
    EXPECT_EQ(r.status, 2);
    const std::string expected_head =
        "gdlab trace: --expr: unexpected '*': expected a number, a variable, a function or '(' "
        "(column 5005)\n  …";
    EXPECT_EQ(r.err.substr(0, expected_head.size()), expected_head);
    EXPECT_LT(r.err.size(), 300U);
    // The caret stands under the '*' of the excerpt.
    const auto lines_start = r.err.find('\n') + 1;
    const std::string excerpt =
        r.err.substr(lines_start, r.err.find('\n', lines_start) - lines_start);
    const std::string caret = r.err.substr(r.err.find('\n', lines_start) + 1);
    const std::size_t star_bytes = excerpt.find('*');
    // "…" takes three bytes and one column.
    EXPECT_EQ(caret.find('^'), star_bytes - 2);
}

// Escape sequences in input reached the terminal raw.
TEST(Messages, ControlCharactersAreEchoedAsEscapes) {
    Result r = run_gdlab({"trace", "--expr", "x + \x1b[31my"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "gdlab trace: --expr: the control character \\x1b cannot be part of an expression "
              "(column 5)\n  x + \\x1b[31my\n      ^^^^\n");
    r = run_gdlab({"trace", "--lr", "\x1b[2J\x01"});
    EXPECT_EQ(r.err, "gdlab trace: --lr expects a finite number, got '\\x1b[2J\\x01'\n");
    r = run_gdlab({"trace", "--preset", "\x1b]0;pwned\x07"});
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
    r = run_gdlab({"\x1b[31mplot"});
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
}

// An overlong '/' was "unexpected character" followed by two raw bytes.
TEST(Messages, InvalidUtf8IsNamedWithItsPlace) {
    const Result r = run_gdlab({"trace", "--expr", "x+\xc0\xafy"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "gdlab trace: --expr: the bytes \\xc0\\xaf are not valid UTF-8 text (column 3)\n"
              "  x+\\xc0\\xafy\n    ^^^^^^^^\n");
}

// "gdlab gdlab: unknown option ... (see gdlab gdlab --help)".
TEST(Messages, TheProgramIsNamedOnce) {
    Result r = run_gdlab({"--bogus"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "gdlab: unknown option '--bogus' (see gdlab --help)\n");
    r = run_gdlab({"export", "--caption", "yes", "--out", "x.png"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "gdlab export: unexpected argument 'yes' (options start with --; see gdlab export "
              "--help)\n");
    r = run_gdlab({"trace", "--bogus", "1"});
    EXPECT_EQ(r.err, "gdlab trace: unknown option '--bogus' (see gdlab trace --help)\n");
}

// h = 1e-17 gave a gradient of exactly 0 and "converged after 0 steps" at f = 25.
TEST(Messages, AnHTooSmallForTheStartIsRefused) {
    Result r = run_gdlab({"trace", "--gradient", "numeric", "--h", "1e-17"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("gdlab trace: --h: the finite-difference step h = 1e-17 is too small at "
                         "the start point (-3, 4)"),
              std::string::npos)
        << r.err;
    r = run_gdlab(
        {"eval", "--expr", "x^2", "--at", "1e6,0", "--gradient", "numeric", "--h", "1e-12"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("gdlab eval: --h: "), std::string::npos) << r.err;
}

// Accepted, then contour printed no levels and export quietly used the default view.
TEST(Messages, AViewThatCannotBeSampledIsRefused) {
    Result r = run_gdlab({"contour", "--xrange", "-1e308,1e308"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "gdlab contour: --xrange: the x range -1e308,1e308 is too wide: its width is not a "
              "finite number\n");
    // The same limit for every command: [0, 1e-300] was traced, and refused by export as
    // beyond ±1e250.
    for (const std::vector<std::string>& words :
         {std::vector<std::string>{"trace", "--xrange", "0,1e-300"},
          std::vector<std::string>{"export", "--xrange", "0,1e-300", "--out", "never.png"}}) {
        r = run_gdlab(words);
        EXPECT_EQ(r.status, 2);
        EXPECT_NE(r.err.find("--xrange: the x range 0,1e-300 is too narrow to draw: its width "
                             "must be at least 1e-9 times its larger bound (and at least "
                             "1e-270)"),
                  std::string::npos)
            << r.err;
    }
    r = run_gdlab({"export", "--yrange", "1,1.000000000000001", "--out", "never.png"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("gdlab export: --yrange: the y range 1,1.000000000000001 is too narrow"),
              std::string::npos)
        << r.err;
}

// PNG data went into a file named .jpg.
TEST(Messages, AScreenshotIsAPngAndSaysSo) {
    const Result r = run_gdlab({"--screenshot", "window.jpg"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "gdlab: --screenshot: 'window.jpg' must end in .png (gdlab export writes SVG, PDF "
              "and GIF)\n");
}

// A name with broken UTF-8 was written with U+FFFD in place of the bytes given.
TEST(Messages, AFileNameThatIsNotUtf8IsRefused) {
    Result r = run_gdlab({"export", "--out", "a\xff.png"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "gdlab export: --out: the file name 'a\\xff.png' is not valid UTF-8 text\n");
    r = run_gdlab({"--screenshot", "b\xc0\xaf.png"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "gdlab: --screenshot: the file name 'b\\xc0\\xaf.png' is not valid UTF-8 text\n");
}

// A constant field prints a valid document with no levels, and says why beside it.
TEST(Messages, NoContourLinesSaysWhy) {
    Result r = run_gdlab({"contour", "--expr", "e+x-x", "--grid", "5"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.err,
              "gdlab contour: f is constant here (f = 2.7182818284590446): no contour lines\n");
    r = run_gdlab({"contour", "--expr", "1/0", "--grid", "5"});
    EXPECT_EQ(r.err, "gdlab contour: f is not finite anywhere in this view: no contour lines\n");
}

// The step column was six wide: step 10000000 pushed the row out of line.
TEST(Messages, TheTraceTableIsAsWideAsItsLastStep) {
    const Result r = run_gdlab({"trace", "--expr", "x", "--iters", "10000000", "--tol", "0", "--lr",
                                "1e-4", "--every", "5000000"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("\n     step               x"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\n        0              -3"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\n 10000000           -1003"), std::string::npos) << r.out;
}

// |grad f| printed inf for the finite gradient 5.4e303 of x^1000 at x = 2.
TEST(Messages, TheGradientNormDoesNotOverflowOnTheWay) {
    const Result r = run_gdlab({"trace", "--expr", "x^1000", "--start", "2,1", "--iters", "0"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("1.0715086e+301   5.357543e+303"), std::string::npos) << r.out;
}

// The window's options are checked against the window's ranges, naming the option.
TEST(Messages, TheWindowsRangesNameTheOption) {
    // A view past what the plot holds was replaced by the default view, with no word.
    const Result view = run_gdlab({"--xrange", "-1e260,1e260", "--screenshot", "never.png"});
    EXPECT_EQ(view.status, 2);
    EXPECT_EQ(view.err,
              "gdlab: --xrange: the x range must lie within ±1e250, and be narrower than 1e250, "
              "for the window\n");
    const Result r = run_gdlab({"--lr", "20", "--screenshot", "never.png"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "gdlab: --lr: the learning rate 20 is outside 1e−5 to 10 (the window's range)\n");
}

namespace scene_files {

namespace fs = std::filesystem;

fs::path written(const std::string& name, const std::string& text) {
    const fs::path file = gdlab::test::scratch_folder() / name;
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

const std::string kRun = R"({"optimizer": {"name": "gd", "lr": 0.1}, "start": [-3, 4]})";

// A lecture's field named "\u001b[2J\u001b[H" cleared the screen of whoever exported it, and
// "\u001b]0;...\u0007" retitled the terminal: the notes are printed escaped.
TEST(SceneFiles, TheNotesOnTheTerminalAreEscaped) {
    const fs::path lecture =
        written("escapes.gdlab-lecture",
                R"({"format": "gdlab-lecture", "version": 1, "\u001b[2J\u001b[H": 1,
            "\u001b]0;owned\u0007": 2,
            "scenes": [{"objective": "x^2 + y^2", "runs": [)" +
                    kRun + "]}]}");
    const Result r = run_gdlab({"export", "--lecture", lecture.string(), "--out",
                                (gdlab::test::scratch_folder() / "escapes").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\a'), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(": fields this version does not know: \\x1b[2J\\x1b[H, "
                         "\\x1b]0;owned\\x07; left out"),
              std::string::npos)
        << r.err;
}

// trace and export --scene said nothing of a file's unknown fields or newer version.
TEST(SceneFiles, EveryCommandPrintsAFilesNotes) {
    const fs::path scene =
        written("newer.gdlab", R"({"format": "gdlab-scene", "version": 2, "objective": "x^2 + y^2",
                          "lighting": {"sun": [1, 2]}, "runs": [)" +
                                   kRun + "]}");
    const std::string note = "note: " + scene.string() + ": ";
    for (const std::vector<std::string>& words :
         {std::vector<std::string>{"trace", "--scene", scene.string()},
          std::vector<std::string>{"contour", "--scene", scene.string()},
          std::vector<std::string>{"export", "--scene", scene.string(), "--out",
                                   (gdlab::test::scratch_folder() / "newer.png").string()}}) {
        const Result r = run_gdlab(words);
        ASSERT_EQ(r.status, 0) << words[0] << ": " << r.err;
        EXPECT_NE(r.err.find(note + "written by a newer version of Gradient Descent Lab (format "
                                    "version 2)"),
                  std::string::npos)
            << words[0] << ": " << r.err;
        EXPECT_NE(r.err.find(note + "a field this version does not know: lighting; kept"),
                  std::string::npos)
            << words[0] << ": " << r.err;
    }
}

// A run's value outside the window's range was blamed on --lr, an option never given.
TEST(SceneFiles, AFilesValueOutsideTheWindowsRangeIsNamedByItsField) {
    const fs::path scene =
        written("steep.gdlab", R"({"format": "gdlab-scene", "version": 1, "objective": "x^2 + y^2",
                          "runs": [)" +
                                   kRun + R"(, {"optimizer": {"name": "gd", "lr": 50}}]})");
    const Result r = run_gdlab({"export", "--scene", scene.string(), "--out",
                                (gdlab::test::scratch_folder() / "steep.png").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "gdlab export: " + scene.string() +
                         ": runs[1].optimizer.lr: the learning rate 50 is outside 1e−5 to 10 "
                         "(the window's range)\n");
    // Given on the command line, the option is named.
    const Result given = run_gdlab({"export", "--scene", scene.string(), "--lr", "20", "--out",
                                    (gdlab::test::scratch_folder() / "steep.png").string()});
    EXPECT_EQ(given.err.substr(0, 30), "gdlab export: --lr: the learni") << given.err;
}

}  // namespace scene_files

namespace numeric_honesty {

// The JSON says what kind of point a run converged to, and the CSV why it stopped (it said
// nothing); a point outside the domain reads "undefined" in the table, not "-nan".
TEST(NumericHonesty, EveryFormatSaysHowTheRunEnded) {
    Result r = run_gdlab({"trace", "--expr", "-(x^2 + y^2)", "--optimizer", "newton", "--start",
                          "1,2", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto stop = nlohmann::json::parse(r.out)["stop"];
    EXPECT_EQ(stop["reason"], "converged");
    EXPECT_EQ(stop["point"]["kind"], "maximum");
    EXPECT_EQ(stop["point"]["hessian_eigenvalues"], nlohmann::json::parse("[-2, -2]"));

    r = run_gdlab({"trace", "--expr", "-exp(-(x^2 + y^2))", "--start", "10,10", "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "k,x,y,f,gx,gy,stop,point");
    EXPECT_NE(r.out.find(",plateau,plateau\n"), std::string::npos) << r.out;

    r = run_gdlab({"trace", "--expr", "sqrt(x) + y^2", "--start", "0.3,1", "--lr", "0.5"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.find("nan"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("       undefined       undefined\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("stopped at step 1: f is not defined at (-0.156435, 0)"),
              std::string::npos)
        << r.out;
}

}  // namespace numeric_honesty

}  // namespace
