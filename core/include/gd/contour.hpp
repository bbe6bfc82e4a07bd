// Contour lines by marching squares over a Grid: one pass over the cells for all levels,
// linear interpolation on cell edges, saddle cells decided by the cell-centre value, segments
// joined into polylines. Conventions follow contourpy: a value equal to the level counts as
// below; higher values lie on the left of every line; a closed line repeats its first point;
// open lines end on the boundary or beside a cell with a non-finite corner (such cells are
// skipped); no line repeats a point consecutively or has zero length.
#pragma once

#include <Eigen/Core>
#include <functional>
#include <optional>
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

// How many cells each level crosses (in the order given), from one pass over the grid: the
// size of contour()'s answer before computing it, since each crossed cell gives a segment (a
// saddle cell two). Callers hold this against a limit.
[[nodiscard]] std::vector<std::size_t> crossing_counts(const Grid& grid,
                                                       std::span<const double> levels);

// At most this many crossings are marched at once by contour_each().
inline constexpr std::size_t kContourBatchCrossings = std::size_t{1} << 20;

// contour() one level at a time, in the order given: `emit` gets each level's index and lines
// as soon as its batch is done. Levels are marched in batches of about `batch_crossings`
// crossings (a level with more is a batch of its own), so memory stays bounded however many
// levels and lines there are.
void contour_each(const Grid& grid, std::span<const double> levels,
                  const std::function<void(std::size_t, ContourLevel)>& emit,
                  std::size_t batch_crossings = kContourBatchCrossings);

enum class LevelSpacing { linear, log };

// Most levels anyone asks for: a thousand lines already fill a picture with ink.
inline constexpr int kMaxContourLevels = 1000;

struct LevelChoice {
    std::vector<double> levels;  // ascending, at most the count asked for
    LevelSpacing spacing = LevelSpacing::linear;
    // The finite values' range (both 0 when there are none), so a colour scale can match the
    // lines: with log spacing, the levels are spaced evenly in log(f - min).
    double min = 0.0;
    double max = 0.0;
    // Every finite value is the same up to rounding (a relative spread under 1e-12): there are
    // no levels, and a picture should say "f is constant here".
    bool constant = false;
    // The share of the samples where f is finite: 0 means f is not finite anywhere in view.
    double finite_share = 0.0;
};

// At most `count` levels (and at most kMaxContourLevels) across the finite values of the grid:
// evenly spaced round values for most objectives; spaced evenly in log(f - min) when the values
// span decades, as Rosenbrock's do, so that the floor of a valley gets lines too. `spacing`
// asks for one or the other whatever the values (log where they allow it: above the minimum
// there must be heights to space; else linear). Total: any grid gives a bounded list in time
// linear in its size.
[[nodiscard]] LevelChoice choose_levels(const Grid& grid, int count,
                                        std::optional<LevelSpacing> spacing = std::nullopt);

}  // namespace gd
