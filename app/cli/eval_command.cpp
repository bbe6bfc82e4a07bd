#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/run_setting.hpp"
#include "scene/scene.hpp"

namespace gdlab {

void eval_command(const Arguments& args, std::ostream& out, std::ostream& /*note*/) {
    const auto at = args.pair("--at", "X,Y");
    if (!at) throw UsageError("--at X,Y is required: the point where f is evaluated");
    const gd::Preset* preset = nullptr;
    const gd::Objective f = parse_objective(args, preset);
    const gd::GradientSettings gradient = parse_gradient(args);
    // An h that vanishes next to the point's coordinates would give a gradient of exactly 0.
    gd::DescentSettings at_point;
    at_point.start = *at;
    at_point.gradient = gradient;
    if (auto problem = gd::check_settings(at_point);
        problem && problem->setting == gd::Setting::h) {
        throw UsageError("--h: " + problem->message);
    }
    require_usable_gradient(f, gradient);
    out << eval_json(f, *at, gradient).dump() << "\n";
}

}  // namespace gdlab
