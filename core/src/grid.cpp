#include "gd/grid.hpp"

#include <cmath>

namespace gd {

std::optional<std::string> check_rect(const Rect& r) {
    if (!std::isfinite(r.x_min) || !std::isfinite(r.x_max) || !(r.x_min < r.x_max)) {
        return "the x range must be two finite numbers A,B with A < B";
    }
    if (!std::isfinite(r.y_min) || !std::isfinite(r.y_max) || !(r.y_min < r.y_max)) {
        return "the y range must be two finite numbers C,D with C < D";
    }
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
    // Column-major storage: x varies fastest, so the coordinates of all points are the xs
    // repeated ny times and each y repeated nx times.
    const Eigen::ArrayXd x = grid.xs.replicate(ny, 1);
    Eigen::ArrayXd y(nx * ny);
    for (Eigen::Index j = 0; j < ny; ++j)
        y.segment(j * nx, nx).setConstant(grid.ys[j]);
    Eigen::ArrayXd values;
    f.evaluate(x, y, values);
    grid.z = Eigen::Map<const Eigen::ArrayXXd>(values.data(), nx, ny);
    return grid;
}

}  // namespace gd
