// The threads that compute traces and fields. Not Qt's global pool: Qt's raster painter hands
// parts of large fills and image scaling to that pool and waits for them, so a descent
// occupying it froze every repaint until the descent ended (a second with 8 long runs).
#pragma once

#include <QtConcurrent/QtConcurrentRun>
#include <utility>

class QThreadPool;

namespace gdlab {

// One pool for the whole program, as many threads as cores; owned by the application object.
[[nodiscard]] QThreadPool& compute_pool();

// Lowers the calling thread's scheduling priority (nice 10 on Linux): with every core
// computing, the GUI thread still gets a core the moment it has an event (worst event-loop
// gap with 8 runs of a million steps: 125 ms at equal priority, under 80 ms so). Not the idle
// class: that would starve the computation whenever any other program is busy.
void lower_this_thread_priority();

// Runs `work` on the compute pool at the lowered priority.
template <class Work>
auto compute_in_background(Work&& work) {
    return QtConcurrent::run(&compute_pool(), [work = std::forward<Work>(work)]() mutable {
        lower_this_thread_priority();
        return work();
    });
}

}  // namespace gdlab
