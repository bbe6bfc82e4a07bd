// The picture of an objective over a view: the sampled grid, the contour levels chosen for it
// and their lines. Computed off the GUI thread; the newest request always wins.
#pragma once

#include <QObject>
#include <cstdint>
#include <memory>

#include "gd/contour.hpp"
#include "gd/grid.hpp"
#include "gd/objective.hpp"

namespace gdlab {

struct Field {
    gd::Grid grid;
    gd::LevelChoice levels;
    gd::ContourSet contours;
};

// Samples are a fixed 512 x 512: sharper than any plot area, cheap to compute (a few ms).
inline constexpr int kFieldSamples = 512;
inline constexpr int kContourLevels = 14;

[[nodiscard]] std::shared_ptr<const Field> compute_field(const gd::Objective& f,
                                                         const gd::Rect& view,
                                                         int samples = kFieldSamples);

class FieldComputer : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;
    // Starts computing; an older request still running is not waited for and its result is
    // dropped.
    void request(const gd::Objective& f, const gd::Rect& view);

  signals:
    void ready(std::shared_ptr<const gdlab::Field> field);

  private:
    std::uint64_t generation_ = 0;
};

}  // namespace gdlab
