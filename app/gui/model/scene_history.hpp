// Undo and redo for the scene: every change to the objective or the runs becomes a step on a
// QUndoStack, named by what it changed ("change learning rate", "move start", "add run"). It
// watches the Session, so the panels, the plot and the menus need not know about it; undoing
// puts the scene before the change back into the session, whose views then show it.
//
// One gesture is one step: the changes made while a mouse button is held (the start marker
// dragged, a slider moved, a spin box's arrow held) to the same field of the same run merge
// into one, as do changes to one field that follow each other within kMergeWindowMs (typing
// "0.05", arrow keys on a slider). Selecting another run and zooming or panning are not
// changes: they are how one looks at the scene, and undo never moves the view except to undo
// the opening of a demo or preset, which brought its own view and note.
#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <cstdint>
#include <functional>

#include "scene/scene.hpp"

namespace gdlab {

class Session;

class SceneHistory : public QObject {
    Q_OBJECT
  public:
    // Starts empty, with the session's scene as the one undo goes back to.
    explicit SceneHistory(Session& session, QObject* parent = nullptr);
    ~SceneHistory() override;
    SceneHistory(const SceneHistory&) = delete;
    SceneHistory& operator=(const SceneHistory&) = delete;

    [[nodiscard]] QUndoStack& stack() { return stack_; }

    // What the window shows of a scene beyond the session (its view, the note above the plot):
    // `capture` returns a function that puts back what it showed. Kept with the steps recordAs
    // makes, whose change brings its own view and note (a demo, a preset).
    using WindowMemento = std::function<std::function<void()>()>;
    void setWindowMemento(WindowMemento capture);
    // Runs `change` and records all it did to the scene and the window as one step named
    // `text` ("open demo “Himmelblau’s four minima”"). Nothing is recorded when the scene is
    // unchanged.
    void recordAs(const QString& text, const std::function<void()>& change);
    // The same for a change only the window shows (the scene's title and note): recorded even
    // though the session's scene is unchanged.
    void recordWindowChange(const QString& text, const std::function<void()>& change);
    // Forgets every step: the scene shown now is where undo stops (a scene given on the
    // command line, a file opened).
    void clear();

    // Watches mouse presses and releases of the whole application (install it on qApp): a
    // button held is one gesture, whose changes to a field make one step.
    bool eventFilter(QObject* watched, QEvent* event) override;

    // Milliseconds on a steady clock; tests set their own to step over the merge window.
    void setClock(std::function<std::int64_t()> now_ms);
    static constexpr std::int64_t kMergeWindowMs = 1000;
    static constexpr int kUndoLimit = 1000;

  private:
    friend class SceneCommand;

    struct Snapshot {
        Scene scene;
        std::function<void()> restore_window;  // only for the steps recordAs makes
    };

    void onSceneChanged();
    void record(const QString& text, const std::function<void()>& change, bool even_if_unchanged);
    void push(Snapshot before, Snapshot after, const QString& text, const QString& key);
    // Puts a snapshot back into the session without recording it.
    void apply(const Snapshot& snapshot);
    void endGesture(std::uint64_t gesture);

    Session& session_;
    QUndoStack stack_;
    Scene last_;  // the scene as last recorded or applied: the "before" of the next change
    WindowMemento capture_window_;
    std::function<std::int64_t()> now_ms_;
    bool applying_ = false;   // undo or redo is putting a scene back
    bool recording_ = false;  // recordAs runs its change
    bool merged_ = false;     // the last push merged into the step before
    // The step that may still absorb the next change (its serial; 0: none): the last one
    // pushed, until undo, redo or the end of its gesture closes it.
    std::uint64_t open_serial_ = 0;
    std::uint64_t next_serial_ = 1;
    std::uint64_t gesture_ = 0;  // the mouse button held now (0: none)
    std::uint64_t next_gesture_ = 1;
    std::uint64_t gesture_press_time_ = 0;  // the press that began it (QInputEvent::timestamp)
};

}  // namespace gdlab
