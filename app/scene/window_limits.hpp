// What a run in the window (and in `gdlab export`, which draws what the window draws) may be:
// the ranges its fields show, narrower than what the core accepts. The command line refuses
// what lies outside them for the window; saved settings are brought inside them, with a note.
// A hyper-parameter's window range is in its table (gd::HyperParameter::window), a run
// setting's in gd::kRunSettings: the names below read them from there.
#pragma once

#include "gd/run_setting.hpp"

namespace gdlab {

inline constexpr int kWindowMaxIterations =
    static_cast<int>(gd::run_setting(gd::Setting::iterations).describe.window.max);
inline constexpr double kCoordinateLimit = gd::run_setting(gd::Setting::start).describe.window.max;
// At most this many runs are overlaid; each gets its own colour.
inline constexpr int kMaxRuns = 8;
// The animation's speed, in steps a second: what a scene may ask for and the window offers.
inline constexpr double kMinSpeed = 1.0;
inline constexpr double kMaxSpeed = 1000.0;
inline constexpr double kDefaultSpeed = 20.0;
// The plot's contour lines: as many as a scene asks for, up to this, 14 when it asks nothing.
inline constexpr int kDefaultContourLevels = 14;
inline constexpr int kMaxWindowContourLevels = 100;

}  // namespace gdlab
