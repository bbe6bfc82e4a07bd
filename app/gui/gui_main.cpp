#include "gui/gui_main.hpp"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "cli/scene.hpp"
#include "cli/usage_error.hpp"
#include "gui/animation.hpp"
#include "gui/demos.hpp"
#include "gui/main_window.hpp"
#include "gui/session.hpp"

namespace gdlab {

namespace {

struct GuiOptions {
    std::optional<std::string> screenshot;
    std::optional<int> demo;  // 0-based index into demos()
    std::optional<StartupScene> scene;
};

// The offscreen platform warns about window hints it cannot honour; a screenshot does not care.
void quiet_offscreen_messages(QtMsgType type, const QMessageLogContext& context,
                              const QString& message) {
    if (message.contains(QStringLiteral("propagateSizeHints"))) return;
    std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << "\n";
}

bool has_display() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Splits off --screenshot and reads the scene options as every command does. Throws UsageError.
GuiOptions parse_gui_options(const std::vector<std::string>& words) {
    GuiOptions options;
    std::vector<std::string> scene_words;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k];
        if (w == "--screenshot") {
            if (k + 1 >= words.size()) throw UsageError("gdlab: --screenshot needs a file name");
            options.screenshot = words[++k];
        } else if (w.rfind("--screenshot=", 0) == 0) {
            options.screenshot = w.substr(13);
        } else if (w == "--demo" || w.rfind("--demo=", 0) == 0) {
            std::string value =
                w == "--demo" ? (k + 1 < words.size() ? words[++k] : "") : w.substr(7);
            const auto n = parse_double(value);
            const auto count = static_cast<double>(demos().size());
            if (!n || *n != std::floor(*n) || *n < 1 || *n > count) {
                throw UsageError("gdlab: --demo: expected a demo number from 1 to " +
                                 std::to_string(demos().size()) + ", got '" + value + "'");
            }
            options.demo = static_cast<int>(*n) - 1;
        } else {
            scene_words.push_back(w);
        }
    }
    if (options.screenshot && options.screenshot->empty()) {
        throw UsageError("gdlab: --screenshot needs a file name");
    }
    if (scene_words.empty()) return options;
    if (options.demo)
        throw UsageError("gdlab: --demo sets up its own scene; give no scene options");
    const Arguments args(scene_words, scene_options(), "gdlab");
    const Scene scene = parse_scene(args);
    if (scene.settings.max_iterations < 1 || scene.settings.max_iterations > kMaxIterations) {
        throw UsageError("gdlab: --iters: the window runs 1 to 1000000 iterations");
    }
    const double lr = gd::learning_rate(scene.optimizer);
    if (lr < 1e-4 || lr > 10.0) {
        throw UsageError("gdlab: --lr: the window takes learning rates from 0.0001 to 10");
    }
    StartupScene s;
    s.preset = scene.preset;
    s.expression = QString::fromStdString(scene.preset != nullptr
                                              ? std::string(scene.preset->formula)
                                              : args.text("--expr").value_or(std::string()));
    s.run.start = scene.settings.start;
    s.run.learning_rate = lr;
    s.run.iterations = scene.settings.max_iterations;
    s.run.tolerance = scene.settings.tolerance;
    s.run.gradient = scene.settings.gradient;
    s.view = scene.view;
    options.scene = s;
    return options;
}

int save_screenshot(MainWindow& window, const QString& file) {
    window.show();
    if (!window.waitUntilDrawn()) {
        std::cerr << "gdlab: the scene took too long to compute\n";
        return 1;
    }
    window.animation().toEnd();
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    if (!image.save(file, "PNG")) {
        std::cerr << "gdlab: --screenshot: cannot write " << file.toStdString() << "\n";
        return 1;
    }
    std::cout << "gdlab: no window opened; rendered the scene (" << image.width() << "x"
              << image.height() << ") to " << QFileInfo(file).absoluteFilePath().toStdString()
              << "\n";
    return 0;
}

}  // namespace

int run_gui(int argc, char** argv, const std::vector<std::string>& words) {
    GuiOptions options;
    try {
        options = parse_gui_options(words);
    } catch (const UsageError& e) {
        std::cerr << e.what() << "\n";
        return 2;
    }
    if (!has_display()) {
        if (!options.screenshot) {
            std::cerr << "gdlab: no display to open the window on (DISPLAY is not set). Use "
                         "--screenshot FILE.png to render it to a picture, or a command such "
                         "as 'gdlab trace' (gdlab --help lists them).\n";
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quiet_offscreen_messages);
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime directory and warns when it has to pick one.
            const QString runtime = QDir::temp().filePath(QStringLiteral("gdlab-runtime"));
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gdlab"));
    QApplication::setApplicationName(QStringLiteral("gdlab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gradient Descent Lab"));
    QApplication::setApplicationVersion(QStringLiteral(GDLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gdlab"));

    // A screenshot shows the scene asked for, or the default one, never a remembered one.
    MainWindow window(!options.screenshot.has_value());
    if (options.scene) window.applyStartupScene(*options.scene);
    if (options.demo) window.loadDemo(*options.demo);
    if (options.screenshot)
        return save_screenshot(window, QString::fromStdString(*options.screenshot));
    window.show();
    // The scene plays from its start as soon as its runs arrive.
    window.animation().toStart();
    window.animation().play();
    return QApplication::exec();
}

}  // namespace gdlab
