#include "gui/plot/view_fit.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gdlab {

gd::Rect fit_to_runs(const std::vector<std::shared_ptr<const gd::Trace>>& traces,
                     const std::vector<Eigen::Vector2d>& starts,
                     const std::vector<Eigen::Vector2d>& minima, const gd::Rect& home) {
    const double width = home.x_max - home.x_min;
    const double height = home.y_max - home.y_min;
    const gd::Rect reach{home.x_min - kFitReach * width, home.x_max + kFitReach * width,
                         home.y_min - kFitReach * height, home.y_max + kFitReach * height};
    const auto within = [&reach](const Eigen::Vector2d& p) {
        return p.allFinite() && p.x() >= reach.x_min && p.x() <= reach.x_max &&
               p.y() >= reach.y_min && p.y() <= reach.y_max;
    };
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    Eigen::Vector2d lo = Eigen::Vector2d::Constant(kInfinity);
    Eigen::Vector2d hi = Eigen::Vector2d::Constant(-kInfinity);
    const auto take = [&](const Eigen::Vector2d& p) {
        lo = lo.cwiseMin(p);
        hi = hi.cwiseMax(p);
    };
    for (const Eigen::Vector2d& s : starts) {
        if (s.allFinite()) take(s);  // a start is always shown, however far out
    }
    for (const auto& trace : traces) {
        if (!trace) continue;
        for (const gd::TracePoint& p : trace->points) {
            if (!within(p.x)) break;  // a diverging run: the rest is further still
            take(p.x);
        }
    }
    for (const Eigen::Vector2d& m : minima) {
        if (within(m)) take(m);
    }
    if (!lo.allFinite() || !hi.allFinite()) return home;
    // Nothing to span (one point): the home view's size around it.
    Eigen::Vector2d span = hi - lo;
    const Eigen::Vector2d centre = (lo + hi) / 2.0;
    if (!(span.x() > 0.0)) span.x() = width / 2;
    if (!(span.y() > 0.0)) span.y() = height / 2;
    const Eigen::Vector2d half = span / 2.0 + kFitMargin * span;
    return {centre.x() - half.x(), centre.x() + half.x(), centre.y() - half.y(),
            centre.y() + half.y()};
}

}  // namespace gdlab
