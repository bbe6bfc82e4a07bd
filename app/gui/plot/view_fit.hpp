// View → Fit to the runs (Ctrl+0): the smallest view, with a margin, that holds every run's
// start and path and the known minima. A diverging run counts only while it stays within
// kFitReach views' widths of the scene's own view (the rest is off towards infinity), so the
// fit shows where it left rather than a speck.
#pragma once

#include <Eigen/Core>
#include <memory>
#include <vector>

#include "gd/descent.hpp"
#include "gd/grid.hpp"

namespace gdlab {

inline constexpr double kFitReach = 20.0;
inline constexpr double kFitMargin = 0.08;  // of the width and of the height, on each side

// `home`: the scene's view, the frame a diverging run is cut to; `traces`: null for a run not
// computed yet (its start is in `starts`).
[[nodiscard]] gd::Rect fit_to_runs(const std::vector<std::shared_ptr<const gd::Trace>>& traces,
                                   const std::vector<Eigen::Vector2d>& starts,
                                   const std::vector<Eigen::Vector2d>& minima,
                                   const gd::Rect& home);

}  // namespace gdlab
