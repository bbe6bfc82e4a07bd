#include "gd/descent.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

#include "gd/number_format.hpp"

namespace gd {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The first quantity at p that is not finite or beyond the divergence limit, if any.
std::optional<std::pair<std::string, double>> out_of_range(const Eigen::Vector2d& p) {
    static constexpr const char* kNames[] = {"x", "y"};
    for (int i = 0; i < 2; ++i) {
        if (!std::isfinite(p[i]) || std::fabs(p[i]) > kDivergenceLimit) return {{kNames[i], p[i]}};
    }
    return std::nullopt;
}

// Whether every component of the step is at most tol in size (false for NaN).
bool within(const Eigen::Vector2d& step, double tol) {
    return (step.array().abs() <= tol).all();
}

// Where a run's step fell under the tolerance: whether the numeric gradient could see the slope
// there at all, and what kind of point it is. A run ends `converged` only at a point with a
// slope that vanishes and some curvature; else unresolved_gradient or plateau.
void judge_stationary_point(const Objective& objective, const DescentSettings& s,
                            const Eigen::Vector2d& step, Trace& trace) {
    const TracePoint& here = trace.points.back();
    if (s.gradient.mode == GradientMode::numeric) {
        // Estimated again with a smaller h: an h as large as f's detail gives 0 on any slope.
        const GradientSettings finer{GradientMode::numeric, s.gradient.h * kResolutionCheck};
        const Eigen::Vector2d g = objective.gradient(here.x, finer);
        const double coarse = norm(here.gradient);
        const double fine = norm(g);
        // Whether the step would still be under the tolerance with the finer slope.
        const double growth =
            coarse > 0.0 ? fine / coarse : std::numeric_limits<double>::infinity();
        if (std::isfinite(fine) && fine > 2.0 * coarse &&
            !(std::isfinite(growth) && within(step * growth, s.tolerance))) {
            trace.stop = StopReason::unresolved_gradient;
            trace.diverged_quantity = "h";
            trace.diverged_value = fine;
            return;
        }
    }
    trace.stationary = classify_stationary_point(objective, here.x, s.gradient);
    if (trace.stationary.kind == StationaryKind::plateau) trace.stop = StopReason::plateau;
}

// Keep::every_point: each point appended, into room reserved for them all up front.
struct KeepEveryPoint {
    static void reserve(Trace& trace, int max_iterations) {
        trace.points.reserve(static_cast<std::size_t>(max_iterations) + 1);
    }
    static void add(Trace& trace, const TracePoint& p) { trace.points.push_back(p); }
};

// Keep::start_and_end: the start, and one slot the run's current point overwrites.
struct KeepStartAndEnd {
    static void reserve(Trace& trace, int /*max_iterations*/) { trace.points.reserve(2); }
    static void add(Trace& trace, const TracePoint& p) {
        if (trace.points.size() < 2) {
            trace.points.push_back(p);
        } else {
            trace.points.back() = p;
        }
    }
};

template <class Method, class Keeping>
void descend(const Objective& objective, const Method& method, const DescentSettings& s,
             const DescentObservers& watch, Trace& trace) {
    typename Method::State state;
    Eigen::Vector2d p = s.start;
    auto diverge = [&trace](int k, std::string quantity, double value) {
        trace.stop = StopReason::diverged;
        trace.iterations = k;
        trace.diverged_quantity = std::move(quantity);
        trace.diverged_value = value;
    };
    // Records p; returns false (and ends the run) when f or the gradient there is unusable.
    auto record = [&](int k) {
        const double f = objective.value(p);
        const Eigen::Vector2d g = objective.gradient(p, s.gradient);
        Keeping::add(trace, {p, f, g, Eigen::Vector2d::Constant(kNaN)});
        // |f| past the limit counts too: lr 5 on the bowl reached f = 1.8e192 within the
        // coordinates' limit and was reported as stopping at the iteration limit.
        // NaN, not infinity: f is not defined there (sqrt(x) at x < 0), which is no divergence.
        if (std::isnan(f) || (std::isfinite(f) && g.hasNaN())) {
            trace.stop = StopReason::undefined;
            trace.iterations = k;
            trace.diverged_quantity = std::isnan(f) ? "f" : "the gradient";
            trace.diverged_value = kNaN;
            return false;
        }
        if (!std::isfinite(f) || std::fabs(f) > kDivergenceLimit) {
            diverge(k, "f", f);
            return false;
        }
        if (!g.allFinite()) {
            diverge(k, "the gradient", std::isfinite(g.x()) ? g.y() : g.x());
            return false;
        }
        return true;
    };

    Keeping::reserve(trace, s.max_iterations);
    if (!record(0)) return;
    const double lr = method.learning_rate;
    for (int k = 1;; ++k) {
        // The update from the last point, recorded with it: views draw the very step applied.
        TracePoint& here = trace.points.back();
        Eigen::Matrix2d hessian;
        if constexpr (Method::uses_hessian) hessian = objective.hessian(here.x, s.gradient);
        const double rate = learning_rate_at(s.schedule, lr, k, s.max_iterations);
        const StepInput input{here.x, here.gradient, rate, k,
                              Method::uses_hessian ? &hessian : nullptr};
        here.step = state.step(method, input);
        if (k > s.max_iterations) break;
        if (watch.progress && k % kProgressInterval == 0) watch.progress(k - 1);
        if (watch.cancel.stop_requested()) {
            trace.stop = StopReason::cancelled;
            trace.iterations = k - 1;
            return;
        }
        const Eigen::Vector2d step = here.step;
        if constexpr (Method::uses_hessian) {
            if (!step.allFinite()) {
                trace.stop = StopReason::singular_hessian;
                trace.iterations = k - 1;
                trace.diverged_quantity = "H";
                trace.diverged_value = hessian.allFinite() ? determinant(hessian) : kNaN;
                return;
            }
        }
        if (s.tolerance > 0.0 && within(step, s.tolerance)) {
            trace.iterations = k - 1;
            trace.stop = StopReason::converged;
            // A schedule can shrink the step under the tolerance far from any minimum (a step
            // decay at f = 36 with |grad f| = 34). Every step rule is linear in lr_k, so the
            // step at the base rate is step·lr/lr_k: the point counts as converged only where
            // that one is small too.
            if (rate < lr && !(rate > 0.0 && within(step * (lr / rate), s.tolerance))) {
                trace.stop = StopReason::stalled;
                trace.diverged_quantity = "lr";
                trace.diverged_value = rate;
                return;
            }
            judge_stationary_point(objective, s, step, trace);
            return;
        }
        p += step;
        if (auto bad = out_of_range(p)) {
            diverge(k, bad->first, bad->second);
            return;
        }
        if (!record(k)) return;
    }
    trace.stop = StopReason::max_iterations;
    trace.iterations = s.max_iterations;
}

std::string plural(int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

std::string_view to_string(StopReason reason) {
    switch (reason) {
        case StopReason::converged:
            return "converged";
        case StopReason::max_iterations:
            return "max_iterations";
        case StopReason::diverged:
            return "diverged";
        case StopReason::cancelled:
            return "cancelled";
        case StopReason::singular_hessian:
            return "singular_hessian";
        case StopReason::stalled:
            return "stalled";
        case StopReason::plateau:
            return "plateau";
        case StopReason::unresolved_gradient:
            return "unresolved_gradient";
        case StopReason::undefined:
            return "undefined";
    }
    return "?";
}

Trace run_descent(const Objective& objective, const Optimizer& optimizer,
                  const DescentSettings& settings, const DescentObservers& observers) {
    Trace trace;
    std::visit(
        [&](const auto& method) {
            using Method = std::decay_t<decltype(method)>;
            if (observers.keep == Keep::every_point) {
                descend<Method, KeepEveryPoint>(objective, method, settings, observers, trace);
            } else {
                descend<Method, KeepStartAndEnd>(objective, method, settings, observers, trace);
            }
        },
        optimizer);
    // Most runs stop long before their limit: keep what they used, not what they might have.
    if (trace.points.capacity() > 2 * trace.points.size()) trace.points.shrink_to_fit();
    return trace;
}

std::string describe_stop(const Trace& trace, const RunSpec& run) {
    const DescentSettings& settings = run.settings;
    switch (trace.stop) {
        case StopReason::converged: {
            std::string text = "converged after " + plural(trace.iterations, "step") +
                               ": every component of the next step is at most the tolerance " +
                               format_number(settings.tolerance);
            // Said where the point is no minimum: Newton lands on maxima and saddles too.
            if (trace.stationary.kind != StationaryKind::minimum &&
                trace.stationary.kind != StationaryKind::unknown)
                text += "; the point is " + describe(trace.stationary);
            return text;
        }
        case StopReason::plateau:
            return "stopped on a plateau after " + plural(trace.iterations, "step") +
                   ": |∇f| = " + format_short(norm(trace.points.back().gradient)) +
                   " and the curvature both vanish here (the Hessian's eigenvalues " +
                   format_short(trace.stationary.eigenvalues[0]) + " and " +
                   format_short(trace.stationary.eigenvalues[1]) +
                   "): f is flat, which is no minimum; not converged";
        case StopReason::unresolved_gradient: {
            const double h = settings.gradient.h;
            return "stopped after " + plural(trace.iterations, "step") +
                   ": the numeric gradient with h = " + format_number(h) + " is " +
                   format_short(norm(trace.points.back().gradient)) + " here but " +
                   format_short(trace.diverged_value) +
                   " with h = " + format_short(h * kResolutionCheck) +
                   ": h is too large to see the slope of f, so it only looked flat; not "
                   "converged (a smaller h resolves it)";
        }
        case StopReason::undefined: {
            const Eigen::Vector2d& x = trace.points.back().x;
            const std::string where = trace.iterations == 0
                                          ? "at the start point"
                                          : "at step " + std::to_string(trace.iterations);
            return "stopped " + where + ": " + trace.diverged_quantity + " is not defined at (" +
                   format_short(x.x(), 6) + ", " + format_short(x.y(), 6) +
                   "), outside the function's domain (for example the square root or the "
                   "log of a negative number)";
        }
        case StopReason::max_iterations: {
            std::string text =
                "stopped at the " + std::to_string(settings.max_iterations) + "-iteration limit";
            // A run that ends higher than it started is going the wrong way, though not yet
            // past 1e100: "at the limit" alone hid that lr = 1.1 on the bowl was diverging.
            if (trace.points.size() >= 2 && trace.points.back().f > trace.points.front().f)
                text += ", moving away: f rose from " + format_short(trace.points.front().f) +
                        " to " + format_short(trace.points.back().f);
            return text;
        }
        case StopReason::cancelled:
            return "cancelled after " + plural(trace.iterations, "step");
        case StopReason::singular_hessian: {
            const Eigen::Vector2d& x = trace.points.back().x;
            const std::string at = "(" + format_number(x.x()) + ", " + format_number(x.y()) + ")";
            const std::string why =
                std::isnan(trace.diverged_value)
                    ? "is not finite"
                    : "cannot be inverted (det H = " + format_number(trace.diverged_value) + ")";
            return "stopped after " + plural(trace.iterations, "step") + ": the Hessian at " + at +
                   " " + why + ", so there is no Newton step";
        }
        case StopReason::stalled: {
            // The update refused is number iterations + 1: within the warm-up the rate had not
            // risen yet, past it the schedule had lowered it.
            const int update = trace.iterations + 1;
            const bool warming = std::visit(
                [update](const auto& rule) { return update <= rule.warmup; }, settings.schedule);
            const double base = learning_rate(run.optimizer);
            const double rate = trace.diverged_value;
            const Eigen::Vector2d& step = trace.points.back().step;
            const double at_base = step.cwiseAbs().maxCoeff() * (base / rate);
            return "stalled after " + plural(trace.iterations, "step") +
                   ": the step fell under the tolerance " + format_number(settings.tolerance) +
                   (warming ? " only because the learning rate was still warming up, at "
                            : " only because the learning rate decayed to ") +
                   format_short(rate) + "; at lr = " + format_number(base) +
                   (rate > 0.0 ? " it would be " + format_short(at_base) : std::string()) +
                   " and |∇f| = " + format_short(norm(trace.points.back().gradient)) +
                   ": not converged";
        }
        case StopReason::diverged:
            break;
    }
    const std::string where = trace.iterations == 0 ? "at the start point"
                                                    : "at step " + std::to_string(trace.iterations);
    const std::string& q = trace.diverged_quantity;
    const double v = trace.diverged_value;
    if (std::isnan(v)) return "diverged " + where + ": " + q + " is not a number (NaN)";
    if (std::isinf(v)) return "diverged " + where + ": " + q + " is infinite";
    return "diverged " + where + ": |" + q + "| passed 1e100";
}

std::string stop_headline(const Trace& trace, const RunSpec& run) {
    switch (trace.stop) {
        case StopReason::converged: {
            std::string text = "converged after " + plural(trace.iterations, "step");
            if (const std::string_view where = where_reached(trace.stationary.kind); !where.empty())
                text += ", " + std::string(where);
            return text;
        }
        case StopReason::undefined:
            return "stopped at step " + std::to_string(trace.iterations) + ": " +
                   trace.diverged_quantity + " not defined there";
        case StopReason::unresolved_gradient:
            return "stopped after " + plural(trace.iterations, "step") +
                   ": h too large to see the slope";
        default:
            break;
    }
    const std::string whole = describe_stop(trace, run);
    return whole.substr(0, whole.find(':'));
}

}  // namespace gd
