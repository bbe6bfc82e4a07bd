// Places the iterate labels (x₀, x₁, …) beside their points so that no label covers another
// label or any marker: iterates, current points, the start, the minima. Each label tries spots
// around its point, nearest first, starting on the side it prefers (to the right of the step
// that reached it), and takes the first one free of labels and markers that stays in the plot,
// crossing as few drawn steps as it can. A label that has no free spot is not placed: the caller
// stops numbering there, so the numbers shown are always x₀ … xₙ without a gap.
#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <optional>
#include <vector>

namespace gdlab {

struct LabelRequest {
    QPointF anchor;     // the point labelled, in pixels
    QSizeF size;        // the label's box
    QPointF preferred;  // the direction it would rather sit in (any length; zero: none)
};

struct LabelObstacles {
    std::vector<QRectF> markers;  // what no label may cover
    std::vector<QLineF> steps;    // what a label should rather not cover
};

// Where each label's centre goes, in order, until the first that fits nowhere (nothing for it
// and every label after it). `area`: the plot area labels must stay inside.
[[nodiscard]] std::vector<QPointF> place_labels(const std::vector<LabelRequest>& labels,
                                                const LabelObstacles& obstacles,
                                                const QRectF& area);

// `box` moved the least that puts it inside `room`, along each axis it fits in (one wider than
// the room stays where it was along that axis): a label beside a part near an edge.
[[nodiscard]] QRectF keep_inside(const QRectF& box, const QRectF& room);

}  // namespace gdlab
