#include "gui/export/export_command.hpp"

#include <QApplication>
#include <QFileInfo>
#include <cmath>
#include <optional>
#include <regex>

#include "cli/arguments.hpp"
#include "cli/scene.hpp"
#include "cli/usage_error.hpp"
#include "gd/text.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/export/export_scene.hpp"
#include "gui/export/image_export.hpp"
#include "gui/model/demos.hpp"
#include "gui/window/startup_options.hpp"

namespace gdlab {

namespace {

const std::string kCommand = "gdlab export";

struct ExportRequest {
    QString out;
    bool gif = false;
    ExportLook look;
    double scale = 1.0;
    std::optional<int> step;
    AnimationOptions animation;
    std::optional<int> demo;
    std::optional<Scene> scene;
};

QSize parse_size(const std::string& text) {
    static const std::regex shape(R"((\d{1,6})[xX](\d{1,6}))");
    std::smatch m;
    if (!std::regex_match(text, m, shape)) {
        throw UsageError(kCommand +
                         ": --size: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000, "
                         "got '" +
                         text + "'");
    }
    // At most six digits each: the conversion cannot overflow; the range is checked with the
    // format (export_size_problem).
    return {static_cast<int>(std::stoll(m[1])), static_cast<int>(std::stoll(m[2]))};
}

// Reads export's own options, then the scene's (or the demo's). Throws UsageError.
ExportRequest read_request(const Arguments& args) {
    ExportRequest request;
    const auto out = args.text("--out");
    if (!out || out->empty()) {
        throw UsageError(kCommand + ": --out FILE is required (a .png, .svg, .pdf or .gif file)");
    }
    // Qt would replace broken bytes in the name with U+FFFD and write another file than asked.
    if (!gd::is_valid_utf8(*out)) {
        throw UsageError(kCommand + ": --out: the file name '" + gd::printable(*out) +
                         "' is not valid UTF-8 text");
    }
    request.out = QString::fromStdString(*out);
    request.gif = QFileInfo(request.out).suffix().toLower() == QLatin1String("gif");
    const std::optional<ImageFormat> format = image_format_of(request.out);
    if (!request.gif && !format) {
        throw UsageError(kCommand + ": --out: '" + *out +
                         "' must end in .png, .svg, .pdf or .gif (that picks the format)");
    }
    const bool raster = request.gif || format == ImageFormat::png;
    request.look.size = request.gif ? QSize(800, 600) : QSize(1200, 800);
    if (const auto size = args.text("--size")) request.look.size = parse_size(*size);
    if (const auto scale = args.number("--scale")) {
        if (!raster) {
            throw UsageError(kCommand +
                             ": --scale: SVG and PDF are vector pictures and have no "
                             "pixel scale; use --size to set their proportions");
        }
        if (!(*scale >= 0.25 && *scale <= 8.0)) {
            throw UsageError(kCommand + ": --scale: expected a factor from 0.25 to 8, got " +
                             *args.text("--scale"));
        }
        request.scale = *scale;
    }
    if (const QString wrong = export_size_problem(request.gif ? std::nullopt : format,
                                                  request.look.size, request.scale);
        !wrong.isEmpty()) {
        throw UsageError(kCommand + ": --size: " + wrong.toStdString());
    }
    if (const auto step = args.integer("--step", 0, kWindowMaxIterations))
        request.step = static_cast<int>(*step);
    if (const auto theme = args.text("--theme")) {
        const auto parsed = theme_from_name(QString::fromStdString(*theme));
        if (!parsed) {
            throw UsageError(kCommand + ": --theme: expected light or dark, got '" + *theme + "'");
        }
        request.look.style.theme = *parsed;
    }
    request.look.caption = args.has("--caption");
    const bool no_loop = args.has("--no-loop");
    const bool animation_options =
        args.has("--every") || args.has("--fps") || args.has("--hold") || no_loop;
    if (animation_options && !request.gif) {
        throw UsageError(kCommand +
                         ": --every, --fps, --hold and --no-loop are for animations (.gif)");
    }
    AnimationOptions& a = request.animation;
    if (const auto every = args.integer("--every", 1, kWindowMaxIterations))
        a.every = static_cast<int>(*every);
    if (const auto fps = args.number("--fps")) {
        if (!(*fps >= 1 && *fps <= 50)) {
            throw UsageError(kCommand + ": --fps: expected 1 to 50 frames per second, got " +
                             *args.text("--fps"));
        }
        a.fps = *fps;
    }
    if (const auto hold = args.number("--hold")) {
        if (!(*hold >= 0 && *hold <= 60)) {
            throw UsageError(kCommand + ": --hold: expected 0 to 60 seconds, got " +
                             *args.text("--hold"));
        }
        a.hold_seconds = *hold;
    }
    a.loop = !no_loop;
    a.scale = request.scale;
    if (request.step) a.last_step = *request.step;
    if (const auto demo = args.text("--demo")) {
        if (args.has_any(scene_options()))
            throw UsageError(kCommand + ": --demo sets up its own scene; give no scene options");
        request.demo = demo_index_of(*demo, kCommand);
    } else {
        request.scene = startup_scene_of(args, kCommand);
    }
    return request;
}

QString size_text(qint64 bytes) {
    return bytes >= 1'000'000
               ? QStringLiteral("%1 MB").arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
               : QStringLiteral("%1 kB").arg(static_cast<double>(bytes) / 1e3, 0, 'f', 0);
}

}  // namespace

int run_export(const Arguments& args, const Invocation& io) {
    const ExportRequest request = read_request(args);
    // Nothing is shown: the same widgets draw off screen, with or without a display.
    use_offscreen_platform(true);
    int argc = io.argc;  // QApplication keeps a reference to it
    const QApplication app(argc, io.argv);
    set_application_names();

    // The scene asked for, drawn as the window would draw it, without building a window.
    Scene asked =
        request.demo ? demos()[static_cast<std::size_t>(*request.demo)].scene : *request.scene;
    if (request.step) asked.step = request.step;  // else a scene file's step, or the end
    ExportScene scene = export_scene_of(asked, compute_traces(asked));

    QString error;
    QString what;
    const QSize pixels = (QSizeF(request.look.size) * request.scale).toSize();
    if (request.gif) {
        const QString too_many = frame_count_problem(final_frame_step(scene, request.animation),
                                                     request.animation.every);
        if (!too_many.isEmpty()) {  // a bad option, though known only once the runs are
            io.err << kCommand << ": --every: " << too_many.toStdString() << "\n";
            return 2;
        }
        const AnimationResult result =
            export_animation(scene, request.look, request.animation, request.out);
        error = result.error;
        what = QStringLiteral("%1 frames, %2x%3")
                   .arg(result.frames)
                   .arg(pixels.width())
                   .arg(pixels.height());
    } else {
        error = export_image(scene, request.look, request.scale, request.out);
        what = image_format_of(request.out) == ImageFormat::png
                   ? QStringLiteral("%1x%2 pixels").arg(pixels.width()).arg(pixels.height())
                   : QStringLiteral("%1x%2 px at 96 dpi")
                         .arg(request.look.size.width())
                         .arg(request.look.size.height());
    }
    if (!error.isEmpty()) {
        io.err << kCommand << ": " << gd::printable(error.toStdString()) << "\n";
        return 1;
    }
    const QFileInfo written(request.out);
    io.out << "gdlab export: wrote " << gd::printable(written.absoluteFilePath().toStdString())
           << " (" << what.toStdString() << ", step " << scene.step << ", "
           << size_text(written.size()).toStdString() << ")\n";
    return 0;
}

}  // namespace gdlab
