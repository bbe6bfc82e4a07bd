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

// A message naming the bad bound, or nothing for a finite rectangle of positive size.
[[nodiscard]] std::optional<std::string> check_rect(const Rect& r);

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

// Samples f on an nx by ny grid (both >= 2) in one batch evaluation.
[[nodiscard]] Grid sample_grid(const Objective& f, const Rect& rect, Eigen::Index nx,
                               Eigen::Index ny);

}  // namespace gd
