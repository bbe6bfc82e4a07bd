// The file behind the window's scene: which .gdlab file it is (none before the first save),
// whether what the window shows differs from what that file holds, and reading and writing
// scene files for the window (refusing what the window cannot show, writing atomically).
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <string>

#include "scene/scene.hpp"

namespace gdlab {

// What opening a file for the window gave: the scene and the remarks on it, or why it was
// refused ("bowl.gdlab: runs[1].optimizer.lr: ...", naming the file and the field).
struct WindowSceneRead {
    std::optional<Scene> scene;
    QStringList notes;  // fields this version does not know, kept or left out
    QString error;
};

// Reads a scene file and checks it against the window's ranges too (every run, the view),
// which are narrower than a scene file's.
[[nodiscard]] WindowSceneRead read_scene_for_window(const QString& file);

// Writes `scene` to `file` atomically (the old file stays whole when anything fails). Returns
// what went wrong, naming the file and the system's reason, or an empty string.
[[nodiscard]] QString write_scene_file(const QString& file, const Scene& scene);

class SceneDocument {
  public:
    // The file the scene was last opened from or saved to; empty while untitled.
    [[nodiscard]] const QString& file() const { return file_; }
    // "bowl.gdlab", or "Untitled".
    [[nodiscard]] QString displayName() const;

    // The scene now matches `file` (just opened or saved).
    void markSaved(const QString& file, const Scene& scene);
    // A new untitled scene, whose changes are measured from `scene`.
    void markUntitled(const Scene& scene);
    // Whether `current` differs from the scene last opened or saved. The texts of the scene
    // files are compared, so a change that is undone (or typed back) no longer counts. The
    // step shown is saved but not compared: playing the animation changes nothing to keep.
    [[nodiscard]] bool isModified(const Scene& current) const;

  private:
    [[nodiscard]] static std::string comparable_text(const Scene& scene);

    QString file_;
    std::string saved_text_;
};

}  // namespace gdlab
