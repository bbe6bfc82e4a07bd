// Where drawn paths share a line. The runs' paths are stacked (the selected run on top, then the
// others in run order), and a path running along one drawn above it would be hidden there: in
// demo 11 the constant-rate run lies under the step-decay run for its first 20 steps. This finds
// those stretches, in pixels, so that the lower path can be drawn wider there and show on both
// sides of the one above. Nothing is moved: a stretch follows the lower path's own segments.
//
// The paths are walked a pixel at a time and marked on a grid of 2-pixel cells, as wide as they
// are drawn: a line as far as its dots reach, a casing as far as its band; a sample of a lower
// path is covered when a path above marked its cell. Covered runs of samples shorter than a few
// pixels are left out: two paths crossing at an angle share only a point.
// The work is bounded by the view, not by the trace: segments are clipped to the view, and each
// path is walked for at most kMaxSamples samples (past them it is neither covered nor covering).
#pragma once

#include <Eigen/Core>
#include <functional>
#include <vector>

namespace gdlab {

// A path as drawn, in pixels of the plot area; a point with a NaN coordinate breaks it.
using PixelPath = std::vector<Eigen::Vector2d>;

struct OverlapLimits {
    static constexpr double kCellPixels = 2.0;
    static constexpr double kSamplePixels = 1.0;
    // A shared stretch shorter than this is a crossing, not a shared line.
    static constexpr double kMinStretchPixels = 10.0;
    static constexpr int kMaxSamples = 200'000;
};

// How far from its centre line a path is drawn, in pixels: its line (with its dots), and its
// casing where it lies under `depth` others.
struct PathReach {
    double line = 4.0;
    std::function<double(int depth)> casing;
};

// For each path of `top_first` (the path drawn on top first), the stretches of it that run under
// what is drawn above it (paths and their casings), as one PixelPath whose pieces a NaN point
// separates (empty where nothing covers it; always empty for the first). `width` and `height`:
// the plot area.
[[nodiscard]] std::vector<PixelPath> covered_stretches(const std::vector<PixelPath>& top_first,
                                                       double width, double height,
                                                       const PathReach& reach);

}  // namespace gdlab
