#include "gd/grid.hpp"

#include <algorithm>
#include <cmath>

#include "gd/number_format.hpp"

namespace gd {

namespace {

std::optional<std::string> range_problem(const char* axis, double a, double b) {
    const std::string name = std::string("the ") + axis + " range";
    if (!std::isfinite(a) || !std::isfinite(b) || !(a < b)) {
        return name + " must be two finite numbers " +
               (axis[0] == 'x' ? "A,B with A < B" : "C,D with C < D");
    }
    const std::string shown = format_number(a) + "," + format_number(b);
    const double width = b - a;
    if (!std::isfinite(width)) {
        return name + " " + shown + " is too wide: its width is not a finite number";
    }
    if (width < kMinWidth || width < kMinRelativeWidth * std::max(std::fabs(a), std::fabs(b))) {
        return name + " " + shown + " is too narrow to draw: its width must be at least " +
               format_number(kMinRelativeWidth) + " times its larger bound (and at least " +
               format_number(kMinWidth) + ")";
    }
    return std::nullopt;
}

}  // namespace

std::optional<RectProblem> check_rect(const Rect& r) {
    if (auto p = range_problem("x", r.x_min, r.x_max)) return RectProblem{Axis::x, *p};
    if (auto p = range_problem("y", r.y_min, r.y_max)) return RectProblem{Axis::y, *p};
    return std::nullopt;
}

Eigen::ArrayXd linspace(double a, double b, Eigen::Index n) {
    Eigen::ArrayXd v(n);
    const double step = (b - a) / static_cast<double>(n - 1);
    for (Eigen::Index i = 0; i < n; ++i)
        v[i] = a + static_cast<double>(i) * step;
    v[n - 1] = b;
    return v;
}

Grid sample_grid(const Objective& f, const Rect& rect, Eigen::Index nx, Eigen::Index ny) {
    Grid grid{rect, linspace(rect.x_min, rect.x_max, nx), linspace(rect.y_min, rect.y_max, ny),
              Eigen::ArrayXXd(nx, ny)};
    // Column-major storage: column j holds the row of samples at ys[j], x varying.
    Eigen::ArrayXd y(nx);
    Eigen::ArrayXd row;
    for (Eigen::Index j = 0; j < ny; ++j) {
        y.setConstant(grid.ys[j]);
        f.evaluate(grid.xs, y, row);
        grid.z.col(j) = row;
    }
    return grid;
}

}  // namespace gd
