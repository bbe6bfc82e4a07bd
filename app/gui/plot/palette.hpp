// Colours: the heatmap's perceptually uniform map and the comparison runs' colour-blind-safe set.
#pragma once

#include <qcustomplot.h>

#include <QColor>

#include "gui/model/run_spec.hpp"

namespace gdlab {

// Viridis (matplotlib's default map), from nine stops of its published table: dark purple for
// low values, yellow for high. QCustomPlot 2.1.0 ships no perceptually uniform map.
[[nodiscard]] QCPColorGradient viridis();

// The Okabe-Ito palette, distinguishable under the common colour-vision deficiencies, ordered
// so that the first runs stand out best against viridis.
[[nodiscard]] QColor run_colour(int index);
// Each run's dots have their own shape too, so runs differ by more than colour.
[[nodiscard]] QCPScatterStyle::ScatterShape run_marker(int index);

// The optimizer's parts drawn beside the step arrow (velocity, look-ahead, each coordinate's
// step, Newton's model): a magenta no run is drawn in and viridis does not hold, bright on its
// purple and apart from its yellow, in both themes (the heatmap is viridis in both).
[[nodiscard]] QColor anatomy_colour();

}  // namespace gdlab
