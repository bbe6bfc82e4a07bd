// The picture of an objective over a view: the sampled grid, the contour levels chosen for it
// and their lines. Computed off the GUI thread; the newest request always wins.
#pragma once

#include <QObject>
#include <cstdint>
#include <memory>

#include "gd/contour.hpp"
#include "gd/grid.hpp"
#include "gd/objective.hpp"
#include "scene/scene.hpp"

namespace gdlab {

// The gradient at one point of a coarse grid over the view, for View > Gradient field.
struct FieldArrow {
    Eigen::Vector2d at;
    Eigen::Vector2d gradient;  // ∇f there (NaN where f is not differentiable or not finite)
};

struct Field {
    gd::Grid grid;
    gd::LevelChoice levels;
    gd::ContourSet contours;
    std::vector<FieldArrow> arrows;  // kArrowColumns across, rows as the view's shape gives
};

// Samples are a fixed 512 x 512: sharper than any plot area, cheap to compute (a few ms).
inline constexpr int kFieldSamples = 512;
// The gradient field's arrows: this many across the view, and as many rows as keep them about
// as far apart up as across (at least kMinArrowRows).
inline constexpr int kArrowColumns = 17;
inline constexpr int kMinArrowRows = 5;

[[nodiscard]] std::shared_ptr<const Field> compute_field(const gd::Objective& f,
                                                         const gd::Rect& view,
                                                         const ContourLines& lines = {},
                                                         int samples = kFieldSamples);

class FieldComputer : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;
    // Starts computing; an older request still running is not waited for and its result is
    // dropped.
    void request(const gd::Objective& f, const gd::Rect& view, const ContourLines& lines);

  signals:
    void ready(std::shared_ptr<const gdlab::Field> field);

  private:
    std::uint64_t generation_ = 0;
};

}  // namespace gdlab
