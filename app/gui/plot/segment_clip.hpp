// The part of a segment inside a rectangle (Liang-Barsky), for the plot's overlays: what of a
// step's part is in view (step_anatomy_overlay), what of a path lies in the plot area
// (path_overlap).
#pragma once

#include <Eigen/Core>
#include <algorithm>
#include <optional>
#include <utility>

namespace gdlab {

// The part of a-b with left <= x <= right and top <= y <= bottom, or nothing.
[[nodiscard]] inline std::optional<std::pair<Eigen::Vector2d, Eigen::Vector2d>> clip_segment(
    const Eigen::Vector2d& a, const Eigen::Vector2d& b, double left, double top, double right,
    double bottom) {
    const Eigen::Vector2d d = b - a;
    double t0 = 0.0;
    double t1 = 1.0;
    const auto edge = [&](double p, double q) {  // keeps the part where p·t <= q
        if (p == 0.0) return q >= 0.0;
        const double t = q / p;
        if (p < 0.0) {
            t0 = std::max(t0, t);
        } else {
            t1 = std::min(t1, t);
        }
        return t0 <= t1;
    };
    if (edge(-d.x(), a.x() - left) && edge(d.x(), right - a.x()) && edge(-d.y(), a.y() - top) &&
        edge(d.y(), bottom - a.y())) {
        return std::pair<Eigen::Vector2d, Eigen::Vector2d>{a + t0 * d, a + t1 * d};
    }
    return std::nullopt;
}

}  // namespace gdlab
