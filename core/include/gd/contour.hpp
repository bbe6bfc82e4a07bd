// Contour lines by marching squares over a Grid: one pass over the cells for all levels,
// linear interpolation on cell edges, saddle cells decided by the cell-centre value, segments
// joined into polylines. Conventions follow contourpy: a value equal to the level counts as
// below; higher values lie on the left of every line; a closed line repeats its first point;
// open lines end on the boundary or beside a cell with a non-finite corner (such cells are
// skipped); no line repeats a point consecutively or has zero length.
#pragma once

#include <Eigen/Core>
#include <span>
#include <vector>

#include "gd/grid.hpp"

namespace gd {

struct ContourLine {
    bool closed = false;
    std::vector<Eigen::Vector2d> points;
};

struct ContourLevel {
    double value = 0.0;
    std::vector<ContourLine> lines;
};

using ContourSet = std::vector<ContourLevel>;

// One ContourLevel per requested level, in the order given (levels need not be sorted).
[[nodiscard]] ContourSet contour(const Grid& grid, std::span<const double> levels);

enum class LevelSpacing { linear, log };

struct LevelChoice {
    std::vector<double> levels;  // ascending
    LevelSpacing spacing = LevelSpacing::linear;
    // The finite values' range (both 0 when there are none), so a colour scale can match the
    // lines: with log spacing, the levels are spaced evenly in log(f - min).
    double min = 0.0;
    double max = 0.0;
};

// About `count` levels across the finite values of the grid: evenly spaced, round values for
// most objectives; spaced evenly in log(f - min) when the values span decades, as
// Rosenbrock's do, so that the floor of a valley gets lines too.
[[nodiscard]] LevelChoice choose_levels(const Grid& grid, int count);

}  // namespace gd
