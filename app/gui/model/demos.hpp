// The Demos menu: teaching scenes set up in one click, each an objective, a view and the runs
// that make its point side by side.
#pragma once

#include <QString>
#include <optional>
#include <span>
#include <vector>

#include "gd/grid.hpp"
#include "gui/model/run_spec.hpp"

namespace gdlab {

struct Demo {
    QString title;
    QString preset;                // the objective, a preset's name
    std::optional<gd::Rect> view;  // the preset's own view when empty
    std::vector<RunSpec> runs;
    QString note;        // what to look for, shown in the status bar
    int active_run = 0;  // the run selected (drawn on top, its first iterates numbered)
    // Whether the convergence panel opens on the coordinates x_k, y_k (an oscillation's
    // zig-zag) rather than on f and |grad f|.
    bool coordinates = false;
};

[[nodiscard]] std::span<const Demo> demos();

}  // namespace gdlab
