#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/scene.hpp"
#include "cli/usage_error.hpp"

namespace gdlab {

void eval_command(const std::vector<std::string>& words, std::ostream& out) {
    const Arguments args(words, {"--expr", "--preset", "--at", "--gradient", "--h"}, "eval");
    const auto at = args.pair("--at", "X,Y");
    if (!at) throw UsageError("--at X,Y is required: the point where f is evaluated");
    const gd::Preset* preset = nullptr;
    const gd::Objective f = parse_objective(args, preset);
    const gd::GradientSettings gradient = parse_gradient(args);
    require_usable_gradient(f, gradient);
    out << eval_json(f, *at, gradient).dump() << "\n";
}

}  // namespace gdlab
