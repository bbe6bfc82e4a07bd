// What one descent run is asked to do (start, learning rate, iterations, tolerance, gradient),
// and the legend text that tells overlaid runs apart by what differs between them.
#pragma once

#include <Eigen/Core>
#include <QString>
#include <QStringList>
#include <span>

#include "gd/descent.hpp"
#include "gd/optimizer.hpp"
#include "gd/presets.hpp"

namespace gdlab {

struct RunSpec {
    Eigen::Vector2d start{-3.0, 4.0};
    double learning_rate = 0.1;
    int iterations = 100;
    double tolerance = 1e-5;
    gd::GradientSettings gradient;

    bool operator==(const RunSpec& other) const;
};

inline constexpr int kMaxIterations = 1'000'000;
// At most this many runs are overlaid; each gets its own colour.
inline constexpr int kMaxRuns = 8;

[[nodiscard]] RunSpec spec_of(const gd::Preset& preset);
[[nodiscard]] gd::DescentSettings descent_settings(const RunSpec& spec);
[[nodiscard]] gd::Optimizer optimizer_of(const RunSpec& spec);

// One label per run naming the settings that differ between the runs ("lr = 0.7",
// "start (1, 2) · lr = 0.1"); a lone run is labelled by its learning rate.
[[nodiscard]] QStringList legend_labels(std::span<const RunSpec> specs);

}  // namespace gdlab
