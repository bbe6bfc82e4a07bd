#include "gui/export/export_command.hpp"

#include <QApplication>
#include <QFileInfo>
#include <cmath>
#include <optional>

#include "cli/arguments.hpp"
#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/text.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/export/export_options.hpp"
#include "gui/export/export_scene.hpp"
#include "gui/export/image_export.hpp"
#include "gui/export/lecture_export.hpp"
#include "gui/launch/startup_options.hpp"
#include "gui/model/demos.hpp"
#include "scene/scene.hpp"

namespace gdlab {

namespace {

const std::string kCommand = "gdlab export";

struct ExportRequest {
    QString out;
    bool gif = false;
    ExportOptions options;
    std::optional<int> demo;
    std::optional<Scene> scene;
};

// Reads export's own options, then the scene's (or the demo's). Throws UsageError.
ExportRequest read_request(const Arguments& args, std::ostream& notes) {
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
    if (args.has("--format") || args.has("--gif")) {
        throw UsageError(kCommand +
                         ": --format and --gif are for a lecture (--lecture); for one scene "
                         "the ending of --out picks the format");
    }
    request.out = QString::fromStdString(*out);
    request.gif = QFileInfo(request.out).suffix().toLower() == QLatin1String("gif");
    const std::optional<ImageFormat> format = image_format_of(request.out);
    if (!request.gif && !format) {
        throw UsageError(kCommand + ": --out: '" + *out +
                         "' must end in .png, .svg, .pdf or .gif (that picks the format)");
    }
    request.options =
        read_export_options(args, request.gif ? std::nullopt : format, request.gif, kCommand);
    if (const auto demo = args.text("--demo")) {
        if (args.has_any(scene_options()))
            throw UsageError(kCommand + ": --demo sets up its own scene; give no scene options");
        request.demo = demo_index_of(*demo, kCommand);
    } else {
        request.scene = startup_scene_of(args, kCommand, notes);
    }
    return request;
}

}  // namespace

int run_export(const Arguments& args, const Invocation& io) {
    if (args.has("--lecture")) return run_lecture_export(args, io);
    const ExportRequest request = read_request(args, io.err);
    const ExportOptions& options = request.options;
    // Nothing is shown: the same widgets draw off screen, with or without a display.
    use_offscreen_platform(true);
    int argc = io.argc;  // QApplication keeps a reference to it
    const QApplication app(argc, io.argv);
    set_application_names();

    // The scene asked for, drawn as the window would draw it, without building a window.
    Scene asked =
        request.demo ? demos()[static_cast<std::size_t>(*request.demo)].scene : *request.scene;
    if (options.step) asked.step = options.step;  // else a scene file's step, or the end
    ExportScene scene = export_scene_of(asked, compute_traces(asked));
    scene.gradient_field = args.has("--gradient-field");

    QString error;
    QString what;
    const QSize pixels = (QSizeF(options.look.size) * options.scale).toSize();
    if (request.gif) {
        const int last = final_frame_step(scene, options.animation);
        const QString too_many =
            frame_count_problem(last, steps_per_frame(options.animation, last));
        if (!too_many.isEmpty()) {  // a bad option, though known only once the runs are
            io.err << kCommand << ": --every: " << too_many.toStdString() << "\n";
            return 2;
        }
        const AnimationResult result =
            export_animation(scene, options.look, options.animation, request.out);
        error = result.error;
        what = QStringLiteral("%1 frames, %2x%3")
                   .arg(result.frames)
                   .arg(pixels.width())
                   .arg(pixels.height());
    } else {
        error = export_image(scene, options.look, options.scale, request.out);
        what = image_format_of(request.out) == ImageFormat::png
                   ? QStringLiteral("%1x%2 pixels").arg(pixels.width()).arg(pixels.height())
                   : QStringLiteral("%1x%2 px at 96 dpi")
                         .arg(options.look.size.width())
                         .arg(options.look.size.height());
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
