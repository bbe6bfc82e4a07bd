#include "gui/plot/field.hpp"

#include <algorithm>
#include <cmath>

#include "gui/model/compute_pool.hpp"

namespace gdlab {

std::shared_ptr<const Field> compute_field(const gd::Objective& f, const gd::Rect& view,
                                           const ContourLines& lines, int samples) {
    auto field = std::make_shared<Field>();
    field->grid = gd::sample_grid(f, view, samples, samples);
    field->levels = gd::choose_levels(field->grid, lines.count, lines.spacing);
    field->contours = gd::contour(field->grid, field->levels.levels);
    // The arrows' grid: cell centres, so that none sits on the view's edge.
    const double width = view.x_max - view.x_min;
    const double height = view.y_max - view.y_min;
    const int rows = std::clamp(static_cast<int>(std::lround(kArrowColumns * height / width)),
                                kMinArrowRows, 3 * kArrowColumns);
    const gd::GradientSettings exact;  // the exact gradient where it can be derived
    const gd::GradientSettings how =
        f.has_exact_gradient() ? exact : gd::GradientSettings{gd::GradientMode::numeric, 1e-4};
    field->arrows.reserve(static_cast<std::size_t>(rows) * kArrowColumns);
    for (int j = 0; j < rows; ++j) {
        for (int i = 0; i < kArrowColumns; ++i) {
            const Eigen::Vector2d at(view.x_min + (i + 0.5) * width / kArrowColumns,
                                     view.y_min + (j + 0.5) * height / rows);
            field->arrows.push_back({at, f.gradient(at, how)});
        }
    }
    return field;
}

void FieldComputer::request(const gd::Objective& f, const gd::Rect& view,
                            const ContourLines& lines) {
    const std::uint64_t generation = ++generation_;
    compute_in_background(
        this, [f, view, lines] { return compute_field(f, view, lines); },
        [this, generation](std::shared_ptr<const Field> field) {
            if (generation == generation_) emit ready(std::move(field));
        });
}

}  // namespace gdlab
