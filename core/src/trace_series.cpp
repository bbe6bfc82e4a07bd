#include "gd/trace_series.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gd {

namespace {

// The plain root is exact enough for a picture and much faster than hypot; hypot only where
// the squares would overflow or underflow.
double gradient_norm(const TracePoint& p) {
    const double big = std::max(std::abs(p.gradient.x()), std::abs(p.gradient.y()));
    if (!(big > 0.0)) return std::numeric_limits<double>::quiet_NaN();
    if (big > 1e150 || big < 1e-150) return norm(p.gradient);
    return std::sqrt(p.gradient.x() * p.gradient.x() + p.gradient.y() * p.gradient.y());
}

template <class Value>
void reduce_with(const Trace& trace, std::size_t first, std::size_t last, std::size_t buckets,
                 const Value& value, std::vector<SeriesPoint>& out) {
    const auto& points = trace.points;
    decimate_min_max(
        first, last, buckets, [&](std::size_t i) { return value(points[i]); }, out);
}

}  // namespace

void reduce_series(const Trace& trace, TraceSeries which, std::size_t first, std::size_t last,
                   std::size_t buckets, std::vector<SeriesPoint>& out) {
    if (trace.points.empty()) return;
    last = std::min(last, trace.points.size() - 1);
    switch (which) {
        case TraceSeries::f:
            reduce_with(
                trace, first, last, buckets, [](const TracePoint& p) { return p.f; }, out);
            break;
        case TraceSeries::gradient_norm:
            reduce_with(trace, first, last, buckets, gradient_norm, out);
            break;
        case TraceSeries::x:
            reduce_with(
                trace, first, last, buckets, [](const TracePoint& p) { return p.x.x(); }, out);
            break;
        case TraceSeries::y:
            reduce_with(
                trace, first, last, buckets, [](const TracePoint& p) { return p.x.y(); }, out);
            break;
    }
}

ReducedTrace reduce_trace(const Trace& trace, std::size_t buckets) {
    ReducedTrace reduced;
    if (trace.points.empty()) return reduced;
    for (std::size_t s = 0; s < kTraceSeriesCount; ++s)
        reduce_series(trace, static_cast<TraceSeries>(s), 0, trace.points.size() - 1, buckets,
                      reduced.series[s]);
    return reduced;
}

}  // namespace gd
