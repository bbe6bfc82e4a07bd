// Reducing a long series (f, |grad f|, x or y against the step k) to what a plot can show: a
// million points drawn as a few thousand, with every peak and trough kept, so that a long run
// draws as fast as a short one and an oscillation never disappears between two samples.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

namespace gd {

struct SeriesPoint {
    double k = 0.0;
    double value = 0.0;
};

// Appends to `out` the points (i, value(i)) for i in [first, last], reduced when there are more
// than four per bucket: the indices are cut into `buckets` spans of equal length, and each span
// keeps its first, smallest, largest and last finite value, in index order (a line through them
// covers exactly the pixels the whole span would). A span holding a non-finite value also keeps
// the first such point, so a gap in the data stays a gap. At most 5 * buckets points are added.
template <class Value>
void decimate_min_max(std::size_t first, std::size_t last, std::size_t buckets, const Value& value,
                      std::vector<SeriesPoint>& out) {
    if (last < first) return;
    const std::size_t count = last - first + 1;
    buckets = std::max<std::size_t>(buckets, 1);
    if (count <= 4 * buckets) {
        for (std::size_t i = first; i <= last; ++i)
            out.push_back({static_cast<double>(i), value(i)});
        return;
    }
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    for (std::size_t b = 0; b < buckets; ++b) {
        // Bucket b covers [begin, end): spans differ in length by at most one.
        const std::size_t begin = first + count * b / buckets;
        const std::size_t end = first + count * (b + 1) / buckets;
        std::size_t first_finite = none;
        std::size_t last_finite = none;
        std::size_t low = none;
        std::size_t high = none;
        std::size_t gap = none;
        double low_value = 0.0;
        double high_value = 0.0;
        for (std::size_t i = begin; i < end; ++i) {
            const double v = value(i);
            if (!std::isfinite(v)) {
                if (gap == none) gap = i;
                continue;
            }
            if (first_finite == none) {
                first_finite = low = high = i;
                low_value = high_value = v;
            } else if (v < low_value) {
                low = i;
                low_value = v;
            } else if (v > high_value) {
                high = i;
                high_value = v;
            }
            last_finite = i;
        }
        std::array<std::size_t, 5> keep{first_finite, low, high, last_finite, gap};
        std::sort(keep.begin(), keep.end());
        std::size_t previous = none;
        for (const std::size_t i : keep) {
            if (i == none || i == previous) continue;
            previous = i;
            out.push_back({static_cast<double>(i),
                           i == gap ? std::numeric_limits<double>::quiet_NaN() : value(i)});
        }
    }
}

}  // namespace gd
