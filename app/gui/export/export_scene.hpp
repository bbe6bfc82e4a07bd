// Everything the descent plot shows, taken out of the window so that it can be drawn again
// off screen at any size: for image and animation export, from the window or the command line.
#pragma once

#include <Eigen/Core>
#include <QSize>
#include <QString>
#include <memory>
#include <utility>
#include <vector>

#include "gd/descent.hpp"
#include "gd/grid.hpp"
#include "gd/objective.hpp"
#include "gui/model/run_spec.hpp"
#include "gui/plot/theme.hpp"
#include "scene/scene.hpp"

namespace gdlab {

class DescentPlot;

struct ExportRun {
    std::shared_ptr<const gd::Trace> trace;
    RunSpec spec;
    QString label;   // the legend entry
    int colour = 0;  // its palette slot, as the window draws it
};

struct ExportScene {
    explicit ExportScene(gd::Objective f) : objective(std::move(f)) {}

    gd::Objective objective;
    std::vector<Eigen::Vector2d> minima;
    std::vector<ExportRun> runs;
    int active_run = 0;  // whose step the line above the plot describes
    int step = 0;        // the step shown
    bool arrows = true;
    bool numbers = true;          // x₀, x₁, … beside the active run's first iterates
    bool gradient_field = false;  // arrows of −∇f over the heatmap
    ContourLines contours;        // the scene's count and spacing of contour lines
    bool equal_scaling = true;
    gd::Rect view;      // as shown; equal scaling widens it to the picture's shape
    std::string title;  // the scene's, for a picture that carries it (ExportLook::title)
    std::string note;
    // The plot's size in the window (empty when it is not shown): an export of this size
    // takes the view exactly as it is, for the very picture on screen.
    QSize screen_size;

    // The last step of the longest run (0 while no trace is there).
    [[nodiscard]] int lastStep() const;
};

// What a Scene shows once its runs are computed (one trace per run, in order): the legend,
// the preset's minima, the selected run, the view, and the step (the end unless it names one).
// The window and `gdlab export` both draw what this makes.
[[nodiscard]] ExportScene export_scene_of(const Scene& scene,
                                          std::vector<std::shared_ptr<const gd::Trace>> traces);

// Computes every run of the scene, here and now: for drawing a scene with no window.
[[nodiscard]] std::vector<std::shared_ptr<const gd::Trace>> compute_traces(const Scene& scene);

// How a picture of the scene looks: its size in pixels (before any scale factor), the theme
// and sizes, whether a caption line names the objective and the settings, and whether the
// scene's title and note head it.
struct ExportLook {
    QSize size{1200, 800};
    PlotStyle style;
    bool caption = false;
    bool title = false;
};

// Text on a picture reads from the back of a room: its smallest letters are at least this share
// of the picture's height (25 pixels on a 1600 × 1000 slide).
inline constexpr double kMinTextShare = 0.025;
// The style a picture of this size is drawn in: `look`'s, with text (and, a little less, lines)
// scaled up to kMinTextShare of its height.
[[nodiscard]] PlotStyle readable_style(const ExportLook& look);

// "f(x, y) = x² + y² · lr = 0.7 · 50 steps": the objective, the settings every run shares
// (the legend names those that differ) and the steps shown.
[[nodiscard]] QString scene_caption(const ExportScene& scene, int k);

// A descent plot showing the scene at step scene.step, laid out at look.size off screen, its
// field sampled for the view it shows.
[[nodiscard]] std::unique_ptr<DescentPlot> make_export_plot(const ExportScene& scene,
                                                            const ExportLook& look);
// Moves an export plot to step k (animation frames): paths, step line and caption.
void show_export_step(DescentPlot& plot, const ExportScene& scene, const ExportLook& look, int k);

}  // namespace gdlab
