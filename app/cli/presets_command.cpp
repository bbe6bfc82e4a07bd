#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/usage_error.hpp"
#include "gd/number_format.hpp"
#include "gd/presets.hpp"

namespace gdlab {

namespace {

std::string point_text(const Eigen::Vector2d& p) {
    return "(" + gd::format_number(p.x()) + ", " + gd::format_number(p.y()) + ")";
}

void print_table(std::ostream& out) {
    for (const auto& p : gd::presets()) {
        out << p.name << "\n"
            << "  f(x, y) = " << p.formula << "\n"
            << "  view x in [" << gd::format_number(p.view.x_min) << ", "
            << gd::format_number(p.view.x_max) << "], y in [" << gd::format_number(p.view.y_min)
            << ", " << gd::format_number(p.view.y_max) << "]; start " << point_text(p.start)
            << ", lr " << gd::format_number(p.learning_rate) << ", " << p.iterations << " steps\n";
        if (p.minima.empty()) {
            out << "  no minimum: f is unbounded below\n";
        }
        for (const auto& m : p.minima) {
            out << "  minimum f = " << gd::format_number(m.value) << " at " << point_text(m.point)
                << "\n";
        }
        out << "  " << p.note << "\n\n";
    }
}

}  // namespace

void presets_command(const Arguments& args, std::ostream& out, std::ostream& /*note*/) {
    const std::string format = args.text("--format").value_or("table");
    if (format == "json") {
        out << presets_json().dump(2) << "\n";
    } else if (format == "table") {
        print_table(out);
    } else {
        throw UsageError("--format expects table or json, got '" + format + "'");
    }
}

}  // namespace gdlab
