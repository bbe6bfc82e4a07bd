// A scene: objective, optimizer, descent settings and view, from the scene options shared by
// every subcommand (and, later, by the window).
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "cli/arguments.hpp"
#include "gd/descent.hpp"
#include "gd/expression.hpp"
#include "gd/grid.hpp"
#include "gd/objective.hpp"
#include "gd/optimizer.hpp"
#include "gd/presets.hpp"

namespace gdlab {

struct Scene {
    const gd::Preset* preset = nullptr;  // null for --expr
    gd::Objective objective;
    gd::Optimizer optimizer;
    gd::DescentSettings settings;
    gd::Rect view;
};

// The option that sets a descent setting: "--start", "--iters", "--tol", "--h".
[[nodiscard]] std::string_view option_of(gd::Setting setting);

// --preset --expr --start --iters --tol --gradient --h --xrange --yrange, --optimizer and
// every hyper-parameter's option (--lr, ...)
[[nodiscard]] const std::set<std::string>& scene_options();

// The scene the options describe, starting from the preset's (or the default scene's) values.
// Throws UsageError naming the option at fault; an expression error shows a caret under it.
[[nodiscard]] Scene parse_scene(const Arguments& args);

// The text of an objective that failed to parse, with the message and a caret line:
//   --expr: unexpected '*': expected a number, a variable, a function or '(' (column 7)
//     x^2 + * y
//           ^
[[nodiscard]] std::string describe_parse_error(std::string_view source, std::string_view text,
                                               const gd::ParseError& error);

// --gradient and --h. Throws UsageError for an unknown mode, an --h without --gradient
// numeric, or an h that is not positive.
[[nodiscard]] gd::GradientSettings parse_gradient(const Arguments& args);

// Throws UsageError when the exact gradient is asked for but too large to use.
void require_usable_gradient(const gd::Objective& f, const gd::GradientSettings& gradient);

// The objective an --expr or --preset option names (the shared first step of every command).
[[nodiscard]] gd::Objective parse_objective(const Arguments& args, const gd::Preset*& preset);

}  // namespace gdlab
