// The line above the plot, on screen and in exports alike: the step, f there and, at the end,
// why the run stopped ("step 51   f = 3.26e−9  —  converged after 51 steps").
#pragma once

#include <QString>

#include "gd/descent.hpp"

namespace gdlab {

[[nodiscard]] QString step_caption(const gd::Trace& trace, const gd::RunSpec& spec, int k);

}  // namespace gdlab
