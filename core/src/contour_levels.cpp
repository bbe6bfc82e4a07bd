// Automatic choice of contour levels (see choose_levels in contour.hpp). Total: any grid, finite
// or not, flat or spanning the whole double range, gives at most `count` levels in time linear
// in the grid, and no value that might not fit is ever converted to an integer.
#include <algorithm>
#include <cmath>
#include <limits>

#include "gd/contour.hpp"

namespace gd {

namespace {

// Values span "decades" when the whole range is this many times the height above the minimum
// that a quarter of the picture stays under: then linear levels would leave that quarter (the
// floor of the valley, where descent happens) without a line. Measured over the presets:
// Rosenbrock 70, Matyas 31, Booth 27 (log); Himmelblau 15, the bowl 6 (linear).
constexpr double kLogThreshold = 25.0;

// A field whose values differ by less than this fraction of their size differs only by
// rounding (e + x - x is e give or take an ulp): lines there would trace noise.
constexpr double kFlatness = 1e-12;

// At most this many samples are sorted to estimate quantiles.
constexpr std::size_t kQuantileSamples = 20'000;

// Decimal exponents a finite positive double can have, with room for rounding.
constexpr double kLowestDecade = -330.0;
constexpr double kHighestDecade = 310.0;

// The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `rough`, so that no
// more than the asked number of levels fit; `rough` itself where such a step is not a
// normal finite number (at the ends of the double range).
double nice_step(double rough) {
    const double decade = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = m * decade;
        if (step >= rough && std::isnormal(step)) return step;
    }
    return rough;
}

// The multiples of a nice step strictly inside (lo, hi), at most `count` of them.
std::vector<double> linear_levels(double lo, double hi, int count) {
    std::vector<double> levels;
    const double rough = (hi - lo) / count;
    if (!(rough > 0.0)) return levels;  // a range of a few subnormal units, divided to 0
    const double step = nice_step(rough);
    const double first = std::floor(lo / step) + 1.0;
    const double last = std::ceil(hi / step) - 1.0;
    // Written so that NaN (from infinite quotients) fails the test too.
    if (!(last >= first && last - first + 1.0 <= count)) return levels;
    // Counted with an integer: past 2^53, first + 1 may equal first. The flatness test keeps
    // such ranges out; the loop stays bounded and the levels distinct whatever happens.
    const int n = static_cast<int>(last - first) + 1;  // 1 ... count, checked above
    for (int k = 0; k < n; ++k) {
        const double level = (first + k) * step;
        if (level > lo && level < hi && (levels.empty() || level > levels.back())) {
            levels.push_back(level);
        }
    }
    return levels;
}

// `count` entries of `values` spread evenly from the first to the last.
std::vector<double> thin(const std::vector<double>& values, std::size_t count) {
    if (values.size() <= count) return values;
    std::vector<double> kept;
    for (std::size_t k = 0; k < count; ++k) {
        kept.push_back(values[k * (values.size() - 1) / std::max<std::size_t>(count - 1, 1)]);
    }
    return kept;
}

// Offsets from 1-2-5 (or sparser) series per decade in [lo, hi), at most `count` of them.
std::vector<double> log_offsets(double lo, double hi, int count) {
    static const std::vector<std::vector<double>> kSeries = {{1, 2, 5}, {1, 3}, {1}};
    // Clamped before the conversion: lo may be a subnormal number.
    const int first_decade =
        static_cast<int>(std::clamp(std::floor(std::log10(lo)), kLowestDecade, kHighestDecade));
    const int last_decade =
        static_cast<int>(std::clamp(std::ceil(std::log10(hi)), kLowestDecade, kHighestDecade));
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
    return thin(best, static_cast<std::size_t>(count));
}

// Log-spaced levels above `lo` from the sorted heights above it; empty when the heights do not
// span decades.
std::vector<double> log_levels(double lo, double range, const std::vector<double>& heights,
                               int count, bool asked) {
    const double lower_quartile = heights[heights.size() / 4];
    if (!asked && (!(lower_quartile > 0.0) || range / lower_quartile <= kLogThreshold)) return {};
    // The lowest line encloses about a thousandth of the picture: the bottom of the valley.
    double floor_height = std::max(heights[heights.size() / 1000], range * 1e-6);
    if (!(floor_height > 0.0)) {
        // range * 1e-6 underflowed: the values are subnormal. Start at the lowest height.
        floor_height = *std::upper_bound(heights.begin(), heights.end(), 0.0);
    }
    std::vector<double> levels;
    for (const double offset : log_offsets(floor_height, range, count)) {
        const double level = lo + offset;
        // Far above zero a tiny offset may vanish in lo: keep only levels that are distinct.
        if (level > lo && (levels.empty() || level > levels.back())) levels.push_back(level);
    }
    return levels;
}

}  // namespace

LevelChoice choose_levels(const Grid& grid, int count, std::optional<LevelSpacing> spacing) {
    LevelChoice choice;
    // One pass for the range, without copying the grid (a 4096 x 4096 grid is 128 MB).
    std::size_t finite = 0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (Eigen::Index k = 0; k < grid.z.size(); ++k) {
        const double z = grid.z(k);
        if (!std::isfinite(z)) continue;
        ++finite;
        lo = std::min(lo, z);
        hi = std::max(hi, z);
    }
    if (grid.z.size() > 0) {
        choice.finite_share = static_cast<double>(finite) / static_cast<double>(grid.z.size());
    }
    if (finite == 0) return choice;
    choice.min = lo;
    choice.max = hi;
    if (!(hi - lo > kFlatness * std::max(std::fabs(lo), std::fabs(hi)))) {
        choice.constant = true;
        return choice;
    }
    count = std::min(count, kMaxContourLevels);
    if (count < 1) return choice;

    // Where hi - lo overflows (values near both ends of the double range), work at half scale:
    // halving is exact there, and every level is doubled back at the end.
    const double scale = std::isfinite(hi - lo) ? 1.0 : 0.5;
    const double lo_s = lo * scale;
    const double range = hi * scale - lo_s;

    // Quantiles of the height above the minimum, from an even subsample of the finite values.
    std::vector<double> heights;
    const auto stride =
        static_cast<Eigen::Index>(std::max<std::size_t>(1, finite / kQuantileSamples));
    for (Eigen::Index k = 0; k < grid.z.size(); k += stride) {
        if (std::isfinite(grid.z(k))) heights.push_back(grid.z(k) * scale - lo_s);
    }
    if (heights.empty()) heights.push_back(hi * scale - lo_s);  // the stride missed them all
    std::sort(heights.begin(), heights.end());

    std::vector<double> levels;
    if (spacing != LevelSpacing::linear)
        levels = log_levels(lo_s, range, heights, count, spacing == LevelSpacing::log);
    if (!levels.empty()) {
        choice.spacing = LevelSpacing::log;
    } else {
        levels = linear_levels(lo_s, hi * scale, count);
    }
    for (double& level : levels)
        level /= scale;
    choice.levels = std::move(levels);
    return choice;
}

}  // namespace gd
