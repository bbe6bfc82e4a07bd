// The lecture open in the window: its scenes in order, the one shown, and the file it came
// from. Moving between scenes, and arranging them (add, remove, move up or down), change only
// this list; the window shows the scene that becomes current.
#pragma once

#include <QObject>
#include <QString>

#include "scene/scene_file.hpp"

namespace gdlab {

class LectureDeck : public QObject {
    Q_OBJECT
  public:
    explicit LectureDeck(QObject* parent = nullptr);

    [[nodiscard]] bool isOpen() const { return !lecture_.scenes.empty(); }
    [[nodiscard]] const Lecture& lecture() const { return lecture_; }
    [[nodiscard]] int count() const { return static_cast<int>(lecture_.scenes.size()); }
    // The scene shown, 0-based; -1 while no lecture is open.
    [[nodiscard]] int current() const { return current_; }
    [[nodiscard]] const Scene& scene(int index) const;
    // The file it was opened from or last saved to; empty for a new lecture.
    [[nodiscard]] const QString& file() const { return file_; }
    // Whether it was arranged since it was opened or saved.
    [[nodiscard]] bool modified() const { return modified_; }

    // A lecture of at least one scene, its first scene current; one with no file is new, and
    // counts as modified until saved.
    void open(Lecture lecture, const QString& file);
    void close();
    // Each true when the current scene changed (and currentChanged was sent); a step past
    // either end stays where it is.
    bool setCurrent(int index);
    bool next();
    bool previous();

    // Inserts the scene after the current one (at the end when none) and makes it current,
    // without announcing it as a scene to show: it is what the window shows already.
    void insertAfterCurrent(const Scene& scene);
    // Removes the current scene; the one after it (or, at the end, before it) becomes current
    // and is announced. Removing the last one closes the lecture.
    void removeCurrent();
    // Moves the current scene one place earlier (-1) or later (+1); it stays current.
    bool moveCurrent(int delta);
    // The scene at `index` as changed in the window (its runs, its note), kept for when the
    // lecture comes back to it and for saving.
    void replaceScene(int index, const Scene& scene);
    void setTitle(const std::string& title);
    void markSaved(const QString& file);

  signals:
    // The list of scenes or their order changed, or the lecture was opened or closed.
    void changed();
    // A scene to show became current (navigation, a click, a removal).
    void currentChanged(int index);

  private:
    Lecture lecture_;
    int current_ = -1;
    QString file_;
    bool modified_ = false;
};

}  // namespace gdlab
