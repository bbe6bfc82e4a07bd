// An objective sampled on a rectangle: nx by ny values whose first and last samples lie on the
// rectangle's edges, like numpy.linspace. The data behind heatmaps and contour lines.
#pragma once

#include <Eigen/Core>
#include <optional>
#include <string>

#include "gd/objective.hpp"

namespace gd {

struct Rect {
    double x_min = -5.0;
    double x_max = 5.0;
    double y_min = -5.0;
    double y_max = 5.0;
};

// Most samples along one side of a grid: 4096 x 4096 values take 128 MB.
inline constexpr Eigen::Index kMaxGridSamples = 4096;

// The narrowest view, relative to the size of its bounds: a grid of kMaxGridSamples across it
// still has samples hundreds of representable doubles apart.
inline constexpr double kMinRelativeWidth = 1e-9;
// The narrowest view in absolute terms: sample spacings stay normal numbers, and the window's
// plot, whose axes take no range narrower than 1e-280, shows every view the command line takes.
inline constexpr double kMinWidth = 1e-270;

enum class Axis { x, y };

struct RectProblem {
    Axis axis;            // the range at fault
    std::string message;  // names it: "the x range ..."
};

// What is wrong with a view, or nothing when both ranges are finite, ordered, of finite width
// and wide enough to sample distinct points.
[[nodiscard]] std::optional<RectProblem> check_rect(const Rect& r);

struct Grid {
    Rect rect;
    Eigen::ArrayXd xs;  // nx sample abscissae
    Eigen::ArrayXd ys;  // ny sample ordinates
    Eigen::ArrayXXd z;  // z(i, j) = f(xs[i], ys[j]); nx rows, ny columns

    [[nodiscard]] Eigen::Index nx() const { return xs.size(); }
    [[nodiscard]] Eigen::Index ny() const { return ys.size(); }
};

// n evenly spaced values from a to b, both included (n >= 2), computed as numpy.linspace does.
[[nodiscard]] Eigen::ArrayXd linspace(double a, double b, Eigen::Index n);

// Samples f on an nx by ny grid (both 2 ... kMaxGridSamples), a row at a time so that nothing
// but the grid itself grows with its size.
[[nodiscard]] Grid sample_grid(const Objective& f, const Rect& rect, Eigen::Index nx,
                               Eigen::Index ny);

}  // namespace gd
