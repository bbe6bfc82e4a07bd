// The Demos menu: teaching scenes set up in one click, each an objective, a view and the runs
// that make its point side by side. Each is a scene file in resources/demos/, compiled in.
#pragma once

#include <QString>
#include <optional>
#include <span>
#include <vector>

#include "gd/grid.hpp"
#include "gui/model/run_spec.hpp"
#include "scene/scene.hpp"

namespace gdlab {

struct Demo {
    QString title;
    // The objective (a preset's), the view and the runs side by side; its selected run is
    // drawn on top with its first iterates numbered.
    Scene scene;
    QString note;  // what to look for, shown above the plot
    // Whether the convergence panel opens on the coordinates x_k, y_k (an oscillation's
    // zig-zag) rather than on f and |grad f|.
    bool coordinates = false;
};

[[nodiscard]] std::span<const Demo> demos();

}  // namespace gdlab
