// JSON documents for the headless commands, in the shapes the golden outputs in tests/cli/golden
// fix (the README shows them). Doubles are
// printed so that they read back to the same double; a non-finite number is null.
#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

#include "gd/contour.hpp"
#include "gd/descent.hpp"
#include "gd/presets.hpp"
#include "scene/json_writer.hpp"
#include "scene/scene.hpp"

namespace gdlab {

// Calls `visit` with every k-th index of `count` points, and always the last: the points of a
// trace to print, without a list of them.
template <class Visit>
void for_sampled_indices(std::size_t count, long long every, Visit visit) {
    const auto step = static_cast<std::size_t>(std::max(1LL, every));
    for (std::size_t k = 0; k < count; k += step)
        visit(k);
    if (count > 0 && (count - 1) % step != 0) visit(count - 1);
}

// Streamed: memory does not grow with the number of points printed.
void write_trace_json(std::ostream& out, const Scene& scene, const gd::Trace& trace,
                      long long every);
[[nodiscard]] nlohmann::ordered_json eval_json(const gd::Objective& f, const Eigen::Vector2d& at,
                                               const gd::GradientSettings& gradient);
// The document's opening ("grid" and the "levels" array), each level as it comes, its close.
void begin_contour_json(JsonWriter& json, const gd::Grid& grid);
void write_contour_level_json(JsonWriter& json, const gd::ContourLevel& level);
void end_contour_json(JsonWriter& json);
[[nodiscard]] nlohmann::ordered_json presets_json();

}  // namespace gdlab
