// The named objectives a teacher picks from, each with the scene that shows it best and the
// answers a test checks against (known minima, like ensmallen's test functions).
#pragma once

#include <Eigen/Core>
#include <span>
#include <string_view>
#include <vector>

#include "gd/grid.hpp"

namespace gd {

struct KnownMinimum {
    Eigen::Vector2d point;
    double value = 0.0;
    bool smooth = true;  // false where f has no gradient (the tip of Ackley's cone)
};

struct Preset {
    std::string_view name;     // command-line name: "rosenbrock"
    std::string_view title;    // "Rosenbrock"
    std::string_view formula;  // in the expression language
    Rect view;
    Eigen::Vector2d start;
    double learning_rate = 0.1;
    int iterations = 100;
    std::vector<KnownMinimum> minima;  // global minima; empty when f is unbounded below
    std::string_view note;             // one line for a student
};

[[nodiscard]] std::span<const Preset> presets();
[[nodiscard]] const Preset* find_preset(std::string_view name);
// The scene shown when nothing else is asked for: the bowl x² + y².
[[nodiscard]] const Preset& default_preset();

}  // namespace gd
