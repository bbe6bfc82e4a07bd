// Values the plot's layers share.
#pragma once

#include <limits>

namespace gdlab {

// Coordinates beyond the view grown this many times on each side are not drawn: QCustomPlot
// draws stray lines for coordinates near 1e100 (the paths and the step's anatomy alike).
inline constexpr double kFarBoxGrowth = 100.0;
// A point of this value breaks a QCustomPlot curve or graph into separate pieces.
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace gdlab
