#include "gd/run_replay.hpp"

#include <cmath>

namespace gd {

namespace {

template <class State>
std::vector<std::pair<std::string_view, Eigen::Vector2d>> named(const State& state) {
    std::vector<std::pair<std::string_view, Eigen::Vector2d>> out;
    const auto vectors = state.vectors();
    for (std::size_t i = 0; i < vectors.size(); ++i)
        out.emplace_back(State::names[i], vectors[i]);
    return out;
}

// The state a fresh run of `o` starts with.
template <class States>
States fresh_state(const Optimizer& o) {
    return std::visit(
        [](const auto& method) -> States {
            return typename std::remove_cvref_t<decltype(method)>::State{};
        },
        o);
}

}  // namespace

RunReplay::RunReplay(Objective objective, RunSpec run, const Trace& trace)
    : objective_(std::move(objective)),
      run_(std::move(run)),
      trace_(&trace),
      state_(fresh_state<States>(run_.optimizer)) {}

Eigen::Matrix2d RunReplay::hessian_at(std::size_t k) const {
    return objective_.hessian(trace_->points[k].x, run_.settings.gradient);
}

void RunReplay::advance_to(std::size_t k) {
    if (k < updates_) {
        state_ = fresh_state<States>(run_.optimizer);
        updates_ = 0;
    }
    std::visit(
        [&](const auto& method) {
            using Method = std::remove_cvref_t<decltype(method)>;
            auto& state = std::get<typename Method::State>(state_);
            // A rule with no state (gd, Newton) has nothing to replay.
            if constexpr (Method::State::names.empty()) {
                updates_ = k;
            } else {
                for (; updates_ < k; ++updates_) {
                    const TracePoint& from = trace_->points[updates_];
                    const int update = static_cast<int>(updates_) + 1;
                    const StepInput input{from.x, from.gradient, learning_rate_at(run_, update),
                                          update, nullptr};
                    (void)state.step(method, input);
                }
            }
        },
        run_.optimizer);
}

std::vector<std::pair<std::string_view, Eigen::Vector2d>> RunReplay::state_after(std::size_t k) {
    advance_to(k);
    return std::visit([](const auto& state) { return named(state); }, state_);
}

std::optional<StepAnatomy> RunReplay::anatomy_at(std::size_t k, const NumberText& number) {
    if (k >= trace_->points.size()) return std::nullopt;
    const TracePoint& here = trace_->points[k];
    // No step where the run could not compute one (f or the gradient unusable there), except
    // Newton's refusal at a singular Hessian, which is worth explaining.
    const bool singular_here =
        trace_->stop == StopReason::singular_hessian && k + 1 == trace_->points.size();
    if (!here.step.allFinite() && !singular_here) return std::nullopt;
    advance_to(k);
    const int update = static_cast<int>(k) + 1;
    const Eigen::Matrix2d hessian =
        uses_hessian(run_.optimizer) ? hessian_at(k) : Eigen::Matrix2d::Zero();
    const StepInput input{here.x, here.gradient, learning_rate_at(run_, update), update, &hessian};
    return std::visit(
        [&](const auto& method) {
            using Method = std::remove_cvref_t<decltype(method)>;
            const auto& before = std::get<typename Method::State>(state_);
            auto after = before;
            StepAnatomy a;
            a.step = after.step(method, input);
            a.gradient_step = -input.lr * here.gradient;
            Method::explain(method, before, after, input, number, a);
            return a;
        },
        run_.optimizer);
}

}  // namespace gd
