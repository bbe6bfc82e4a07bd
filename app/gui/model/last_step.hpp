// "The last step": of one trace, and of the longest of several runs (what the clock, the
// convergence plot's axis and an export run to). Defined once.
#pragma once

#include <algorithm>

#include "gd/descent.hpp"

namespace gdlab {

// The index of the trace's last point: the updates it holds.
[[nodiscard]] inline int last_step(const gd::Trace& trace) {
    return static_cast<int>(trace.points.size()) - 1;
}

// The last step of the longest run, at least `floor`; runs are anything with a `trace`
// pointer (null while it is computed): sessions' runs, export runs, convergence series.
template <class Runs>
[[nodiscard]] int last_step_of_longest(const Runs& runs, int floor = 0) {
    int last = floor;
    for (const auto& run : runs) {
        if (run.trace) last = std::max(last, last_step(*run.trace));
    }
    return last;
}

}  // namespace gdlab
