#include "gui/model/scene_history.hpp"

#include <QEvent>
#include <QInputEvent>
#include <QTimer>
#include <QUndoCommand>
#include <chrono>
#include <utility>

#include "gui/model/scene_change.hpp"
#include "gui/model/session.hpp"

namespace gdlab {

// One step: the scene before and after a change. Its first redo is the change itself, which
// has already happened when it is pushed.
class SceneCommand : public QUndoCommand {
  public:
    SceneCommand(SceneHistory& history, SceneHistory::Snapshot before, SceneHistory::Snapshot after,
                 const QString& text, QString key, std::uint64_t serial, std::uint64_t gesture,
                 std::int64_t time_ms)
        : QUndoCommand(text),
          history_(history),
          before_(std::move(before)),
          after_(std::move(after)),
          key_(std::move(key)),
          serial_(serial),
          gesture_(gesture),
          time_ms_(time_ms) {}

    // Steps of one kind may merge; which may is decided in mergeWith.
    [[nodiscard]] int id() const override { return key_.isEmpty() ? -1 : 1; }

    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const SceneCommand*>(other);
        if (serial_ != history_.open_serial_ || next->key_ != key_) return false;
        // Within one gesture, or, outside gestures, close enough in time (typing "0.05").
        const bool same_gesture = gesture_ != 0 && next->gesture_ == gesture_;
        const bool soon_after = gesture_ == 0 && next->gesture_ == 0 &&
                                next->time_ms_ - time_ms_ <= SceneHistory::kMergeWindowMs;
        if (!same_gesture && !soon_after) return false;
        after_ = next->after_;
        time_ms_ = next->time_ms_;
        // Dragged back to where it started: no step at all (the stack drops it).
        setObsolete(same_content(before_.scene, after_.scene));
        history_.merged_ = true;
        return true;
    }

    void undo() override { history_.apply(before_); }

    void redo() override {
        if (first_redo_) {
            first_redo_ = false;
            return;
        }
        history_.apply(after_);
    }

  private:
    SceneHistory& history_;
    SceneHistory::Snapshot before_;
    SceneHistory::Snapshot after_;
    QString key_;
    std::uint64_t serial_;
    std::uint64_t gesture_;
    std::int64_t time_ms_;
    bool first_redo_ = true;
};

SceneHistory::SceneHistory(Session& session, QObject* parent)
    : QObject(parent), session_(session), last_(session.scene()), now_ms_([] {
          return std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::steady_clock::now().time_since_epoch())
              .count();
      }) {
    // Each step holds two scenes (a long expression's objective among them): bounded.
    stack_.setUndoLimit(kUndoLimit);
    connect(&session_, &Session::sceneChanged, this, &SceneHistory::onSceneChanged);
}

// The stack deletes its commands, which refer to this history: before its other members go.
SceneHistory::~SceneHistory() {
    stack_.clear();
}

void SceneHistory::setWindowMemento(WindowMemento capture) {
    capture_window_ = std::move(capture);
}

void SceneHistory::setClock(std::function<std::int64_t()> now_ms) {
    now_ms_ = std::move(now_ms);
}

void SceneHistory::clear() {
    stack_.clear();
    open_serial_ = 0;
    last_ = session_.scene();
}

void SceneHistory::recordAs(const QString& text, const std::function<void()>& change) {
    record(text, change, false);
}

void SceneHistory::recordWindowChange(const QString& text, const std::function<void()>& change) {
    record(text, change, true);
}

void SceneHistory::record(const QString& text, const std::function<void()>& change,
                          bool even_if_unchanged) {
    Snapshot before{last_, capture_window_ ? capture_window_() : nullptr};
    recording_ = true;
    change();
    recording_ = false;
    Snapshot after{session_.scene(), capture_window_ ? capture_window_() : nullptr};
    if (!even_if_unchanged && same_content(before.scene, after.scene)) {
        last_ = after.scene;
        return;
    }
    push(std::move(before), std::move(after), text, QString());
}

void SceneHistory::onSceneChanged() {
    if (recording_) return;  // recordAs records it whole
    Scene now = session_.scene();
    if (applying_ || same_content(last_, now)) {
        last_ = std::move(now);  // undo or redo, or another run selected: not a step
        return;
    }
    const SceneChange change = describe_change(last_, now);
    // last_ holds the run selected when the change was made (a selection updates it), so
    // undo selects the run it changes back, or the run that was removed.
    push({last_, nullptr}, {std::move(now), nullptr}, change.text, change.key);
}

void SceneHistory::push(Snapshot before, Snapshot after, const QString& text, const QString& key) {
    last_ = after.scene;
    const std::uint64_t serial = next_serial_++;
    merged_ = false;
    stack_.push(new SceneCommand(*this, std::move(before), std::move(after), text, key, serial,
                                 gesture_, now_ms_()));
    if (!merged_) open_serial_ = key.isEmpty() ? 0 : serial;
}

void SceneHistory::apply(const Snapshot& snapshot) {
    open_serial_ = 0;  // what follows an undo or redo is a step of its own
    applying_ = true;
    const Scene& target = snapshot.scene;
    const Scene now = session_.scene();
    if (now.expression != target.expression || now.preset != target.preset) {
        session_.setScene(target);
    } else if (now.runs.size() == target.runs.size()) {
        // Only the runs that differ are computed again (a million-step run left alone).
        for (std::size_t k = 0; k < target.runs.size(); ++k) {
            if (now.runs[k] == target.runs[k]) continue;
            session_.setActiveIndex(static_cast<int>(k));
            session_.setActiveSpec(target.runs[k]);
        }
        session_.setActiveIndex(target.active_run);
    } else {
        session_.setRuns(target.runs, target.active_run);
    }
    // After the session, whose new objective rewrites the note above the plot.
    if (snapshot.restore_window) snapshot.restore_window();
    applying_ = false;
    last_ = session_.scene();
}

bool SceneHistory::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick: {
            // One press reaches the window, then the widget, perhaps its parents: one gesture.
            // A new press is a new gesture, even when a release was missed (let go outside).
            const auto time = static_cast<const QInputEvent*>(event)->timestamp();
            if (gesture_ == 0 || time != gesture_press_time_) {
                gesture_ = next_gesture_++;
                gesture_press_time_ = time;
            }
            break;
        }
        case QEvent::MouseButtonRelease:
            // Ended once the release is handled: a click sets the start on release, within it.
            if (gesture_ != 0)
                QTimer::singleShot(0, this, [this, gesture = gesture_] { endGesture(gesture); });
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

void SceneHistory::endGesture(std::uint64_t gesture) {
    if (gesture_ != gesture) return;
    gesture_ = 0;
    open_serial_ = 0;  // the next change, even to the same field, is a step of its own
}

}  // namespace gdlab
