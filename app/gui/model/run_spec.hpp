// One run as the window holds it (gd::RunSpec: an optimizer and its settings), checked against
// the window's ranges, and the legend text that tells overlaid runs apart by what differs.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <span>
#include <string>

#include "gd/descent.hpp"
#include "gd/optimizer.hpp"
#include "gd/presets.hpp"
#include "gd/run_setting.hpp"
#include "scene/window_limits.hpp"

namespace gdlab {

using RunSpec = gd::RunSpec;

struct RunProblem {
    // The command-line option that sets the field at fault: "--start", "--lr", "--iters".
    std::string option;
    // Where a scene file keeps it within the run: "start", "optimizer.lr", "gradient.h".
    std::string field;
    QString message;  // "the learning rate 20 is outside 1e−5 to 10"
};

// The first field of `spec` outside the window's ranges, or nothing.
[[nodiscard]] std::optional<RunProblem> window_problem(const RunSpec& spec);

// `spec` with every field brought into the window's ranges (a value that is not a number gets
// the default), and an h too small for the start the default h; one note per change, naming the
// field, the value given and the value used.
[[nodiscard]] RunSpec fit_to_window(const RunSpec& spec, QStringList& notes);

// A run setting's value brought into the window's range as fit_to_window does it, with the same
// note: for a count read as a number (a saved 1e300 must not be converted to an int first).
[[nodiscard]] double fit_setting(const gd::RunSetting& setting, int component, double value,
                                 QStringList& notes);

// The run a preset starts with: plain gradient descent at the preset's learning rate.
[[nodiscard]] RunSpec spec_of(const gd::Preset& preset);

// One label per run naming the settings that differ between the runs ("lr = 0.7",
// "start (1, 2) · lr = 0.1", "Adam · step schedule"); a parameter only some runs' methods
// have is named where it is off its default ("gradient descent", "momentum · β = 0.5"). A
// lone run is labelled by its learning rate, its method and a schedule that varies the rate.
[[nodiscard]] QStringList legend_labels(std::span<const RunSpec> specs);

}  // namespace gdlab
