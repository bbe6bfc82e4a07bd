// What one descent run is asked to do (start, learning rate, iterations, tolerance, gradient),
// and the legend text that tells overlaid runs apart by what differs between them.
#pragma once

#include <Eigen/Core>
#include <QString>
#include <QStringList>
#include <optional>
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

// What a run in the window may be: the ranges its fields show. The command line refuses what
// lies outside them for the window; saved settings are brought inside them, with a note.
inline constexpr int kWindowMaxIterations = 1'000'000;
inline constexpr double kLearningRateMin = 1e-5;  // Goldstein-Price's preset takes 5e-5
inline constexpr double kLearningRateMax = 10.0;
inline constexpr double kCoordinateLimit = 1e6;
inline constexpr double kToleranceMax = 1e3;
inline constexpr double kStepMin = 1e-12;  // of the numeric gradient
inline constexpr double kStepMax = 1.0;

enum class RunField { start, learning_rate, iterations, tolerance, h };

struct RunProblem {
    RunField field;
    QString message;  // "the learning rate 20 is outside 1e−5 to 10"
};

// The first field of `spec` outside the window's ranges, or nothing.
[[nodiscard]] std::optional<RunProblem> window_problem(const RunSpec& spec);

// `spec` with every field brought into the window's ranges (a value that is not a number gets
// the default), and an h too small for the start the default h; one note per change, naming the
// field, the value given and the value used.
[[nodiscard]] RunSpec fit_to_window(const RunSpec& spec, QStringList& notes);
// At most this many runs are overlaid; each gets its own colour.
inline constexpr int kMaxRuns = 8;

[[nodiscard]] RunSpec spec_of(const gd::Preset& preset);
[[nodiscard]] gd::DescentSettings descent_settings(const RunSpec& spec);
[[nodiscard]] gd::Optimizer optimizer_of(const RunSpec& spec);

// One label per run naming the settings that differ between the runs ("lr = 0.7",
// "start (1, 2) · lr = 0.1"); a lone run is labelled by its learning rate.
[[nodiscard]] QStringList legend_labels(std::span<const RunSpec> specs);

}  // namespace gdlab
