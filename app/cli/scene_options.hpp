// The scene options of the command line (--scene --preset --expr --start ... and every
// optimizer's): what turns arguments into a Scene, and the usage errors that name the option.
#pragma once

#include <ostream>
#include <set>
#include <string>
#include <string_view>

#include "cli/arguments.hpp"
#include "gd/expression.hpp"
#include "gd/objective.hpp"
#include "gd/presets.hpp"
#include "scene/scene.hpp"

namespace gdlab {

// --scene --preset --expr --start --iters --tol --gradient --h --xrange --yrange, --optimizer and
// every hyper-parameter's option (--lr, ...)
[[nodiscard]] const std::set<std::string>& scene_options();

// The scene the options describe, starting from the preset's (or the default scene's) values,
// or from a scene file's (--scene FILE), whose selected run the options then change.
// Throws UsageError naming the option at fault; an expression error shows a caret under it.
// What reading the file noticed without refusing it goes to `notes` (print_notes, as `command`).
[[nodiscard]] Scene parse_scene(const Arguments& args, std::ostream& notes,
                                std::string_view command);

// --gradient and --h over `gradient` (a scene file's, or the defaults). Throws UsageError for
// an unknown mode, an --h without the numeric gradient, or an h that is not positive.
[[nodiscard]] gd::GradientSettings parse_gradient(const Arguments& args,
                                                  gd::GradientSettings gradient = {});

// Throws UsageError when the exact gradient is asked for but too large to use.
void require_usable_gradient(const gd::Objective& f, const gd::GradientSettings& gradient);

// The objective an --expr or --preset option names (the shared first step of every command).
[[nodiscard]] gd::Objective parse_objective(const Arguments& args, const gd::Preset*& preset);

}  // namespace gdlab
