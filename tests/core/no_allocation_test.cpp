// "The hot loop never allocates": every global operator new of this program is replaced by one
// that counts, and a run of every optimizer under every schedule must allocate as often with
// 50,000 updates as with 10, that is, only before and after its loop. Its own executable: the
// replacement is global, and would count for every other test too.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <functional>
#include <new>
#include <stop_token>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "gd/descent.hpp"
#include "gd/objective.hpp"
#include "gd/optimizer.hpp"
#include "gd/schedule.hpp"

// Under AddressSanitizer these replace its operator new too; it still sees every block, through
// malloc and free (the asan preset runs this test as well).
namespace {

std::atomic<long> allocations{0};

void* counted(std::size_t size) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(size == 0 ? 1 : size);
}

void* counted(std::size_t size, std::align_val_t align) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    const auto a = static_cast<std::size_t>(align);
    return std::aligned_alloc(a, (size + a - 1) / a * a);  // a multiple of the alignment
}

}  // namespace

void* operator new(std::size_t size) {
    if (void* p = counted(size)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    if (void* p = counted(size)) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t size, std::align_val_t align) {
    if (void* p = counted(size, align)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size, std::align_val_t align) {
    if (void* p = counted(size, align)) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    return counted(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return counted(size);
}
void* operator new(std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
    return counted(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
    return counted(size, align);
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept {
    std::free(p);
}

namespace gd {
namespace {

constexpr int kShort = 10;
// Past kProgressInterval several times, so that the progress report inside the loop runs too.
constexpr int kLong = 50'000;
static_assert(kLong > 3 * kProgressInterval);

struct Counted {
    long allocations = 0;
    Trace trace;
};

// The allocations run_descent makes, and its trace.
Counted count_run(const Objective& f, const Optimizer& o, DescentSettings s, int iterations) {
    s.max_iterations = iterations;
    const DescentProgress progress = [](int) {};  // made before counting: it may allocate
    std::stop_source cancel;
    const long before = allocations.load();
    Trace trace = run_descent(f, o, s, {.cancel = cancel.get_token(), .progress = progress});
    return {allocations.load() - before, std::move(trace)};
}

// Every schedule with its defaults, and each again with a warm-up.
std::vector<Schedule> every_schedule() {
    std::vector<Schedule> all;
    for (std::string_view name : schedule_names()) {
        Schedule s = *make_schedule(name);
        all.push_back(s);
        set_schedule_parameter(s, "warmup", 5);
        all.push_back(s);
    }
    return all;
}

// The pointers escape through a volatile, so that the compiler cannot drop the allocations (it
// may drop a new-expression whose pointer goes nowhere: a first try at breaking the loop did).
void* volatile escaped = nullptr;

TEST(NoAllocation, TheCounterSeesEveryKindOfNew) {
    const long before = allocations.load();
    escaped = new std::string(100, 'x');  // the string and its characters: two
    delete static_cast<std::string*>(escaped);
    escaped = new double[3];
    delete[] static_cast<double*>(escaped);
    escaped = ::operator new (64, std::align_val_t{64});
    ::operator delete (escaped, std::align_val_t{64});
    escaped = new (std::nothrow) int(1);
    delete static_cast<int*>(escaped);
    EXPECT_EQ(allocations.load() - before, 5);
}

// Rosenbrock (value, exact and numeric gradient, exact Hessian, from compiled programs), and
// every optimizer at a rate none diverges at, under every schedule, with either gradient, from
// (-1.2, 1): visit(f, optimizer, settings, what) for each, `what` naming the case.
void for_every_run(const std::function<void(const Objective&, const Optimizer&, DescentSettings,
                                            const std::string&)>& visit) {
    auto parsed = Objective::parse("(1 - x)^2 + 100*(y - x^2)^2");
    ASSERT_TRUE(std::holds_alternative<Objective>(parsed));
    const Objective f = std::get<Objective>(std::move(parsed));
    for (GradientMode mode : {GradientMode::exact, GradientMode::numeric}) {
        for (std::string_view name : optimizer_names()) {
            Optimizer o = *make_optimizer(name);
            ASSERT_TRUE(set_hyper_parameter(o, "lr", 1e-4));
            for (const Schedule& schedule : every_schedule()) {
                DescentSettings s;
                s.start = {-1.2, 1.0};
                s.gradient.mode = mode;
                s.schedule = schedule;
                const std::string what =
                    std::string(name) + " under " + std::string(schedule_name(schedule)) +
                    " (warm-up " +
                    std::to_string(static_cast<int>(*schedule_parameter(schedule, "warmup"))) +
                    "), " + std::string(to_string(mode)) + " gradient";
                visit(f, o, s, what);
            }
        }
    }
}

// Every run takes all its updates (tolerance 0).
TEST(NoAllocation, TheLoopOfEveryOptimizerUnderEveryScheduleAllocatesNothing) {
    for_every_run(
        [](const Objective& f, const Optimizer& o, DescentSettings s, const std::string& what) {
            s.tolerance = 0.0;
            const Counted short_run = count_run(f, o, s, kShort);
            const Counted long_run = count_run(f, o, s, kLong);
            ASSERT_EQ(short_run.trace.stop, StopReason::max_iterations) << what;
            ASSERT_EQ(long_run.trace.stop, StopReason::max_iterations) << what;
            EXPECT_EQ(long_run.trace.iterations, kLong) << what;
            EXPECT_EQ(long_run.allocations, short_run.allocations) << what;
            // The trace's room, reserved once: nothing else.
            EXPECT_LE(short_run.allocations, 1) << what;
        });
}

// Keep::start_and_end, what a map of many runs' ends needs: the same end as the whole trace's,
// bit for bit, with its stop and its count of updates, in two points of memory whatever the
// number of steps (a whole trace reserves one point a step).
TEST(NoAllocation, ARunKeepingItsEndOnlyEndsTheSameInTwoPoints) {
    for_every_run(
        [](const Objective& f, const Optimizer& o, DescentSettings s, const std::string& what) {
            s.max_iterations = 3000;
            const Trace whole = run_descent(f, o, s);
            const long before = allocations.load();
            const Trace end = run_descent(f, o, s, {.keep = Keep::start_and_end});
            EXPECT_LE(allocations.load() - before, 1) << what;  // the two points' room
            ASSERT_EQ(end.points.size(), std::min<std::size_t>(whole.points.size(), 2)) << what;
            EXPECT_LE(end.points.capacity(), 2U) << what;
            EXPECT_EQ(end.stop, whole.stop) << what;
            EXPECT_EQ(end.iterations, whole.iterations) << what;
            const TracePoint& a = whole.points.back();
            const TracePoint& b = end.points.back();
            // Bit for bit: == on doubles, NaN steps aside (a stop that weighed no step).
            EXPECT_TRUE(a.x == b.x && a.f == b.f && a.gradient == b.gradient) << what;
            EXPECT_TRUE(a.step == b.step || (a.step.hasNaN() && b.step.hasNaN())) << what;
            EXPECT_EQ(end.points.front().x, whole.points.front().x) << what;
            EXPECT_EQ(end.stationary.kind, whole.stationary.kind) << what;
        });
}

}  // namespace
}  // namespace gd
