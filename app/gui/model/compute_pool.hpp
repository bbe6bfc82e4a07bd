// The threads that compute traces and fields, and the hand-back of what they computed to the
// GUI thread. Our own pool, not Qt's: Qt's raster painter hands parts of large fills and image
// scaling to Qt's global pool and waits for them, so a descent occupying it froze every repaint
// until the descent ended (a second with 8 long runs). And every hand-off, to a thread and
// back, goes through one std::mutex, which ThreadSanitizer sees (Qt's own locks are futexes
// inside Qt, which it does not): the window's threaded code is checked by tools/dev tsan.
#pragma once

#include <QObject>
#include <QPointer>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace gdlab {

class ComputePool : public QObject {
    Q_OBJECT
  public:
    // `threads` compute threads, started now, at a lowered priority.
    ComputePool(int threads, QObject* parent);
    // Lets the running tasks end and joins their threads; waiting tasks are dropped, and no
    // task's `finish` runs any more.
    ~ComputePool() override;
    ComputePool(const ComputePool&) = delete;
    ComputePool& operator=(const ComputePool&) = delete;

    // Runs `work` on a compute thread, then `finish` on this object's thread (the GUI thread)
    // from its event loop.
    void post(std::function<void()> work, std::function<void()> finish);

  private:
    struct Task {
        std::function<void()> work;
        std::function<void()> finish;
    };
    void serve();
    // Runs the finished tasks' `finish`, on the GUI thread.
    Q_INVOKABLE void deliver();

    std::mutex mutex_;  // guards everything below but the threads
    std::condition_variable wake_;
    std::deque<Task> waiting_;
    std::deque<std::function<void()>> finished_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

// One pool for the whole program, as many threads as cores; owned by the application object.
[[nodiscard]] ComputePool& compute_pool();

// Lowers the calling thread's scheduling priority (nice 10 on Linux): with every core
// computing, the GUI thread still gets a core the moment it has an event (worst event-loop
// gap with 8 runs of a million steps: 125 ms at equal priority, under 80 ms so). Not the idle
// class: that would starve the computation whenever any other program is busy.
void lower_this_thread_priority();

// Runs `work` on the compute pool, then `finish(result)` on the GUI thread, unless `receiver`
// is gone by then. The result is moved, never copied (a million points are 64 MB).
template <class Work, class Finish>
void compute_in_background(QObject* receiver, Work work, Finish finish) {
    using Result = decltype(work());
    auto result = std::make_shared<std::optional<Result>>();
    compute_pool().post(
        [result, work = std::move(work)]() mutable { result->emplace(work()); },
        [result, guard = QPointer<QObject>(receiver), finish = std::move(finish)]() mutable {
            if (guard && result->has_value()) finish(std::move(**result));
        });
}

}  // namespace gdlab
