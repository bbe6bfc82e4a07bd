#include "gui/plot/label_placement.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace gdlab {

namespace {

// Gaps between the point and its label, nearest first: beside the marker, then a little out.
constexpr std::array<double, 3> kGapPixels{5.0, 14.0, 26.0};
constexpr int kDirections = 16;
constexpr double kMarginPixels = 1.0;  // kept clear around a label

bool crosses(const QLineF& step, const QRectF& box) {
    if (box.contains(step.p1()) || box.contains(step.p2())) return true;
    const std::array<QLineF, 4> edges{
        QLineF(box.topLeft(), box.topRight()), QLineF(box.topRight(), box.bottomRight()),
        QLineF(box.bottomRight(), box.bottomLeft()), QLineF(box.bottomLeft(), box.topLeft())};
    return std::any_of(edges.begin(), edges.end(), [&step](const QLineF& edge) {
        return step.intersects(edge, nullptr) == QLineF::BoundedIntersection;
    });
}

// How far from its centre a box of this size reaches in direction u (a unit vector).
double reach(const QSizeF& size, const QPointF& u) {
    const double rx = std::abs(u.x()) > 1e-9 ? size.width() / 2.0 / std::abs(u.x())
                                             : std::numeric_limits<double>::infinity();
    const double ry = std::abs(u.y()) > 1e-9 ? size.height() / 2.0 / std::abs(u.y())
                                             : std::numeric_limits<double>::infinity();
    return std::min(rx, ry);
}

// The directions to try, the preferred one first, then alternately either side of it.
std::vector<QPointF> directions(const QPointF& preferred) {
    const double length = std::hypot(preferred.x(), preferred.y());
    const double start =
        length > 0.0 && std::isfinite(length) ? std::atan2(preferred.y(), preferred.x()) : 0.0;
    std::vector<QPointF> out;
    const double turn = 2.0 * std::numbers::pi / kDirections;
    for (int i = 0; i < kDirections; ++i) {
        const int side = (i % 2 == 0) ? i / 2 : -(i + 1) / 2;
        const double a = start + side * turn;
        out.emplace_back(std::cos(a), std::sin(a));
    }
    return out;
}

}  // namespace

std::vector<QPointF> place_labels(const std::vector<LabelRequest>& labels,
                                  const LabelObstacles& obstacles, const QRectF& area) {
    std::vector<QPointF> placed;
    std::vector<QRectF> taken;
    for (const LabelRequest& label : labels) {
        const std::vector<QPointF> tries = directions(label.preferred);
        double best_cost = std::numeric_limits<double>::infinity();
        QRectF best;
        for (std::size_t ring = 0; ring < kGapPixels.size(); ++ring) {
            for (std::size_t i = 0; i < tries.size(); ++i) {
                const QPointF& u = tries[i];
                const QPointF centre = label.anchor + u * (kGapPixels[ring] + reach(label.size, u));
                QRectF box(QPointF(0, 0), label.size);
                box.moveCenter(centre);
                const QRectF clear =
                    box.adjusted(-kMarginPixels, -kMarginPixels, kMarginPixels, kMarginPixels);
                if (!area.contains(box)) continue;
                const auto hits = [&clear](const QRectF& r) { return r.intersects(clear); };
                if (std::any_of(obstacles.markers.begin(), obstacles.markers.end(), hits) ||
                    std::any_of(taken.begin(), taken.end(), hits))
                    continue;
                const auto crossed =
                    std::count_if(obstacles.steps.begin(), obstacles.steps.end(),
                                  [&box](const QLineF& step) { return crosses(step, box); });
                // Steps crossed weigh most, then the distance, then the side.
                const double cost = 1000.0 * static_cast<double>(crossed) +
                                    100.0 * static_cast<double>(ring) + static_cast<double>(i);
                if (cost < best_cost) {
                    best_cost = cost;
                    best = box;
                }
            }
            if (best_cost < 1000.0) break;  // a spot crossing no step: nothing further is better
        }
        if (!std::isfinite(best_cost)) break;  // no free spot: the numbering stops here
        taken.push_back(best);
        placed.push_back(best.center());
    }
    return placed;
}

QRectF keep_inside(const QRectF& box, const QRectF& room) {
    QRectF moved = box;
    if (box.width() <= room.width())
        moved.moveLeft(std::clamp(box.left(), room.left(), room.right() - box.width()));
    if (box.height() <= room.height())
        moved.moveTop(std::clamp(box.top(), room.top(), room.bottom() - box.height()));
    return moved;
}

}  // namespace gdlab
