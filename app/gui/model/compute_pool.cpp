#include "gui/model/compute_pool.hpp"

#include <QCoreApplication>
#include <QMetaObject>
#include <algorithm>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace gdlab {

namespace {
constexpr int kComputeNice = 10;
}

ComputePool::ComputePool(int threads, QObject* parent) : QObject(parent) {
    threads_.reserve(static_cast<std::size_t>(threads));
    for (int k = 0; k < threads; ++k)
        threads_.emplace_back([this] { serve(); });
}

ComputePool::~ComputePool() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : threads_)
        t.join();
}

void ComputePool::post(std::function<void()> work, std::function<void()> finish) {
    {
        const std::lock_guard lock(mutex_);
        waiting_.push_back({std::move(work), std::move(finish)});
    }
    wake_.notify_one();
}

void ComputePool::serve() {
    lower_this_thread_priority();
    for (;;) {
        Task task;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
            if (stopping_) return;
            task = std::move(waiting_.front());
            waiting_.pop_front();
        }
        task.work();
        bool first = false;
        {
            const std::lock_guard lock(mutex_);
            if (stopping_) return;
            first = finished_.empty();
            finished_.push_back(std::move(task.finish));
        }
        // One call delivers every task finished by then; the pool outlives this call (its
        // destructor joins this thread first).
        if (first) QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
    }
}

void ComputePool::deliver() {
    std::deque<std::function<void()>> ready;
    {
        const std::lock_guard lock(mutex_);
        ready.swap(finished_);
    }
    for (auto& finish : ready)
        finish();
}

ComputePool& compute_pool() {
    // Parented to the application so that its threads are joined before Qt shuts down.
    static ComputePool* pool =
        new ComputePool(std::max(1, static_cast<int>(std::thread::hardware_concurrency())),
                        QCoreApplication::instance());
    return *pool;
}

void lower_this_thread_priority() {
#if defined(__linux__)
    // On Linux a nice value belongs to a thread, not to the process.
    thread_local const bool lowered = [] {
        return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kComputeNice) == 0;
    }();
    (void)lowered;
#endif
}

}  // namespace gdlab
