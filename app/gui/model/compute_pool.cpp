#include "gui/model/compute_pool.hpp"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace gdlab {

namespace {
constexpr int kComputeNice = 10;
}

QThreadPool& compute_pool() {
    // Parented to the application so that it is joined before Qt shuts down.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(QThread::idealThreadCount());
        p->setObjectName(QStringLiteral("gdlab compute"));
        return p;
    }();
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
