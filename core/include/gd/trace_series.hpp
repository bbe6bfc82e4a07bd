// A trace as the series a convergence plot draws against the step k (f, |grad f|, x and y),
// reduced for the screen. The full-range reduction is computed once per trace, where the
// trace is computed, so that a million-step run costs the window a few thousand points.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "gd/decimate.hpp"
#include "gd/descent.hpp"

namespace gd {

enum class TraceSeries { f, gradient_norm, x, y };
inline constexpr std::size_t kTraceSeriesCount = 4;

// Every series of a trace, each reduced to at most 5 * buckets points (decimate_min_max).
struct ReducedTrace {
    std::array<std::vector<SeriesPoint>, kTraceSeriesCount> series;

    [[nodiscard]] const std::vector<SeriesPoint>& operator[](TraceSeries s) const {
        return series[static_cast<std::size_t>(s)];
    }
};

// Points [first, last] of one series, reduced to `buckets` columns, appended to `out`.
// |grad f| is NaN where the gradient is 0 (a log axis has no place for it).
void reduce_series(const Trace& trace, TraceSeries which, std::size_t first, std::size_t last,
                   std::size_t buckets, std::vector<SeriesPoint>& out);

// The four series over the whole trace; empty for an empty trace.
[[nodiscard]] ReducedTrace reduce_trace(const Trace& trace, std::size_t buckets);

}  // namespace gd
