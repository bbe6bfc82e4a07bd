#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/scene.hpp"
#include "cli/usage_error.hpp"
#include "gd/contour.hpp"
#include "gd/number_format.hpp"

namespace gdlab {

namespace {

void print_csv(const gd::ContourSet& contours, std::ostream& out) {
    out << "level,line,closed,point,x,y\n";
    for (const auto& level : contours) {
        for (std::size_t l = 0; l < level.lines.size(); ++l) {
            const auto& line = level.lines[l];
            for (std::size_t p = 0; p < line.points.size(); ++p) {
                out << gd::format_number(level.value) << ',' << l << ','
                    << (line.closed ? "true" : "false") << ',' << p << ','
                    << gd::format_number(line.points[p].x()) << ','
                    << gd::format_number(line.points[p].y()) << "\n";
            }
        }
    }
}

}  // namespace

void contour_command(const std::vector<std::string>& words, std::ostream& out) {
    auto known = scene_options();
    known.insert({"--grid", "--levels", "--nlevels", "--format"});
    const Arguments args(words, known, "contour");
    const std::string format = args.text("--format").value_or("json");
    if (format != "json" && format != "csv") {
        throw UsageError("--format expects json or csv, got '" + format + "'");
    }
    if (args.has("--levels") && args.has("--nlevels")) {
        throw UsageError("--levels and --nlevels both choose the levels; give only one");
    }
    const auto n = args.integer("--grid", 2, 4096).value_or(101);
    const auto count = args.integer("--nlevels", 1, 1000).value_or(12);
    const Scene scene = parse_scene(args);
    const gd::Grid grid = gd::sample_grid(scene.objective, scene.view, n, n);
    std::vector<double> levels;
    if (const auto given = args.list("--levels")) {
        levels = *given;
    } else {
        levels = gd::choose_levels(grid, static_cast<int>(count)).levels;
    }
    const gd::ContourSet contours = gd::contour(grid, levels);
    if (format == "csv") {
        print_csv(contours, out);
    } else {
        out << contour_json(grid, contours).dump() << "\n";
    }
}

}  // namespace gdlab
