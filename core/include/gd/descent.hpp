// Runs an optimizer from a start point and records every iterate: the Trace. Semantics (the
// README's "Descent"): point k is the position after k updates; a run always ends with
// a StopReason and never throws, loops forever or lets infinities through silently.
#pragma once

#include <Eigen/Core>
#include <cmath>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gd/objective.hpp"
#include "gd/optimizer.hpp"
#include "gd/schedule.hpp"
#include "gd/stationary_point.hpp"

namespace gd {

// converged: the step fell under the tolerance where the gradient vanishes (the Trace says what
// kind of point that is: a minimum, or a maximum or saddle Newton's method can land on).
// singular_hessian: Newton only, where H cannot be inverted (gd/methods/newton.hpp).
// Stopped without converging: stalled (the step fell under the tolerance only because the
// schedule had shrunk the learning rate, a decay or a warm-up: at the base rate it would not
// have), plateau (the gradient and the curvature both vanish: flat, not a minimum),
// unresolved_gradient (the numeric gradient's h is too large to see f's slope there), undefined
// (f or its gradient is not a number: the path left the function's domain, as sqrt(x) at x < 0).
enum class StopReason {
    converged,
    max_iterations,
    diverged,
    cancelled,
    singular_hessian,
    stalled,
    plateau,
    unresolved_gradient,
    undefined
};

[[nodiscard]] std::string_view to_string(StopReason reason);

struct DescentSettings {
    Eigen::Vector2d start{-3.0, 4.0};
    int max_iterations = 100;
    // Stop, without applying it, before an update whose every component is at most tol in
    // absolute value: the run has stopped moving. 0 never stops early.
    double tolerance = 1e-5;
    GradientSettings gradient;
    // The learning rate of each update: the optimizer's lr, scheduled.
    Schedule schedule;

    bool operator==(const DescentSettings&) const = default;
};

// One run: the step rule and the settings it runs with. What the command line, the window,
// the saved settings and exports pass around.
struct RunSpec {
    Optimizer optimizer;
    DescentSettings settings;

    bool operator==(const RunSpec&) const = default;
};

// Most updates a run may apply: a trace of this many points takes 400 MB; more is a typo, not an
// experiment.
inline constexpr int kMaxIterations = 10'000'000;

// A coordinate or a value of f beyond this magnitude counts as diverged (as does a
// non-finite one).
inline constexpr double kDivergenceLimit = 1e100;

// |v| computed without overflow on the way (hypot, not the root of x² + y²): x^1000 at x = 2 has
// the finite gradient 5.4e303, whose square is infinite.
[[nodiscard]] inline double norm(const Eigen::Vector2d& v) {
    return std::hypot(v.x(), v.y());
}

struct TracePoint {
    Eigen::Vector2d x;
    double f = 0.0;
    Eigen::Vector2d gradient;
    // The update the optimizer computed here: applied (x of the next point is x + step) unless
    // the run stopped at this point, and then the update it would have applied (too small, for
    // `converged`). NaN where the run could not compute it (f or the gradient not usable).
    // Views draw and explain this, never a step of their own.
    Eigen::Vector2d step;
};

struct Trace {
    // points[0] is the start. Room for every point the run may take is reserved up front, so
    // the loop never allocates and never copies: untouched room costs address space, not
    // memory, and a run that stops early gives the rest back. 56 bytes a point.
    std::vector<TracePoint> points;
    StopReason stop = StopReason::max_iterations;
    int iterations = 0;  // updates applied; for `diverged`, the update that left the range
    // For `diverged`: what left the finite range ("x", "y", "f", "the gradient") and its value.
    // For `singular_hessian`: "H" and det H (NaN when H is not finite).
    // For `stalled`: "lr" and the learning rate of the update that was too small.
    // For `unresolved_gradient`: "h" and |∇f| estimated with kResolutionCheck·h.
    // For `undefined`: "f" or "the gradient", NaN.
    std::string diverged_quantity;
    double diverged_value = 0.0;
    // For `converged` and `plateau`: the kind of point reached, from the Hessian there.
    StationaryPoint stationary;
};

// A numeric gradient is checked where a run would converge by estimating it again with h times
// this: an h as large as f's detail (h = 1 on sin(2πx), whose period is 1) makes the central
// difference 0 on any slope. Irrational, so that no period that is a simple fraction of h hides
// from both.
inline constexpr double kResolutionCheck = 0.36787944117144233;  // 1/e

// Called now and then during a long run with the number of updates done so far, so a window
// can show progress; it runs on the caller's thread and must be cheap.
using DescentProgress = std::function<void(int iterations_done)>;
inline constexpr int kProgressInterval = 1 << 14;

// Which points a run keeps: every one (what views draw and explain), or its start and where it
// is (what a map of many runs' ends needs: the same end, bit for bit, in two points of memory
// instead of one per step).
enum class Keep { every_point, start_and_end };

// What watches a run besides the optimizer: which points are kept, who may cancel it, who hears
// of its progress. The loop is compiled once per way of keeping points, so a run that keeps its
// end only allocates nothing per step; with no cancel token and no progress the loop checks a
// flag, never calls out.
struct DescentObservers {
    Keep keep = Keep::every_point;
    std::stop_token cancel{};    // a stop request ends the run as `cancelled`
    DescentProgress progress{};  // told every kProgressInterval updates
};

[[nodiscard]] Trace run_descent(const Objective& objective, const Optimizer& optimizer,
                                const DescentSettings& settings,
                                const DescentObservers& observers = {});
[[nodiscard]] inline Trace run_descent(const Objective& objective, const RunSpec& run,
                                       const DescentObservers& observers = {}) {
    return run_descent(objective, run.optimizer, run.settings, observers);
}

// The update applied at point k (x_{k+1} - x_k as the optimizer computed it), for k < the
// number of updates; the last point's `step` is the one the run did not apply.
[[nodiscard]] inline const Eigen::Vector2d& step_at(const Trace& trace, std::size_t k) {
    return trace.points[k].step;
}

// lr_k of update k of this run.
[[nodiscard]] inline double learning_rate_at(const RunSpec& run, int k) {
    return learning_rate_at(run.settings.schedule, learning_rate(run.optimizer), k,
                            run.settings.max_iterations);
}

// Why the run stopped, in words: "converged after 37 steps: every component of the next step is
// at most the tolerance 1e-5", "stopped at the 50-iteration limit", "diverged at step 12: |y|
// passed 1e100".
[[nodiscard]] std::string describe_stop(const Trace& trace, const RunSpec& run);
// Its first words, for a heading or a status line: "converged after 1 step, at a maximum",
// "stopped at step 1: f not defined". What would mislead when cut short (a maximum, not a
// minimum) is kept.
[[nodiscard]] std::string stop_headline(const Trace& trace, const RunSpec& run);

}  // namespace gd
