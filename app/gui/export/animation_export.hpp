// The descent as an animated GIF: a frame every k steps from the start to the end (or to a
// chosen step), at a frame rate, the final frame held, looping or not.
#pragma once

#include <QString>
#include <functional>
#include <vector>

#include "gui/export/export_scene.hpp"

namespace gdlab {

struct AnimationOptions {
    int every = 0;              // steps between frames; 0: default_steps_per_frame
    double fps = 10.0;          // frames per second (GIF delays are in 1/100 s: at most 50)
    double hold_seconds = 2.0;  // how long the final frame stays
    bool loop = true;
    double scale = 1.0;  // pixels per plot pixel
    int last_step = -1;  // -1: the end of the longest run
    int dither = 12;     // ordered-dither strength in colour levels (0: none)
};

inline constexpr int kMaxAnimationFrames = 2000;
// The frames an animation has unless told otherwise: 20 s at the default 10 frames a second.
inline constexpr int kDefaultAnimationFrames = 200;

// Steps per frame for about kDefaultAnimationFrames frames up to `last`, at least 1.
[[nodiscard]] int default_steps_per_frame(int last);
// options.every, or where it is 0 the default for `last`.
[[nodiscard]] int steps_per_frame(const AnimationOptions& options, int last);

// The steps shown: 0, every, 2 every, ... and always `last` itself.
[[nodiscard]] std::vector<int> frame_steps(int last, int every);
// The step the animation ends on: options.last_step, or the scene's last, whichever is less.
[[nodiscard]] int final_frame_step(const ExportScene& scene, const AnimationOptions& options);
// Empty when frames every `every` steps up to `last` are at most kMaxAnimationFrames; else
// "5001 frames are too many (at most 2000); take a frame every 3 steps or more".
[[nodiscard]] QString frame_count_problem(int last, int every);

// Called after each frame with the frames done and their total; returning false cancels.
using FrameProgress = std::function<bool(int done, int total)>;

struct AnimationResult {
    QString error;  // empty on success
    bool cancelled = false;
    int frames = 0;
};

// Writes the GIF atomically: a cancelled or failed export leaves any old file as it was.
[[nodiscard]] AnimationResult export_animation(const ExportScene& scene, const ExportLook& look,
                                               const AnimationOptions& options, const QString& file,
                                               const FrameProgress& progress = {});

}  // namespace gdlab
