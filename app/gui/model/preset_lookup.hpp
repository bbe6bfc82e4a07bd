// Which preset a typed formula is, a preset's objective, and its known minima.
#pragma once

#include <Eigen/Core>
#include <QString>
#include <optional>
#include <string_view>
#include <vector>

#include "gd/objective.hpp"
#include "gd/presets.hpp"

namespace gdlab {

// The preset whose formula is exactly `text` (spaces around it aside), or null.
[[nodiscard]] const gd::Preset* preset_with_formula(const QString& text);
// A preset's own objective (its formula always parses; a core test checks every one).
[[nodiscard]] gd::Objective objective_of(const gd::Preset& preset);
// The points of the preset's known minima (none for a typed objective: null).
[[nodiscard]] std::vector<Eigen::Vector2d> known_minima(const gd::Preset* preset);
// The preset's minimum when it has exactly one (what a distance to "the minimum" means).
[[nodiscard]] std::optional<Eigen::Vector2d> sole_minimum(const gd::Preset* preset);

}  // namespace gdlab
