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
    gd::GradientSettings gradient;
    if (const auto mode = args.text("--gradient")) {
        const auto parsed = gd::gradient_mode_from_string(*mode);
        if (!parsed) throw UsageError("--gradient expects exact or numeric, got '" + *mode + "'");
        gradient.mode = *parsed;
    }
    if (const auto h = args.number("--h")) {
        if (gradient.mode != gd::GradientMode::numeric) {
            throw UsageError("--h sets the step of the numeric gradient; add --gradient numeric");
        }
        if (*h <= 0.0) throw UsageError("--h: the finite-difference step must be positive");
        gradient.h = *h;
    }
    if (gradient.mode == gd::GradientMode::exact && !f.has_exact_gradient()) {
        throw UsageError(
            "--gradient exact: the symbolic gradient of this expression is too large to use; "
            "add --gradient numeric");
    }
    out << eval_json(f, *at, gradient).dump() << "\n";
}

}  // namespace gdlab
