#include "gd/contour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <optional>

namespace gd {

namespace {

using EdgeId = std::uint32_t;

struct Segment {
    EdgeId from_edge;
    EdgeId to_edge;
    Eigen::Vector2d from;
    Eigen::Vector2d to;
};

// The four edges of a cell in counter-clockwise order (S, E, N, W), each walked from its
// first corner to its second. Corners: 0 = sw, 1 = se, 2 = ne, 3 = nw.
struct CellEdge {
    int first_corner;
    int second_corner;
};
constexpr CellEdge kCellEdges[4] = {{0, 1}, {1, 2}, {2, 3}, {3, 0}};

// For each sample, how many of the ascending levels lie strictly below it (-1 for a non-finite
// sample): a level crosses a cell exactly when its index lies between the corners' smallest and
// largest band.
Eigen::ArrayXXi bands(const Grid& g, std::span<const double> levels) {
    Eigen::ArrayXXi band(g.nx(), g.ny());
    const auto count = static_cast<int>(levels.size());
    for (Eigen::Index j = 0; j < g.ny(); ++j) {
        // On a smooth field a sample's band is nearly always its neighbour's: walking from
        // it beats a binary search with unpredictable branches.
        int b = 0;
        for (Eigen::Index i = 0; i < g.nx(); ++i) {
            const double z = g.z(i, j);
            if (!std::isfinite(z)) {
                band(i, j) = -1;
                continue;
            }
            while (b < count && levels[static_cast<std::size_t>(b)] < z)
                ++b;
            while (b > 0 && levels[static_cast<std::size_t>(b - 1)] >= z)
                --b;
            band(i, j) = b;
        }
    }
    return band;
}

// The band range [lo, hi) of the levels crossing cell (i, j); empty when none does. On the hot
// path of every pass over the cells: plain comparisons, inlined.
inline std::pair<int, int> crossing_range(const Eigen::ArrayXXi& band, Eigen::Index i,
                                          Eigen::Index j) {
    const int a = band(i, j);
    const int b = band(i + 1, j);
    const int c = band(i + 1, j + 1);
    const int d = band(i, j + 1);
    const int lo = std::min(std::min(a, b), std::min(c, d));
    const int hi = std::max(std::max(a, b), std::max(c, d));
    if (lo < 0) return {0, 0};  // a non-finite corner: the cell is skipped
    return {lo, hi};
}

class Marcher {
  public:
    // `band`: bands(grid, sorted_levels) if already computed, else null.
    Marcher(const Grid& grid, std::span<const double> sorted_levels,
            const Eigen::ArrayXXi* band = nullptr)
        : g_(grid),
          levels_(sorted_levels),
          band_(band),
          nx_(grid.nx()),
          ny_(grid.ny()),
          horizontal_edges_(static_cast<EdgeId>((nx_ - 1) * ny_)),
          segments_(sorted_levels.size()) {}

    // One pass over the cells, sending each cell only to the levels that cross it.
    void march() {
        const Eigen::ArrayXXi own = band_ != nullptr ? Eigen::ArrayXXi() : bands(g_, levels_);
        const Eigen::ArrayXXi& band = band_ != nullptr ? *band_ : own;
        for (Eigen::Index j = 0; j + 1 < ny_; ++j) {
            for (Eigen::Index i = 0; i + 1 < nx_; ++i) {
                const auto [lo, hi] = crossing_range(band, i, j);
                for (int k = lo; k < hi; ++k)
                    cell(i, j, k);
            }
        }
    }

    // Joins the segments of level k into polylines.
    std::vector<ContourLine> join(std::size_t k, std::vector<std::int32_t>& starting_at,
                                  std::vector<std::uint8_t>& arriving_at) const {
        const auto& segs = segments_[k];
        for (std::size_t s = 0; s < segs.size(); ++s) {
            starting_at[segs[s].from_edge] = static_cast<std::int32_t>(s);
            arriving_at[segs[s].to_edge] = 1;
        }
        std::vector<ContourLine> lines;
        std::vector<std::uint8_t> used(segs.size(), 0);
        auto follow = [&](std::size_t first, bool closed) {
            ContourLine line{closed, {segs[first].from}};
            std::int32_t s = static_cast<std::int32_t>(first);
            while (s >= 0 && !used[s]) {
                used[s] = 1;
                // Where the level passes exactly through a sample, the two edges meeting there
                // give the same point: keep it once.
                if (segs[s].to != line.points.back()) line.points.push_back(segs[s].to);
                s = starting_at[segs[s].to_edge];
            }
            // A level that only touches a sample leaves a line of zero length: no line at all.
            if (line.points.size() >= 2) lines.push_back(std::move(line));
        };
        // Open lines first: they begin where no segment arrives (the boundary or a hole).
        for (std::size_t s = 0; s < segs.size(); ++s) {
            if (!arriving_at[segs[s].from_edge]) follow(s, false);
        }
        for (std::size_t s = 0; s < segs.size(); ++s) {
            if (!used[s]) follow(s, true);
        }
        for (const auto& seg : segs) {
            starting_at[seg.from_edge] = -1;
            arriving_at[seg.to_edge] = 0;
        }
        return lines;
    }

    [[nodiscard]] EdgeId edge_count() const {
        return horizontal_edges_ + static_cast<EdgeId>(nx_ * (ny_ - 1));
    }

  private:
    void cell(Eigen::Index i, Eigen::Index j, int k) {
        const double level = levels_[static_cast<std::size_t>(k)];
        const double z[4] = {g_.z(i, j), g_.z(i + 1, j), g_.z(i + 1, j + 1), g_.z(i, j + 1)};
        int starts[2];
        int ends[2];
        int n_starts = 0;
        int n_ends = 0;
        for (int e = 0; e < 4; ++e) {
            const bool first_above = z[kCellEdges[e].first_corner] > level;
            const bool second_above = z[kCellEdges[e].second_corner] > level;
            if (first_above && !second_above) starts[n_starts++] = e;
            if (!first_above && second_above) ends[n_ends++] = e;
        }
        auto& out = segments_[static_cast<std::size_t>(k)];
        if (n_starts == 1) {
            out.push_back(segment(i, j, starts[0], ends[0], level));
            return;
        }
        // A saddle: two lines cross the cell. If the centre is above the level, the upper
        // corners connect through it and each line cuts off a lower corner: a start edge pairs
        // with the next end edge counter-clockwise; otherwise with the previous one.
        const bool centre_above = 0.25 * (z[0] + z[1] + z[2] + z[3]) > level;
        for (int s = 0; s < 2; ++s) {
            const int next_end = (starts[s] + 1) % 4;
            const int previous_end = (starts[s] + 3) % 4;
            out.push_back(segment(i, j, starts[s], centre_above ? next_end : previous_end, level));
        }
    }

    Segment segment(Eigen::Index i, Eigen::Index j, int from, int to, double level) const {
        Segment s;
        s.from_edge = edge_id(i, j, from);
        s.to_edge = edge_id(i, j, to);
        s.from = crossing(i, j, from, level);
        s.to = crossing(i, j, to, level);
        return s;
    }

    [[nodiscard]] EdgeId edge_id(Eigen::Index i, Eigen::Index j, int e) const {
        switch (e) {
            case 0:  // S: horizontal edge of row j
                return static_cast<EdgeId>(j * (nx_ - 1) + i);
            case 2:  // N: horizontal edge of row j + 1
                return static_cast<EdgeId>((j + 1) * (nx_ - 1) + i);
            case 3:  // W: vertical edge of column i
                return horizontal_edges_ + static_cast<EdgeId>(j * nx_ + i);
            default:  // E: vertical edge of column i + 1
                return horizontal_edges_ + static_cast<EdgeId>(j * nx_ + i + 1);
        }
    }

    // Where the level crosses an edge, always interpolated from the edge's lower-index end so
    // that the two cells sharing the edge compute the same point bit for bit.
    [[nodiscard]] Eigen::Vector2d crossing(Eigen::Index i, Eigen::Index j, int e,
                                           double level) const {
        const bool horizontal = e == 0 || e == 2;
        const Eigen::Index i0 = e == 1 ? i + 1 : i;
        const Eigen::Index j0 = e == 2 ? j + 1 : j;
        const Eigen::Index i1 = horizontal ? i0 + 1 : i0;
        const Eigen::Index j1 = horizontal ? j0 : j0 + 1;
        const double z0 = g_.z(i0, j0);
        const double z1 = g_.z(i1, j1);
        const double t = (level - z0) / (z1 - z0);
        if (horizontal) return {g_.xs[i0] + t * (g_.xs[i1] - g_.xs[i0]), g_.ys[j0]};
        return {g_.xs[i0], g_.ys[j0] + t * (g_.ys[j1] - g_.ys[j0])};
    }

    const Grid& g_;
    std::span<const double> levels_;
    const Eigen::ArrayXXi* band_;
    Eigen::Index nx_;
    Eigen::Index ny_;
    EdgeId horizontal_edges_;
    std::vector<std::vector<Segment>> segments_;
};

// The distinct finite levels, ascending.
std::vector<double> sorted_distinct(std::span<const double> levels) {
    std::vector<double> sorted;
    for (const double v : levels) {
        if (std::isfinite(v)) sorted.push_back(v);
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return sorted;
}

// Where `value` is in `sorted`, or nothing (a non-finite level).
std::optional<std::size_t> index_in(const std::vector<double>& sorted, double value) {
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), value);
    if (it == sorted.end() || *it != value) return std::nullopt;
    return static_cast<std::size_t>(it - sorted.begin());
}

// The lines of a few distinct ascending levels, marched in one pass (over their bands, when
// they are at hand).
std::vector<std::vector<ContourLine>> lines_of(const Grid& grid, std::span<const double> sorted,
                                               const Eigen::ArrayXXi* band = nullptr) {
    Marcher marcher(grid, sorted, band);
    marcher.march();
    std::vector<std::int32_t> starting_at(marcher.edge_count(), -1);
    std::vector<std::uint8_t> arriving_at(marcher.edge_count(), 0);
    std::vector<std::vector<ContourLine>> lines(sorted.size());
    for (std::size_t k = 0; k < sorted.size(); ++k)
        lines[k] = marcher.join(k, starting_at, arriving_at);
    return lines;
}

// The distinct finite levels with their bands and how many cells each crosses.
struct Banded {
    std::vector<double> sorted;
    Eigen::ArrayXXi band;
    std::vector<std::size_t> crossings;  // per entry of `sorted`
};

Banded banded(const Grid& grid, std::span<const double> levels) {
    Banded b{sorted_distinct(levels), {}, {}};
    b.band = bands(grid, b.sorted);
    // Each cell adds one to the levels [lo, hi) that cross it: a difference array makes that one
    // step per cell, whatever the number of levels.
    std::vector<std::int64_t> difference(b.sorted.size() + 1, 0);
    for (Eigen::Index j = 0; j + 1 < grid.ny(); ++j) {
        for (Eigen::Index i = 0; i + 1 < grid.nx(); ++i) {
            const auto [lo, hi] = crossing_range(b.band, i, j);
            if (lo == hi) continue;
            ++difference[static_cast<std::size_t>(lo)];
            --difference[static_cast<std::size_t>(hi)];
        }
    }
    b.crossings.resize(b.sorted.size());
    std::int64_t running = 0;
    for (std::size_t k = 0; k < b.sorted.size(); ++k) {
        running += difference[k];
        b.crossings[k] = static_cast<std::size_t>(running);
    }
    return b;
}

// Hands the levels [begin, end) of `levels` to `emit` in order, with the lines of `sorted`
// (whose entries they are); a level given twice gets its lines twice: moved the last time,
// copied before.
void emit_levels(std::span<const double> levels, std::size_t begin, std::size_t end,
                 const std::vector<double>& sorted, std::vector<std::vector<ContourLine>>& lines,
                 const std::function<void(std::size_t, ContourLevel)>& emit) {
    std::vector<std::size_t> uses(sorted.size(), 0);
    for (std::size_t k = begin; k < end; ++k) {
        if (const auto at = index_in(sorted, levels[k])) ++uses[*at];
    }
    for (std::size_t k = begin; k < end; ++k) {
        ContourLevel level{levels[k], {}};
        if (const auto at = index_in(sorted, levels[k])) {
            level.lines = --uses[*at] == 0 ? std::move(lines[*at]) : lines[*at];
        }
        emit(k, std::move(level));
    }
}

}  // namespace

std::vector<std::size_t> crossing_counts(const Grid& grid, std::span<const double> levels) {
    std::vector<std::size_t> counts(levels.size(), 0);
    if (grid.nx() < 2 || grid.ny() < 2 || levels.empty()) return counts;
    const Banded b = banded(grid, levels);
    for (std::size_t k = 0; k < levels.size(); ++k) {
        if (const auto at = index_in(b.sorted, levels[k])) counts[k] = b.crossings[*at];
    }
    return counts;
}

void contour_each(const Grid& grid, std::span<const double> levels,
                  const std::function<void(std::size_t, ContourLevel)>& emit,
                  std::size_t batch_crossings) {
    if (grid.nx() < 2 || grid.ny() < 2 || levels.empty()) {
        std::vector<std::vector<ContourLine>> none;
        emit_levels(levels, 0, levels.size(), {}, none, emit);
        return;
    }
    const Banded all = banded(grid, levels);
    std::size_t total = 0;
    for (const std::size_t c : all.crossings)
        total += c;
    if (total <= batch_crossings) {
        // The usual case: every level in one pass over the bands already computed.
        std::vector<std::vector<ContourLine>> lines = lines_of(grid, all.sorted, &all.band);
        emit_levels(levels, 0, levels.size(), all.sorted, lines, emit);
        return;
    }
    std::vector<std::size_t> counts(levels.size(), 0);
    for (std::size_t k = 0; k < levels.size(); ++k) {
        if (const auto at = index_in(all.sorted, levels[k])) counts[k] = all.crossings[*at];
    }
    std::size_t begin = 0;
    while (begin < levels.size()) {
        // The next run of levels, in the order given, whose crossings fit in the batch (always
        // at least one level, however many crossings it has).
        std::size_t end = begin;
        std::size_t crossings = 0;
        do {
            crossings += counts[end];
            ++end;
        } while (end < levels.size() && crossings + counts[end] <= batch_crossings);
        const std::vector<double> sorted = sorted_distinct(levels.subspan(begin, end - begin));
        std::vector<std::vector<ContourLine>> lines = lines_of(grid, sorted);
        emit_levels(levels, begin, end, sorted, lines, emit);
        begin = end;
    }
}

ContourSet contour(const Grid& grid, std::span<const double> levels) {
    ContourSet result(levels.size());
    contour_each(grid, levels,
                 [&result](std::size_t k, ContourLevel level) { result[k] = std::move(level); });
    return result;
}

}  // namespace gd
