#include "gui/export/export_options.hpp"

#include <regex>

#include "cli/usage_error.hpp"
#include "gui/plot/theme.hpp"
#include "scene/window_limits.hpp"

namespace gdlab {

QSize parse_size(const std::string& text, const std::string& command) {
    static const std::regex shape(R"((\d{1,6})[xX](\d{1,6}))");
    std::smatch m;
    if (!std::regex_match(text, m, shape)) {
        throw UsageError(command +
                         ": --size: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000, "
                         "got '" +
                         text + "'");
    }
    // At most six digits each: the conversion cannot overflow; the range is checked with the
    // format (export_size_problem).
    return {static_cast<int>(std::stoll(m[1])), static_cast<int>(std::stoll(m[2]))};
}

ExportOptions read_export_options(const Arguments& args, std::optional<ImageFormat> picture,
                                  bool gif, const std::string& command) {
    ExportOptions options;
    const bool raster = gif || picture == ImageFormat::png;
    options.look.size = picture ? kDefaultPictureSize : kDefaultAnimationSize;
    if (const auto size = args.text("--size")) {
        options.look.size = parse_size(*size, command);
        options.size_given = true;
    }
    if (const auto scale = args.number("--scale")) {
        if (!raster) {
            throw UsageError(command +
                             ": --scale: SVG and PDF are vector pictures and have no "
                             "pixel scale; use --size to set their proportions");
        }
        if (!(*scale >= 0.25 && *scale <= 8.0)) {
            throw UsageError(command + ": --scale: expected a factor from 0.25 to 8, got " +
                             *args.text("--scale"));
        }
        options.scale = *scale;
    }
    // A picture's limits (a vector one's are tighter), and an animation's when there is one.
    QString wrong;
    if (picture) wrong = export_size_problem(picture, options.look.size, options.scale);
    if (wrong.isEmpty() && gif)
        wrong = export_size_problem(std::nullopt, animation_look(options).size, options.scale);
    if (!wrong.isEmpty()) throw UsageError(command + ": --size: " + wrong.toStdString());
    if (const auto step = args.integer("--step", 0, kWindowMaxIterations))
        options.step = static_cast<int>(*step);
    if (const auto theme = args.text("--theme")) {
        const auto parsed = theme_from_name(QString::fromStdString(*theme));
        if (!parsed) {
            throw UsageError(command + ": --theme: expected light or dark, got '" + *theme + "'");
        }
        options.look.style.theme = *parsed;
        options.theme_given = true;
    }
    options.look.caption = args.has("--caption");
    options.look.title = args.has("--title");
    const bool no_loop = args.has("--no-loop");
    const bool animation_options =
        args.has("--every") || args.has("--fps") || args.has("--hold") || no_loop;
    if (animation_options && !gif) {
        throw UsageError(command +
                         ": --every, --fps, --hold and --no-loop are for animations (.gif)");
    }
    AnimationOptions& a = options.animation;
    if (const auto every = args.integer("--every", 1, kWindowMaxIterations))
        a.every = static_cast<int>(*every);
    if (const auto fps = args.number("--fps")) {
        if (!(*fps >= 1 && *fps <= 50)) {
            throw UsageError(command + ": --fps: expected 1 to 50 frames per second, got " +
                             *args.text("--fps"));
        }
        a.fps = *fps;
    }
    if (const auto hold = args.number("--hold")) {
        if (!(*hold >= 0 && *hold <= 60)) {
            throw UsageError(command + ": --hold: expected 0 to 60 seconds, got " +
                             *args.text("--hold"));
        }
        a.hold_seconds = *hold;
    }
    a.loop = !no_loop;
    a.scale = options.scale;
    if (options.step) a.last_step = *options.step;
    return options;
}

ExportLook animation_look(const ExportOptions& options) {
    ExportLook look = options.look;
    if (!options.size_given) look.size = kDefaultAnimationSize;
    return look;
}

QString size_text(qint64 bytes) {
    return bytes >= 1'000'000
               ? QStringLiteral("%1 MB").arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
               : QStringLiteral("%1 kB").arg(static_cast<double>(bytes) / 1e3, 0, 'f', 0);
}

}  // namespace gdlab
