#include "gui/model/preset_lookup.hpp"

#include <variant>

#include "gui/text/display_text.hpp"

namespace gdlab {

const gd::Preset* preset_with_formula(const QString& text) {
    const QString trimmed = text.trimmed();
    for (const gd::Preset& p : gd::presets()) {
        if (to_qstring(p.formula) == trimmed) return &p;
    }
    return nullptr;
}

gd::Objective objective_of(const gd::Preset& preset) {
    return std::get<gd::Objective>(gd::Objective::parse(preset.formula));
}

std::vector<Eigen::Vector2d> known_minima(const gd::Preset* preset) {
    std::vector<Eigen::Vector2d> points;
    if (preset == nullptr) return points;
    for (const gd::KnownMinimum& m : preset->minima)
        points.push_back(m.point);
    return points;
}

std::optional<Eigen::Vector2d> sole_minimum(const gd::Preset* preset) {
    if (preset == nullptr || preset->minima.size() != 1) return std::nullopt;
    return preset->minima.front().point;
}

}  // namespace gdlab
