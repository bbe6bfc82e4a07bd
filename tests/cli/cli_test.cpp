// Runs the real gdlab binary and compares what it prints with golden files in tests/cli/golden.
// After an intended change of output, regenerate them with GDLAB_UPDATE_GOLDEN=1 and review the
// diff like any other change.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "gd/descent.hpp"
#include "gd/presets.hpp"
#include "gdlab_process.hpp"

namespace {

namespace fs = std::filesystem;
using gdlab::test::read_file;
using gdlab::test::Result;
using gdlab::test::run_gdlab;

bool is_json(const std::string& text) {
    return !text.empty() && (text.front() == '{' || text.front() == '[');
}

// Floating-point numbers in JSON goldens match when they differ by at most this much relative to
// the larger of the two: another compiler, libm or instruction set may round the last bits
// differently, and a real change of output moves a number far more. Everything else (integers,
// strings, booleans, keys, the lengths of arrays) must match exactly.
constexpr double kGoldenRelativeTolerance = 1e-12;

// Where `actual` first differs from `expected` ("/points/3/x: 0.5, expected 0.25"), or nothing.
std::optional<std::string> json_difference(const nlohmann::json& actual,
                                           const nlohmann::json& expected,
                                           const std::string& where = "") {
    const auto differs = [&](const std::string& what) {
        return std::optional<std::string>((where.empty() ? "/" : where) + ": " + what);
    };
    if (actual.is_number_float() && expected.is_number_float()) {
        const double a = actual.get<double>();
        const double e = expected.get<double>();
        if (std::abs(a - e) <= kGoldenRelativeTolerance * std::max(std::abs(a), std::abs(e)))
            return std::nullopt;
        return differs(actual.dump() + ", expected " + expected.dump());
    }
    if (actual.is_number_integer() && expected.is_number_integer()) {
        if (actual == expected) return std::nullopt;
        return differs(actual.dump() + ", expected " + expected.dump());
    }
    if (actual.type() != expected.type()) {
        return differs(std::string("a ") + actual.type_name() + " (" + actual.dump() +
                       "), expected a " + expected.type_name() + " (" + expected.dump() + ")");
    }
    if (actual.is_object()) {
        for (const auto& [key, value] : expected.items()) {
            if (!actual.contains(key)) return differs("no \"" + key + "\"");
        }
        for (const auto& [key, value] : actual.items()) {
            if (!expected.contains(key)) return differs("an unexpected \"" + key + "\"");
            if (auto d = json_difference(value, expected[key], where + "/" + key)) return d;
        }
        return std::nullopt;
    }
    if (actual.is_array()) {
        if (actual.size() != expected.size()) {
            return differs(std::to_string(actual.size()) + " elements, expected " +
                           std::to_string(expected.size()));
        }
        for (std::size_t k = 0; k < actual.size(); ++k) {
            if (auto d = json_difference(actual[k], expected[k], where + "/" + std::to_string(k)))
                return d;
        }
        return std::nullopt;
    }
    if (actual == expected) return std::nullopt;
    return differs(actual.dump() + ", expected " + expected.dump());
}

// JSON goldens are stored pretty-printed (indent 2, one value a line), so that a change shows as
// the lines it changes, and compared parsed, numbers within kGoldenRelativeTolerance; other
// goldens are compared as text.
void expect_golden(const std::string& name, const std::string& actual) {
    const fs::path file = fs::path(GOLDEN_DIR) / name;
    if (std::getenv("GDLAB_UPDATE_GOLDEN")) {
        std::ofstream(file, std::ios::binary)
            << (is_json(actual) ? nlohmann::json::parse(actual).dump(2) + "\n" : actual);
        return;
    }
    ASSERT_TRUE(fs::exists(file)) << file << " is missing; run with GDLAB_UPDATE_GOLDEN=1";
    const std::string expected = read_file(file);
    if (is_json(expected)) {
        ASSERT_TRUE(is_json(actual)) << "not JSON: " << actual.substr(0, 200);
        const auto difference =
            json_difference(nlohmann::json::parse(actual), nlohmann::json::parse(expected));
        EXPECT_FALSE(difference) << "differs from " << file << " at " << difference.value_or("");
        return;
    }
    EXPECT_EQ(actual, expected) << "differs from " << file;
}

struct GoldenCase {
    const char* name;
    std::vector<std::string> args;
    int status;
};

void PrintTo(const GoldenCase& c, std::ostream* os) {
    *os << c.name;
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, OutputMatches) {
    const auto& c = GetParam();
    const Result r = run_gdlab(c.args);
    EXPECT_EQ(r.status, c.status) << r.err;
    if (c.status == 0) {
        EXPECT_EQ(r.err, "");
        expect_golden(std::string(c.name) + ".out", r.out);
    } else {
        EXPECT_EQ(r.out, "");
        expect_golden(std::string(c.name) + ".err", r.err);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Commands, Golden,
    ::testing::Values(
        GoldenCase{"usage", {"--help"}, 0},
        GoldenCase{"trace_default_table", {"trace", "--every", "10"}, 0},
        GoldenCase{"trace_seed_notebook_json",
                   {"trace", "--expr", "x[0]**2 + x[1]**2", "--gradient", "numeric", "--tol", "0",
                    "--format", "json", "--every", "10"},
                   0},
        GoldenCase{"trace_himmelblau_csv",
                   {"trace", "--preset", "himmelblau", "--format", "csv", "--every", "5"},
                   0},
        GoldenCase{
            "trace_diverges", {"trace", "--lr", "1.1", "--iters", "2000", "--every", "250"}, 0},
        GoldenCase{
            "trace_high_lr_oscillates", {"trace", "--lr=0.7", "--iters", "6", "--tol", "0"}, 0},
        GoldenCase{"eval_rosenbrock", {"eval", "--preset", "rosenbrock", "--at", "-1.2,1"}, 0},
        GoldenCase{"eval_expression_numeric",
                   {"eval", "--expr", "sin(x)*cos(y) + x^2", "--at", "0.5,0.25", "--gradient",
                    "numeric", "--h", "1e-5"},
                   0},
        GoldenCase{"contour_circle",
                   {"contour", "--expr", "x^2 + y^2", "--xrange", "-2,2", "--yrange", "-2,2",
                    "--grid", "9", "--levels", "1,2.5"},
                   0},
        GoldenCase{"contour_csv",
                   {"contour", "--expr", "x*y", "--xrange", "-1,1", "--yrange", "-1,1", "--grid",
                    "5", "--levels", "0.25", "--format", "csv"},
                   0},
        GoldenCase{"contour_rosenbrock_auto_levels",
                   {"contour", "--preset", "rosenbrock", "--grid", "24", "--nlevels", "6"},
                   0},
        GoldenCase{"presets_table", {"presets"}, 0},
        GoldenCase{"presets_json", {"presets", "--format", "json"}, 0},
        GoldenCase{"error_expression_caret", {"trace", "--expr", "x^2 + * y"}, 2},
        GoldenCase{"error_unclosed_parenthesis", {"eval", "--expr", "sin(x", "--at", "0,0"}, 2},
        GoldenCase{"error_unknown_name", {"trace", "--expr", "xy + 1"}, 2},
        GoldenCase{"error_unicode", {"trace", "--expr", "x² + y²"}, 2},
        GoldenCase{"error_unknown_preset", {"trace", "--preset", "rosenbrok"}, 2},
        GoldenCase{"error_bad_start", {"trace", "--start", "1;2"}, 2},
        GoldenCase{"error_start_without_value", {"trace", "--start"}, 2},
        GoldenCase{"error_unknown_option", {"trace", "--learning-rate", "0.1"}, 2},
        GoldenCase{"error_negative_lr", {"trace", "--lr", "-0.1"}, 2},
        GoldenCase{"error_iters_not_integer", {"trace", "--iters", "1e3x"}, 2},
        GoldenCase{"error_h_without_numeric", {"trace", "--h", "1e-3"}, 2},
        GoldenCase{"error_unknown_optimizer", {"trace", "--optimizer", "adamax"}, 2},
        GoldenCase{"error_empty_xrange", {"contour", "--xrange", "1,1"}, 2},
        GoldenCase{"error_eval_without_at", {"eval", "--preset", "bowl"}, 2},
        GoldenCase{"error_bad_format", {"trace", "--format", "xml"}, 2},
        GoldenCase{"error_unknown_command", {"plot"}, 2},
        GoldenCase{"error_expr_and_preset", {"trace", "--expr", "x", "--preset", "bowl"}, 2}),
    [](const ::testing::TestParamInfo<GoldenCase>& param_info) { return param_info.param.name; });

// What a package's user checks first: the installed program names its version.
TEST(Version, PrintsTheProjectVersion) {
    const Result r = run_gdlab({"--version"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "gdlab " GDLAB_VERSION "\n");
    EXPECT_EQ(r.err, "");
}

// Numbers in JSON read back to the very doubles the core computed.
TEST(Json, TraceNumbersReadBackExactly) {
    const Result r =
        run_gdlab({"trace", "--preset", "rosenbrock", "--iters", "50", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    const gd::Preset& p = *gd::find_preset("rosenbrock");
    gd::DescentSettings s;
    s.start = p.start;
    s.max_iterations = 50;
    const gd::Trace t = gd::run_descent(std::get<gd::Objective>(gd::Objective::parse(p.formula)),
                                        gd::GradientDescent{0.001}, s);
    ASSERT_EQ(doc["points"].size(), t.points.size());
    for (std::size_t k = 0; k < t.points.size(); ++k) {
        const auto& jp = doc["points"][k];
        EXPECT_EQ(jp["k"].get<std::size_t>(), k);
        EXPECT_EQ(jp["x"].get<double>(), t.points[k].x.x());
        EXPECT_EQ(jp["y"].get<double>(), t.points[k].x.y());
        EXPECT_EQ(jp["f"].get<double>(), t.points[k].f);
        EXPECT_EQ(jp["gx"].get<double>(), t.points[k].gradient.x());
        EXPECT_EQ(jp["gy"].get<double>(), t.points[k].gradient.y());
    }
    EXPECT_EQ(doc["stop"]["reason"], "max_iterations");
    EXPECT_EQ(doc["stop"]["iterations"], 50);
    EXPECT_EQ(doc["optimizer"]["name"], "gd");
    EXPECT_EQ(doc["optimizer"]["lr"].get<double>(), 0.001);
}

TEST(Json, ContourClosedLinesRepeatTheirFirstPoint) {
    const Result r = run_gdlab({"contour", "--preset", "himmelblau", "--grid", "64"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["grid"]["n"], 64);
    EXPECT_EQ(doc["grid"]["xrange"][0].get<double>(), -5.0);
    std::size_t closed = 0;
    for (const auto& level : doc["levels"]) {
        for (const auto& line : level["lines"]) {
            if (line["closed"].get<bool>()) {
                ++closed;
                EXPECT_EQ(line["points"].front(), line["points"].back());
            }
        }
    }
    EXPECT_GT(closed, 4U);  // rings around the four minima at least
}

TEST(Json, EvalGivesTheGradientAndHessian) {
    const Result r = run_gdlab({"eval", "--expr", "x^2 + 3*x*y", "--at", "1,2"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["f"].get<double>(), 7.0);
    EXPECT_EQ(doc["grad"][0].get<double>(), 8.0);
    EXPECT_EQ(doc["grad"][1].get<double>(), 3.0);
    EXPECT_EQ(doc["hessian"], nlohmann::json::parse("[[2.0, 3.0], [3.0, 0.0]]"));
    EXPECT_EQ(doc["grad_formula"][0], "2*x + 3*y");
    EXPECT_EQ(doc["grad_formula"][1], "3*x");
}

}  // namespace
