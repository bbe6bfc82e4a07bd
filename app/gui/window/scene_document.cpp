#include "gui/window/scene_document.hpp"

#include <QFileInfo>
#include <QIODevice>
#include <cstddef>
#include <string>

#include "gui/export/atomic_file.hpp"
#include "gui/model/run_spec.hpp"
#include "gui/plot/descent_plot.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

WindowSceneRead read_scene_for_window(const QString& file) {
    WindowSceneRead result;
    // Messages name the file as the user knows it: its name, as in the file dialog.
    const QString shown = QFileInfo(file).fileName();
    try {
        SceneRead read = read_scene_file(file.toStdString());
        for (const std::string& note : read.notes)
            result.notes << QStringLiteral("%1: %2").arg(shown, QString::fromStdString(note));
        // The file's own checks are the command line's; the window's fields hold less (a
        // million iterations, starts within ±1e6): refuse rather than quietly change a run.
        for (std::size_t i = 0; i < read.scene.runs.size(); ++i) {
            if (const auto problem = window_problem(read.scene.runs[i])) {
                result.error = QStringLiteral("%1: runs[%2]: %3 (the window's range)")
                                   .arg(shown)
                                   .arg(i)
                                   .arg(problem->message);
                return result;
            }
        }
        if (const auto problem = DescentPlot::viewProblem(read.scene.view)) {
            result.error =
                QStringLiteral("%1: view.%2: %3")
                    .arg(shown,
                         problem->axis == gd::Axis::x ? QStringLiteral("x") : QStringLiteral("y"),
                         QString::fromStdString(problem->message));
            return result;
        }
        result.scene = std::move(read.scene);
    } catch (const SceneFileError& e) {
        // read_scene_file names the file by the path it was given; the message box shows it
        // as written (a long path is still the file the user picked).
        result.error = QString::fromStdString(e.what());
    }
    return result;
}

QString write_scene_file(const QString& file, const Scene& scene) {
    const std::string text = scene_file_text(scene);
    return write_atomically(file, [&text](QIODevice& out) {
        const auto size = static_cast<qint64>(text.size());
        return out.write(text.data(), size) == size ? QString() : out.errorString();
    });
}

QString SceneDocument::displayName() const {
    return file_.isEmpty() ? QStringLiteral("Untitled") : QFileInfo(file_).fileName();
}

void SceneDocument::markSaved(const QString& file, const Scene& scene) {
    file_ = file;
    saved_text_ = comparable_text(scene);
}

void SceneDocument::markUntitled(const Scene& scene) {
    file_.clear();
    saved_text_ = comparable_text(scene);
}

bool SceneDocument::isModified(const Scene& current) const {
    return comparable_text(current) != saved_text_;
}

std::string SceneDocument::comparable_text(const Scene& scene) {
    Scene without_step = scene;
    without_step.step.reset();
    return scene_file_text(without_step);
}

}  // namespace gdlab
