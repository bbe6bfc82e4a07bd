// The one Scene: what the command line builds, the window shows and edits, the saved settings
// keep and exports render. An objective (its text, and the preset it is when it is one), the
// runs on it, the view and the step shown.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "gd/contour.hpp"
#include "gd/descent.hpp"
#include "gd/expression.hpp"
#include "gd/grid.hpp"
#include "gd/objective.hpp"
#include "gd/optimizer.hpp"
#include "gd/presets.hpp"
#include "scene/window_limits.hpp"

namespace gdlab {

// The default preset's objective, parsed once: what a Scene holds until it is given its own.
[[nodiscard]] const gd::Objective& default_objective();

// The plot's contour lines: at most `count` of them, spaced evenly in f or in log f (nothing:
// chosen from the values, log where they span decades).
struct ContourLines {
    int count = kDefaultContourLevels;
    std::optional<gd::LevelSpacing> spacing;
    bool operator==(const ContourLines&) const = default;
};

struct Scene {
    std::string expression{gd::default_preset().formula};  // as typed, or the preset's formula
    const gd::Preset* preset = &gd::default_preset();      // the preset the objective is, or null
    gd::Objective objective = default_objective();         // `expression`, parsed
    std::vector<gd::RunSpec> runs;  // 1 ... kMaxRuns, each drawn in its own colour
    // Each run's colour, a slot of the window's palette: a run keeps its colour when another is
    // removed. Not saved in scene files; empty, or not one distinct slot per run: in run order.
    std::vector<int> colours;
    int active_run = 0;  // the run selected: drawn on top, explained
    gd::Rect view;
    std::optional<int> step;  // the step shown; nothing: the end of the longest run

    // What a scene file adds to what the command line says (all optional):
    std::string title;                 // a heading shown above the plot
    std::string note;                  // what to look for, shown above the plot
    std::optional<std::string> theme;  // "light" or "dark"; nothing: the viewer's own
    bool coordinates_plot = false;     // the convergence panel opens on x_k, y_k
    // The animation's speed in steps a second (kMinSpeed … kMaxSpeed): what shows the scene's
    // point within seconds, 4 for a handful of hops, 300 for Rosenbrock's thousands of steps.
    // Nothing: the viewer's own.
    std::optional<double> speed;
    ContourLines contours;
    // Fields of a scene file this version does not know (a newer version's), kept as they were
    // so that saving the scene again does not drop them.
    // A JSON object; null when there are none. Shared and never changed once read, so that a
    // Scene copies cheaply, and declared only (json_fwd): the files that show a scene do not
    // compile the JSON library.
    std::shared_ptr<const nlohmann::ordered_json> unknown_fields;

    // The selected run: the one the command line describes and `trace` follows (the only one
    // when the command line built the scene).
    [[nodiscard]] const gd::RunSpec& run() const {
        return runs[static_cast<std::size_t>(active_run)];
    }
};

// A preset's scene: its formula, view, and one run from its start at its learning rate.
[[nodiscard]] Scene scene_of(const gd::Preset& preset);

struct SceneProblem {
    std::string option;   // the option that sets the field at fault ("--lr", "--xrange")
    std::string message;  // what is wrong, naming the field
    // Where a scene file keeps it: "runs[1].optimizer.lr", "view.x", "selected_run".
    std::string field;
};

// What is wrong with a scene, or nothing: the runs' count and settings, each optimizer's
// hyper-parameters, an exact gradient too large to use, the view. The one validation of a
// scene, whatever it came from.
[[nodiscard]] std::optional<SceneProblem> check_scene(const Scene& scene);

// What makes the gradient asked for unusable on `f` (an exact gradient too large to use), or
// nothing: the one check, for scenes and for eval.
[[nodiscard]] std::optional<std::string> gradient_problem(const gd::Objective& f,
                                                          const gd::GradientSettings& gradient);

// The text of an objective that failed to parse, with the message and a caret line:
//   --expr: unexpected '*': expected a number, a variable, a function or '(' (column 7)
//     x^2 + * y
//           ^
[[nodiscard]] std::string describe_parse_error(std::string_view source, std::string_view text,
                                               const gd::ParseError& error);

}  // namespace gdlab
