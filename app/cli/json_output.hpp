// JSON documents for the headless commands, in the shapes shared/DESIGN.md fixes. Doubles are
// printed so that they read back to the same double; a non-finite number is null.
#pragma once

#include <nlohmann/json.hpp>
#include <span>

#include "cli/scene.hpp"
#include "gd/contour.hpp"
#include "gd/descent.hpp"
#include "gd/presets.hpp"

namespace gdlab {

// The points of a trace to print: every k-th one, and always the first and the last.
[[nodiscard]] std::vector<std::size_t> sampled_indices(std::size_t count, long long every);

[[nodiscard]] nlohmann::ordered_json trace_json(const Scene& scene, const gd::Trace& trace,
                                                std::span<const std::size_t> indices);
[[nodiscard]] nlohmann::ordered_json eval_json(const gd::Objective& f, const Eigen::Vector2d& at,
                                               const gd::GradientSettings& gradient);
[[nodiscard]] nlohmann::ordered_json contour_json(const gd::Grid& grid,
                                                  const gd::ContourSet& contours);
[[nodiscard]] nlohmann::ordered_json presets_json();

}  // namespace gdlab
