#include "cli/commands.hpp"
#include "cli/json_output.hpp"
#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/contour.hpp"
#include "gd/number_format.hpp"
#include "scene/scene.hpp"

namespace gdlab {

namespace {

// The most cell crossings (about the number of points printed) a contour command computes: 20
// million points are about 800 MB of JSON, more than any plot needs.
constexpr std::size_t kMaxContourCrossings = 20'000'000;
constexpr long long kDefaultLevels = 20;

void print_csv_level(const gd::ContourLevel& level, std::ostream& out) {
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

}  // namespace

void contour_command(const Arguments& args, std::ostream& out, std::ostream& note) {
    const std::string format = args.text("--format").value_or("json");
    if (format != "json" && format != "csv") {
        throw UsageError("--format expects json or csv, got '" + format + "'");
    }
    if (args.has("--levels") && args.has("--nlevels")) {
        throw UsageError("--levels and --nlevels both choose the levels; give only one");
    }
    const auto n = args.integer("--grid", 2, gd::kMaxGridSamples).value_or(101);
    const auto count = args.integer("--nlevels", 1, gd::kMaxContourLevels).value_or(kDefaultLevels);
    const auto given = args.list("--levels");
    if (given && given->size() > static_cast<std::size_t>(gd::kMaxContourLevels)) {
        throw UsageError("--levels: at most " + std::to_string(gd::kMaxContourLevels) +
                         " levels, got " + std::to_string(given->size()));
    }
    const Scene scene = parse_scene(args, note, "gdlab contour");
    const gd::Grid grid = gd::sample_grid(scene.objective, scene.view, n, n);
    std::vector<double> levels;
    if (given) {
        levels = *given;
    } else {
        const gd::LevelChoice choice = gd::choose_levels(grid, static_cast<int>(count));
        levels = choice.levels;
        // No lines at all says why, beside the output (which stays a valid document).
        if (choice.finite_share == 0.0) {
            note << "gdlab contour: f is not finite anywhere in this view: no contour lines\n";
        } else if (choice.constant) {
            note << "gdlab contour: f is constant here (f = " << gd::format_number(choice.min)
                 << "): no contour lines\n";
        }
    }

    std::size_t crossings = 0;
    for (const std::size_t c : gd::crossing_counts(grid, levels))
        crossings += c;
    if (crossings > kMaxContourCrossings) {
        throw UsageError("the contour lines would cross " + std::to_string(crossings) +
                         " grid cells, more than the limit of " +
                         std::to_string(kMaxContourCrossings) +
                         "; use a smaller --grid or fewer levels");
    }
    if (format == "csv") {
        out << "level,line,closed,point,x,y\n";
        gd::contour_each(grid, levels, [&](std::size_t, const gd::ContourLevel& level) {
            print_csv_level(level, out);
        });
        return;
    }
    JsonWriter json(out);
    begin_contour_json(json, grid);
    gd::contour_each(grid, levels, [&](std::size_t, const gd::ContourLevel& level) {
        write_contour_level_json(json, level);
    });
    end_contour_json(json);
    json.flush();
    out << "\n";
}

}  // namespace gdlab
