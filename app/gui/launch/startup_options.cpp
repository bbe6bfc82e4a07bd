#include "gui/launch/startup_options.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <cmath>
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/text.hpp"
#include "gui/model/demos.hpp"
#include "gui/plot/descent_plot.hpp"
#include "scene/scene.hpp"

namespace gdlab {

namespace {

// The offscreen platform warns about window hints it cannot honour; a picture does not care.
void quiet_known_messages(QtMsgType type, const QMessageLogContext& context,
                          const QString& message) {
    if (message.contains(QStringLiteral("propagateSizeHints"))) return;
    std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << "\n";
}

}  // namespace

Scene startup_scene_of(const Arguments& args, const std::string& command, std::ostream& notes) {
    Scene scene = parse_scene(args, notes, command);
    // A value the options gave is theirs; any other came from the scene file, named by its field.
    const std::string file = args.text("--scene").value_or("");
    for (std::size_t r = 0; r < scene.runs.size(); ++r) {
        auto problem = window_problem(scene.runs[r]);
        if (!problem) continue;
        const bool from_options =
            file.empty() || (static_cast<int>(r) == scene.active_run && args.has(problem->option));
        std::string message = command + ": ";
        if (from_options) {
            message += problem->option;
        } else {
            message += gd::printable(file);
            message += ": runs[" + std::to_string(r) + "].";
            message += problem->field;
        }
        message += ": ";
        message += problem->message.toStdString();
        message += " (the window's range)";
        throw UsageError(message);
    }
    if (auto problem = DescentPlot::viewProblem(scene.view)) {
        const bool x = problem->axis == gd::Axis::x;
        const std::string option = x ? "--xrange" : "--yrange";
        const std::string where = file.empty() || args.has(option)
                                      ? option
                                      : gd::printable(file) + (x ? ": view.x" : ": view.y");
        throw UsageError(command + ": " + where + ": " + problem->message);
    }
    return scene;
}

int demo_index_of(const std::string& value, const std::string& command) {
    const auto n = parse_double(value);
    const auto count = static_cast<double>(demos().size());
    if (!n || *n != std::floor(*n) || *n < 1 || *n > count) {
        throw UsageError(command + ": --demo: expected a demo number from 1 to " +
                         std::to_string(demos().size()) + ", got '" + value + "'");
    }
    return static_cast<int>(*n) - 1;
}

std::string private_runtime_folder() {
    // The user's own folder in the temporary directory, made by mkdir with mode 0700 (so no
    // other user can have made it), or found made so before: a real folder, not a link, owned by
    // this user, open to no one else. Never chmod: on a shared /tmp another user could plant the
    // name as a link to a folder of theirs. Anything else there: a fresh folder from mkdtemp.
    std::string base =
        QDir::temp().filePath(QStringLiteral("gdlab-runtime-%1").arg(::getuid())).toStdString();
    if (::mkdir(base.c_str(), 0700) == 0) return base;
    struct stat info {};
    if (errno == EEXIST && ::lstat(base.c_str(), &info) == 0 && S_ISDIR(info.st_mode) &&
        info.st_uid == ::getuid() && (info.st_mode & 0077) == 0)
        return base;
    std::string pattern = base + "-XXXXXX";
    if (::mkdtemp(pattern.data()) != nullptr) return pattern;
    return {};  // Qt picks its own, warning once
}

bool has_display() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void use_offscreen_platform(bool force) {
    if (force || qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt wants a private runtime directory and warns when it has to pick one.
        if (const std::string runtime = private_runtime_folder(); !runtime.empty())
            qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(runtime));
    }
}

void set_application_names() {
    qInstallMessageHandler(quiet_known_messages);
    QApplication::setOrganizationName(QStringLiteral("gdlab"));
    QApplication::setApplicationName(QStringLiteral("gdlab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gradient Descent Lab"));
    QApplication::setApplicationVersion(QStringLiteral(GDLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gdlab"));
}

}  // namespace gdlab
