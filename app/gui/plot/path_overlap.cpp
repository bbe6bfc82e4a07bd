#include "gui/plot/path_overlap.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>

#include "gui/plot/plot_constants.hpp"
#include "gui/plot/segment_clip.hpp"

namespace gdlab {

namespace {

// The cells a path passed through.
class CellGrid {
  public:
    CellGrid(double width, double height)
        : nx_(cells(width)), ny_(cells(height)), marked_(static_cast<std::size_t>(nx_ * ny_), 0) {}

    // Marks the cells within `radius` pixels of p.
    void mark(const Eigen::Vector2d& p, double radius) {
        const double c = OverlapLimits::kCellPixels;
        const long x0 = cell(p.x() - radius, nx_);
        const long x1 = cell(p.x() + radius, nx_);
        const long y0 = cell(p.y() - radius, ny_);
        const long y1 = cell(p.y() + radius, ny_);
        for (long y = y0; y <= y1; ++y) {
            for (long x = x0; x <= x1; ++x) {
                const Eigen::Vector2d centre((static_cast<double>(x) + 0.5) * c,
                                             (static_cast<double>(y) + 0.5) * c);
                if ((centre - p).norm() <= radius + c / 2) marked_[index(x, y)] = 1;
            }
        }
    }

    [[nodiscard]] bool marked(const Eigen::Vector2d& p) const {
        return marked_[index(cell(p.x(), nx_), cell(p.y(), ny_))] != 0;
    }

  private:
    static long cells(double pixels) {
        return std::max(1L, static_cast<long>(std::ceil(pixels / OverlapLimits::kCellPixels)) + 1);
    }
    static long cell(double v, long n) {
        return std::clamp(static_cast<long>(std::floor(v / OverlapLimits::kCellPixels)), 0L, n - 1);
    }
    [[nodiscard]] std::size_t index(long x, long y) const {
        return static_cast<std::size_t>(y * nx_ + x);
    }

    long nx_;
    long ny_;
    std::vector<std::uint8_t> marked_;
};

// Calls visit(p, starts_piece, ends_segment) for each sample of the path inside the view: one a
// pixel apart along each segment, its ends included. starts_piece is true where the path enters
// the view or resumes after a break, so that what comes before does not join it.
template <class Visit>
void walk(const PixelPath& path, double width, double height, Visit&& visit) {
    int budget = OverlapLimits::kMaxSamples;
    bool joined = false;  // the last sample visited was the end of the previous segment
    for (std::size_t i = 1; i < path.size() && budget > 0; ++i) {
        const Eigen::Vector2d& a = path[i - 1];
        const Eigen::Vector2d& b = path[i];
        if (!a.allFinite() || !b.allFinite()) {
            joined = false;
            continue;
        }
        const auto inside = clip_segment(a, b, 0.0, 0.0, width, height);
        if (!inside) {
            joined = false;
            continue;
        }
        const auto& [from, to] = *inside;
        const bool continues = joined && from == a;
        const double length = (to - from).norm();
        const int n = std::clamp(static_cast<int>(std::ceil(length / OverlapLimits::kSamplePixels)),
                                 1, budget);
        budget -= n;
        for (int j = continues ? 1 : 0; j <= n; ++j) {
            const Eigen::Vector2d p = from + (to - from) * (static_cast<double>(j) / n);
            visit(p, j == 0, j == n);
        }
        joined = to == b;
    }
}

// Appends the covered samples of `path` (those near a marked cell) to `out`, as pieces of at
// least kMinStretchPixels separated by NaN points; a piece keeps its ends and the path's vertices.
void add_covered(const PixelPath& path, const CellGrid& above, double width, double height,
                 PixelPath& out) {
    PixelPath piece;
    double piece_length = 0.0;
    bool provisional = false;  // piece.back() is only the latest sample, not a vertex or an end
    const auto finish = [&] {
        provisional = false;
        if (piece.size() >= 2 && piece_length >= OverlapLimits::kMinStretchPixels) {
            if (!out.empty()) out.emplace_back(kNaN, kNaN);
            out.insert(out.end(), piece.begin(), piece.end());
        }
        piece.clear();
        piece_length = 0.0;
    };
    bool last_covered = false;
    Eigen::Vector2d last(kNaN, kNaN);
    walk(path, width, height, [&](const Eigen::Vector2d& p, bool starts_piece, bool ends_segment) {
        if (starts_piece) {
            finish();
            last_covered = false;
        }
        const bool covered = above.marked(p);
        if (!covered) {
            finish();  // the piece ends at its last covered sample, which it holds
        } else {
            if (last_covered) piece_length += (p - last).norm();
            // Samples between a piece's ends and the path's vertices lie on the straight
            // segments between those: only they are kept, the latest sample standing in for
            // the end until the piece goes on.
            if (provisional) {
                piece.back() = p;
            } else {
                piece.push_back(p);
            }
            provisional = piece.size() > 1 && !ends_segment;
        }
        last_covered = covered;
        last = p;
    });
    finish();
}

}  // namespace

std::vector<PixelPath> covered_stretches(const std::vector<PixelPath>& top_first, double width,
                                         double height, const PathReach& reach) {
    std::vector<PixelPath> covered(top_first.size());
    if (!(width > 0.0) || !(height > 0.0)) return covered;
    CellGrid above(width, height);
    // Marks a path as wide as it is drawn, a disc every half radius along it.
    const auto mark = [&](const PixelPath& path, double radius) {
        const double spacing = std::max(OverlapLimits::kSamplePixels, radius / 2);
        double since = spacing;
        walk(path, width, height, [&](const Eigen::Vector2d& p, bool starts_piece, bool ends) {
            since += OverlapLimits::kSamplePixels;
            if (since >= spacing || starts_piece || ends) {
                above.mark(p, radius);
                since = 0.0;
            }
        });
    };
    for (std::size_t i = 0; i < top_first.size(); ++i) {
        if (i > 0) add_covered(top_first[i], above, width, height, covered[i]);
        mark(top_first[i], reach.line);
        if (!covered[i].empty() && reach.casing)
            mark(covered[i], reach.casing(static_cast<int>(i)));
    }
    return covered;
}

}  // namespace gdlab
