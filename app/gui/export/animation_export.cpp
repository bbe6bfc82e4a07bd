#include "gui/export/animation_export.hpp"

#include <QIODevice>
#include <algorithm>
#include <cmath>

#include "gui/export/atomic_file.hpp"
#include "gui/export/gif_encoder.hpp"
#include "gui/export/image_export.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/palette.hpp"

namespace gdlab {

namespace {

// What must keep its colour exactly in every frame: the markers' white and black, the runs'
// colours, the step's parts and the theme's text.
std::vector<QRgb> exact_colours(const ExportLook& look) {
    std::vector<QRgb> colours{qRgb(255, 255, 255), qRgb(0, 0, 0), anatomy_colour().rgb(),
                              theme_colours(look.style.theme).text.rgb(),
                              theme_colours(look.style.theme).background.rgb()};
    for (int k = 0; k < kMaxRuns; ++k)
        colours.push_back(run_colour(k).rgb());
    return colours;
}

}  // namespace

std::vector<int> frame_steps(int last, int every) {
    std::vector<int> steps;
    every = std::max(every, 1);
    for (int k = 0; k < last; k += every)
        steps.push_back(k);
    steps.push_back(std::max(last, 0));
    return steps;
}

int final_frame_step(const ExportScene& scene, const AnimationOptions& options) {
    return options.last_step >= 0 ? std::min(options.last_step, scene.lastStep())
                                  : scene.lastStep();
}

int default_steps_per_frame(int last) {
    return std::max(1, (last + kDefaultAnimationFrames - 1) / kDefaultAnimationFrames);
}

int steps_per_frame(const AnimationOptions& options, int last) {
    return options.every > 0 ? options.every : default_steps_per_frame(last);
}

QString frame_count_problem(int last, int every) {
    const auto frames = frame_steps(last, every).size();
    if (frames <= static_cast<std::size_t>(kMaxAnimationFrames)) return {};
    return QStringLiteral(
               "%1 frames are too many (at most %2); take a frame every %3 steps or "
               "more")
        .arg(frames)
        .arg(kMaxAnimationFrames)
        .arg((last + kMaxAnimationFrames - 2) / (kMaxAnimationFrames - 1));
}

AnimationResult export_animation(const ExportScene& scene, const ExportLook& look,
                                 const AnimationOptions& options, const QString& file,
                                 const FrameProgress& progress) {
    AnimationResult result;
    const int last = final_frame_step(scene, options);
    const int every = steps_per_frame(options, last);
    result.error = frame_count_problem(last, every);
    if (!result.error.isEmpty()) return result;
    const std::vector<int> steps = frame_steps(last, every);
    const int total = static_cast<int>(steps.size());
    // GIF delays are whole hundredths of a second, and viewers treat 0 or 1 as "slow".
    const int delay = std::clamp(static_cast<int>(std::lround(100.0 / options.fps)), 2, 65535);
    const int hold =
        std::clamp(static_cast<int>(std::lround(100.0 * options.hold_seconds)), delay, 65535);

    ExportScene start = scene;
    start.step = 0;
    const auto plot = make_export_plot(start, look);
    // The palette comes from the first and the last frame: together they hold the heatmap,
    // every run's colour and every marker.
    const QImage first = render_image(*plot, options.scale);
    show_export_step(*plot, scene, look, last);
    const GifPalette palette({first, render_image(*plot, options.scale)}, exact_colours(look));

    result.error = write_atomically(file, [&](QIODevice& out) {
        GifEncoder gif(out, first.size(), palette, options.loop);
        for (int i = 0; i < total; ++i) {
            show_export_step(*plot, scene, look, steps[static_cast<std::size_t>(i)]);
            gif.addFrame(render_image(*plot, options.scale), i + 1 == total ? hold : delay,
                         options.dither);
            if (progress && !progress(i + 1, total)) {
                result.cancelled = true;
                return QStringLiteral("cancelled");
            }
        }
        result.frames = gif.frameCount();
        return gif.finish();
    });
    return result;
}

}  // namespace gdlab
