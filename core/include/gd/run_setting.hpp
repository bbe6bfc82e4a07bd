// A run's own numbers (its start, how many updates, when it stops, the numeric gradient's h),
// described once as hyper-parameters are: the command line and its help, scene files, the
// window's fields and checks, the legend and the undo history's names are generated from this
// table. A new per-run setting is a member of DescentSettings, a row here, and its use in the
// descent loop.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "gd/descent.hpp"
#include "gd/hyper_parameter.hpp"

namespace gd {

enum class Setting { start, iterations, tolerance, h };

struct RunSetting {
    Setting id;
    // name (the scene file's key within the run, "tolerance"), label ("tolerance"), symbol (the
    // legend's "tol"), the valid and window ranges (per coordinate for the start), the meaning
    // (--help and tooltips), whether it is a count, whether a slider over it is logarithmic.
    // Its default is DescentSettings{}'s, read through `get` (describe.default_value is unused).
    HyperParameter describe;
    std::string_view option;      // "--tol"
    std::string_view value_name;  // in --help: "--tol T"
    // Where a scene file keeps it within a run, as a path: "tolerance", "gradient.h".
    std::string_view field;
    int components = 1;  // 2 for a point: "--start X,Y", "start": [x, y]
    // A point's coordinates in messages: "start x", "start y".
    std::array<std::string_view, 2> component_labels{};
    // Only read with the numeric gradient (h): with the exact gradient it is kept, not checked.
    bool numeric_gradient_only = false;
    // 0 turns it off (the tolerance): the window's field and the legend say "off".
    bool off_at_zero = false;
    // The undo history's name for a change of it: "move start", "change tolerance".
    std::string_view change;
    // Beside its field in the window: "Iterations", "h".
    std::string_view heading;
    double (*get)(const DescentSettings& s, int component) = nullptr;
    void (*set)(DescentSettings& s, int component, double value) = nullptr;
};

// clang-format off: one row a setting, its fields named
inline constexpr std::array<RunSetting, 4> kRunSettings = {{
    {.id = Setting::start,
     .describe = {.name = "start",
                  .label = "start",
                  .symbol = "start",
                  .valid = {-kDivergenceLimit, kDivergenceLimit},
                  .window = {-1e6, 1e6},
                  .meaning = "start point",
                  .preset_default = true},
     .option = "--start",
     .value_name = "X,Y",
     .field = "start",
     .components = 2,
     .component_labels = {"start x", "start y"},
     .change = "move start",
     .heading = "Start x, y",
     .get = [](const DescentSettings& s, int c) { return s.start[c]; },
     .set = [](DescentSettings& s, int c, double v) { s.start[c] = v; }},
    {.id = Setting::iterations,
     .describe = {.name = "iterations",
                  .label = "number of iterations",
                  .symbol = "iterations",
                  .valid = {0.0, kMaxIterations},
                  .window = {1.0, 1e6},
                  .log_scale = true,
                  .meaning = "most updates to apply",
                  .whole = true,
                  .preset_default = true},
     .option = "--iters",
     .value_name = "N",
     .field = "iterations",
     .change = "change iterations",
     .heading = "Iterations",
     .get = [](const DescentSettings& s, int) { return static_cast<double>(s.max_iterations); },
     // A value an int cannot hold (NaN, 1e300) becomes one the check refuses, never undefined
     // behaviour: -1 for NaN, the int's limits past them.
     .set =
         [](DescentSettings& s, int, double v) {
             s.max_iterations =
                 std::isnan(v) ? -1 : static_cast<int>(std::clamp(v, -1.0, 2147483647.0));
         }},
    {.id = Setting::tolerance,
     .describe = {.name = "tolerance",
                  .label = "tolerance",
                  .symbol = "tol",
                  .valid = {0.0, kUnbounded},
                  .window = {0.0, 1e3},
                  .log_scale = true,
                  .meaning =
                      "stop before a step whose components are all at most T; 0 never stops"},
     .option = "--tol",
     .value_name = "T",
     .field = "tolerance",
     .off_at_zero = true,
     .change = "change tolerance",
     .heading = "Tolerance",
     .get = [](const DescentSettings& s, int) { return s.tolerance; },
     .set = [](DescentSettings& s, int, double v) { s.tolerance = v; }},
    {.id = Setting::h,
     .describe = {.name = "h",
                  .label = "finite-difference step h",
                  .symbol = "h",
                  .valid = {0.0, kUnbounded, true},
                  .window = {1e-12, 1.0},
                  .log_scale = true,
                  .meaning = "central-difference step with --gradient numeric"},
     .option = "--h",
     .value_name = "H",
     .field = "gradient.h",
     .numeric_gradient_only = true,
     .change = "change step h",
     .heading = "h",
     .get = [](const DescentSettings& s, int) { return s.gradient.h; },
     .set = [](DescentSettings& s, int, double v) { s.gradient.h = v; }},
}};
// clang-format on

// The row of `id`.
[[nodiscard]] constexpr const RunSetting& run_setting(Setting id) {
    for (const RunSetting& r : kRunSettings) {
        if (r.id == id) return r;
    }
    return kRunSettings.front();  // every Setting has a row (a test checks)
}

// "start x", "start y" for a point's coordinates; the label for a single number.
[[nodiscard]] constexpr std::string_view component_label(const RunSetting& setting, int component) {
    return setting.components == 1 ? setting.describe.label
                                   : setting.component_labels[component == 0 ? 0 : 1];
}

// A coordinate of a setting as a parameter of its own: labelled "start x", with
// DescentSettings{}'s value as its default. What the core's check and the window's ranges judge.
[[nodiscard]] HyperParameter component_parameter(const RunSetting& setting, int component);

struct SettingProblem {
    Setting setting;      // the one at fault
    std::string message;  // what is wrong with it, naming it
};

// What is wrong with the settings, or nothing when all are valid. A numeric-gradient step h so
// small that x + h or x - h rounds back to x at the start would make the gradient exactly 0
// there and "converge" at once; it is refused too.
[[nodiscard]] std::optional<SettingProblem> check_settings(const DescentSettings& s);

}  // namespace gd
