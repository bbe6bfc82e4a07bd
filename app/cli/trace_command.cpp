#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/optimizer_options.hpp"
#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/number_format.hpp"
#include "scene/run_json.hpp"
#include "scene/scene.hpp"

namespace gdlab {

namespace {

// Eight significant digits, as numpy prints: enough to compare with a numpy run of the same
// descent. A value f does not have (outside its domain) reads "undefined", not printf's "-nan".
std::string cell(double v, int width) {
    char buffer[64];
    if (std::isnan(v)) {
        std::snprintf(buffer, sizeof buffer, "%*s", width, "undefined");
    } else {
        std::snprintf(buffer, sizeof buffer, "%*.8g", width, v);
    }
    return buffer;
}

void print_table(const Scene& scene, const gd::Trace& trace, long long every, std::ostream& out) {
    const auto& f = scene.objective;
    const auto& s = scene.run().settings;
    out << "f(x, y) = " << f.expression().to_string() << "\n";
    if (s.gradient.mode == gd::GradientMode::exact) {
        out << "gradient: exact, (" << f.partial(gd::Variable::x).to_string() << ", "
            << f.partial(gd::Variable::y).to_string() << ")\n";
    } else {
        out << "gradient: numeric, central differences with h = " << gd::format_number(s.gradient.h)
            << "\n";
    }
    out << optimizer_summary(scene.run().optimizer, s.schedule) << "; " << settings_summary(s)
        << "\n\n";
    // The step column is as wide as the last step number needs (at least "  step").
    const int width =
        std::max(6, static_cast<int>(std::to_string(trace.points.size() - 1).size()) + 1);
    out << std::string(static_cast<std::size_t>(width) - 4, ' ') << "step               x"
        << "               y               f        |grad f|\n";
    for_sampled_indices(trace.points.size(), every, [&](std::size_t k) {
        const auto& p = trace.points[k];
        const std::string step = std::to_string(k);
        out << std::string(static_cast<std::size_t>(width) - step.size(), ' ') << step
            << cell(p.x.x(), 16) << cell(p.x.y(), 16) << cell(p.f, 16)
            << cell(gd::norm(p.gradient), 16) << "\n";
    });
    out << "\n" << gd::describe_stop(trace, scene.run()) << "\n";
}

// The last row's `stop` says why the run ended (the JSON's stop.reason: converged, stalled,
// plateau, diverged, ...) and `point` what kind of point it ended at where the gradient vanished
// (minimum, maximum, saddle, undecided, plateau); the table and the JSON give the sentence.
void print_csv(const gd::Trace& trace, long long every, std::ostream& out) {
    out << "k,x,y,f,gx,gy,stop,point\n";
    const std::size_t last = trace.points.size() - 1;
    for_sampled_indices(trace.points.size(), every, [&](std::size_t k) {
        const auto& p = trace.points[k];
        out << k << ',' << gd::format_number(p.x.x()) << ',' << gd::format_number(p.x.y()) << ','
            << gd::format_number(p.f) << ',' << gd::format_number(p.gradient.x()) << ','
            << gd::format_number(p.gradient.y()) << ',';
        if (k == last) {
            out << gd::to_string(trace.stop) << ',';
            if (trace.stationary.kind != gd::StationaryKind::unknown)
                out << gd::to_string(trace.stationary.kind);
        } else {
            out << ',';
        }
        out << "\n";
    });
}

}  // namespace

void trace_command(const Arguments& args, std::ostream& out, std::ostream& note) {
    const std::string format = args.text("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json") {
        throw UsageError("--format expects table, csv or json, got '" + format + "'");
    }
    const long long every = args.integer("--every", 1, 1'000'000'000).value_or(1);
    const Scene scene = parse_scene(args, note, "gdlab trace");
    const gd::Trace trace =
        gd::run_descent(scene.objective, scene.run().optimizer, scene.run().settings);
    if (format == "json") {
        write_trace_json(out, scene, trace, every);
    } else if (format == "csv") {
        print_csv(trace, every, out);
    } else {
        print_table(scene, trace, every, out);
    }
}

}  // namespace gdlab
