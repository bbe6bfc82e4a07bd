#include "gui/window/gui_main.hpp"

#include <QApplication>
#include <QFileInfo>
#include <optional>
#include <set>
#include <string>

#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/text.hpp"
#include "gui/export/atomic_file.hpp"
#include "gui/export/export_options.hpp"
#include "gui/export/image_export.hpp"
#include "gui/launch/startup_options.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/scene_history.hpp"
#include "gui/window/main_window.hpp"
#include "gui/window/scene_document.hpp"
#include "scene/scene.hpp"
#include "scene/window_limits.hpp"

namespace gdlab {

namespace {

// The window's size for --size: a projector's 640x480 up to an 8K screen.
constexpr QSize kMinWindowSize{640, 480};
constexpr QSize kMaxWindowSize{7680, 4320};
constexpr QSize kScreenshotSize{1280, 800};

struct GuiOptions {
    std::optional<std::string> screenshot;
    std::optional<QSize> size;  // the window's
    std::optional<int> step;    // the screenshot's
    std::optional<int> demo;    // 0-based index into demos()
    std::optional<Scene> scene;
    // A scene file (gdlab FILE.gdlab, or --scene FILE): the window opens it as its document.
    std::optional<QString> scene_file;
    // A lecture file (gdlab FILE.gdlab-lecture, or --lecture FILE): opened on its first scene.
    std::optional<QString> lecture;
    bool options_beyond_file = false;  // scene options that change the file's selected run
    std::optional<Theme> theme;
    bool presentation = false;
};

// Reads the window's options and the scene the scene options describe. Throws UsageError.
GuiOptions read_gui_options(const Arguments& args, std::ostream& notes) {
    GuiOptions options;
    options.screenshot = args.text("--screenshot");
    if (const auto size = args.text("--size")) {
        options.size = parse_size(*size, "gdlab");
        if (options.size->width() < kMinWindowSize.width() ||
            options.size->height() < kMinWindowSize.height() ||
            options.size->width() > kMaxWindowSize.width() ||
            options.size->height() > kMaxWindowSize.height()) {
            const auto text = [](QSize s) {
                return std::to_string(s.width()) + "x" + std::to_string(s.height());
            };
            throw UsageError("gdlab: --size: the window must be " + text(kMinWindowSize) + " to " +
                             text(kMaxWindowSize) + " pixels, got " + *size);
        }
    }
    if (const auto step = args.integer("--step", 0, kWindowMaxIterations)) {
        if (!options.screenshot) throw UsageError("gdlab: --step is for --screenshot");
        options.step = static_cast<int>(*step);
    }
    options.presentation = args.has("--presentation");
    if (const auto theme = args.text("--theme")) {
        options.theme = theme_from_name(QString::fromStdString(*theme));
        if (!options.theme)
            throw UsageError("gdlab: --theme: expected light or dark, got '" + *theme + "'");
    }
    if (const auto demo = args.text("--demo")) options.demo = demo_index_of(*demo, "gdlab");
    if (options.screenshot && options.screenshot->empty()) {
        throw UsageError("gdlab: --screenshot needs a file name");
    }
    if (options.screenshot && !gd::is_valid_utf8(*options.screenshot)) {
        throw UsageError("gdlab: --screenshot: the file name '" +
                         gd::printable(*options.screenshot) + "' is not valid UTF-8 text");
    }
    // The picture is a PNG: a name promising another format would hold the wrong bytes.
    if (options.screenshot &&
        QFileInfo(QString::fromStdString(*options.screenshot)).suffix().toLower() != "png") {
        throw UsageError("gdlab: --screenshot: '" + *options.screenshot +
                         "' must end in .png (gdlab export writes SVG, PDF and GIF)");
    }
    if (const auto lecture = args.text("--lecture")) {
        options.lecture = QString::fromStdString(*lecture);
        if (options.demo || args.has_any(scene_options()))
            throw UsageError("gdlab: a lecture sets up its own scenes; give no scene options");
    }
    if (!args.has_any(scene_options())) return options;
    if (options.demo)
        throw UsageError("gdlab: --demo sets up its own scene; give no scene options");
    if (const auto file = args.text("--scene")) {
        // Checked as the window opens it (every run within the window's ranges), so that a
        // file the window would refuse is refused here, with the same message.
        options.scene_file = QString::fromStdString(*file);
        const WindowSceneRead read = read_scene_for_window(*options.scene_file);
        if (!read.scene) throw UsageError("gdlab: " + read.error.toStdString());
        std::set<std::string> others = scene_options();
        others.erase("--scene");
        options.options_beyond_file = args.has_any(others);
    }
    options.scene = startup_scene_of(args, "gdlab", notes);
    return options;
}

// The picture of the scene at `step`, or at the end of its longest run.
int save_screenshot(MainWindow& window, const QString& file, std::optional<int> step,
                    const Invocation& io) {
    window.show();
    QApplication::processEvents();  // laid out at its size before it is drawn
    if (!window.waitUntilDrawn()) {
        io.err << "gdlab: the scene took too long to compute\n";
        return 1;
    }
    if (step) {
        window.animation().pause();
        window.animation().setStep(*step);
    } else {
        window.animation().toEnd();
    }
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    const QString error =
        write_atomically(file, [&image](QIODevice& out) { return save_png(image, out); });
    if (!error.isEmpty()) {
        io.err << "gdlab: --screenshot: " << gd::printable(error.toStdString()) << "\n";
        return 1;
    }
    io.out << "gdlab: no window opened; rendered the scene (" << image.width() << "x"
           << image.height() << ") to "
           << gd::printable(QFileInfo(file).absoluteFilePath().toStdString()) << "\n";
    return 0;
}

}  // namespace

int run_gui(const Arguments& args, const Invocation& io) {
    const GuiOptions options = read_gui_options(args, io.err);
    if (!has_display()) {
        if (!options.screenshot) {
            io.err << "gdlab: no display to open the window on (DISPLAY is not set). Use "
                      "--screenshot FILE.png to render it to a picture, or a command such "
                      "as 'gdlab trace' (gdlab --help lists them).\n";
            return 1;
        }
        use_offscreen_platform();
    }
    int argc = io.argc;  // QApplication keeps a reference to it
    QApplication app(argc, io.argv);
    set_application_names();

    // A screenshot shows the scene asked for, or the default one, never a remembered one.
    MainWindow window(!options.screenshot.has_value());
    if (options.scene_file && !options.screenshot) {
        // The file becomes the window's document (File > Save writes back to it); options
        // given with it change it on top, as unsaved changes.
        if (const QString error = window.openFile(*options.scene_file); !error.isEmpty()) {
            io.err << "gdlab: " << gd::printable(error.toStdString()) << "\n";
            return 2;
        }
        if (options.options_beyond_file) window.showScene(*options.scene);
    } else if (options.scene) {
        window.showScene(*options.scene);  // a screenshot leaves the recent files alone
    }
    if (options.demo) window.loadDemo(*options.demo);
    if (options.lecture) {
        if (const QString error = window.loadLecture(*options.lecture); !error.isEmpty()) {
            io.err << "gdlab: " << gd::printable(error.toStdString()) << "\n";
            return 2;
        }
    }
    window.history().clear();  // the scene asked for is where undo stops
    if (options.theme) window.setTheme(*options.theme);
    if (options.presentation) {
        window.show();  // laid out first, so the panels it hides keep their sizes
        window.setPresentation(true);
    }
    if (options.screenshot) {
        window.resize(options.size.value_or(kScreenshotSize));
        return save_screenshot(
            window, QString::fromStdString(*options.screenshot),
            options.step ? options.step : (options.scene ? options.scene->step : std::nullopt), io);
    }
    if (options.size) window.resize(*options.size);
    window.show();
    // The scene plays from its start as soon as its runs arrive; a file saved at a step shows
    // that step.
    if (!options.scene || !options.scene->step) {
        window.animation().toStart();
        window.animation().play();
    }
    return QApplication::exec();
}

}  // namespace gdlab
