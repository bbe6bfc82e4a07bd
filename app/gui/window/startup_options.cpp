#include "gui/window/startup_options.hpp"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <cmath>
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/scene.hpp"
#include "cli/usage_error.hpp"
#include "gui/model/demos.hpp"
#include "gui/plot/descent_plot.hpp"

namespace gdlab {

namespace {

// The offscreen platform warns about window hints it cannot honour; a picture does not care.
void quiet_known_messages(QtMsgType type, const QMessageLogContext& context,
                          const QString& message) {
    if (message.contains(QStringLiteral("propagateSizeHints"))) return;
    std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << "\n";
}

}  // namespace

Scene startup_scene_of(const Arguments& args, const std::string& command) {
    Scene scene = parse_scene(args);
    for (const RunSpec& run : scene.runs) {  // a scene file's runs too
        if (auto problem = window_problem(run)) {
            throw UsageError(command + ": " + problem->option + ": " +
                             problem->message.toStdString() + " (the window's range)");
        }
    }
    if (auto problem = DescentPlot::viewProblem(scene.view)) {
        throw UsageError(command +
                         (problem->axis == gd::Axis::x ? ": --xrange: " : ": --yrange: ") +
                         problem->message);
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
        const QString runtime = QDir::temp().filePath(QStringLiteral("gdlab-runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
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
