// Automatic choice of contour levels (see choose_levels in contour.hpp).
#include <algorithm>
#include <cmath>

#include "gd/contour.hpp"

namespace gd {

namespace {

// Values span "decades" when the whole range is this many times the height above the minimum
// that a quarter of the picture stays under: then linear levels would leave that quarter (the
// floor of the valley, where descent happens) without a line. Measured over the presets:
// Rosenbrock 70, Matyas 31, Booth 27 (log); Himmelblau 15, the bowl 6 (linear).
constexpr double kLogThreshold = 25.0;

// At most this many samples are sorted to estimate quantiles.
constexpr std::size_t kQuantileSamples = 20'000;

// The largest of 1, 2, 2.5 and 5 times a power of ten that is at most `rough`.
double nice_step(double rough) {
    const double decade = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : {5.0, 2.5, 2.0, 1.0}) {
        if (m * decade <= rough) return m * decade;
    }
    return decade;
}

std::vector<double> linear_levels(double lo, double hi, int count) {
    const double step = nice_step((hi - lo) / count);
    std::vector<double> levels;
    for (double k = std::floor(lo / step) + 1; k * step < hi; ++k)
        levels.push_back(k * step);
    return levels;
}

// Offsets from 1-2-5 (or sparser) series per decade in [lo, hi), about `count` of them.
std::vector<double> log_offsets(double lo, double hi, int count) {
    static const std::vector<std::vector<double>> kSeries = {{1, 2, 5}, {1, 3}, {1}};
    const int first_decade = static_cast<int>(std::floor(std::log10(lo)));
    const int last_decade = static_cast<int>(std::ceil(std::log10(hi)));
    std::vector<double> best;
    for (int every = 1; every <= 4; ++every) {
        for (const auto& series : kSeries) {
            std::vector<double> offsets;
            for (int d = first_decade; d <= last_decade; d += every) {
                for (const double m : series) {
                    const double v = m * std::pow(10.0, d);
                    if (v >= lo && v < hi) offsets.push_back(v);
                }
            }
            best = offsets;
            if (static_cast<int>(offsets.size()) <= count) return offsets;
        }
    }
    return best;
}

}  // namespace

LevelChoice choose_levels(const Grid& grid, int count) {
    LevelChoice choice;
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(grid.z.size()));
    for (Eigen::Index k = 0; k < grid.z.size(); ++k) {
        if (std::isfinite(grid.z(k))) values.push_back(grid.z(k));
    }
    if (values.empty() || count < 1) return choice;
    const auto [min_it, max_it] = std::minmax_element(values.begin(), values.end());
    const double lo = *min_it;
    const double hi = *max_it;
    choice.min = lo;
    choice.max = hi;
    if (!(hi > lo)) return choice;

    // Quantiles of the height above the minimum, from an even subsample.
    std::vector<double> heights;
    const std::size_t stride = std::max<std::size_t>(1, values.size() / kQuantileSamples);
    for (std::size_t k = 0; k < values.size(); k += stride)
        heights.push_back(values[k] - lo);
    std::sort(heights.begin(), heights.end());
    const double lower_quartile = heights[heights.size() / 4];
    const double range = hi - lo;

    if (lower_quartile > 0.0 && range / lower_quartile > kLogThreshold) {
        choice.spacing = LevelSpacing::log;
        // The lowest line encloses about a thousandth of the picture: the bottom of the valley.
        const double floor_height = std::max(heights[heights.size() / 1000], range * 1e-6);
        for (const double offset : log_offsets(floor_height, range, count)) {
            choice.levels.push_back(lo + offset);
        }
    } else {
        choice.levels = linear_levels(lo, hi, count);
    }
    return choice;
}

}  // namespace gd
