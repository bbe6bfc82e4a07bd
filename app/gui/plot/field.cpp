#include "gui/plot/field.hpp"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "gui/model/compute_pool.hpp"

namespace gdlab {

std::shared_ptr<const Field> compute_field(const gd::Objective& f, const gd::Rect& view,
                                           int samples) {
    auto field = std::make_shared<Field>();
    field->grid = gd::sample_grid(f, view, samples, samples);
    field->levels = gd::choose_levels(field->grid, kContourLevels);
    field->contours = gd::contour(field->grid, field->levels.levels);
    return field;
}

void FieldComputer::request(const gd::Objective& f, const gd::Rect& view) {
    const std::uint64_t generation = ++generation_;
    using Result = std::shared_ptr<const Field>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (generation == generation_) emit ready(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(compute_in_background([f, view] { return compute_field(f, view); }));
}

}  // namespace gdlab
