// A run's optimizer states and updates taken apart, after the fact. A Trace keeps the points
// and steps only (56 bytes a point, for runs of millions of steps); the velocity, moments and
// step sizes behind them are replayed from the recorded points and gradients with the very code
// the run used, so they are bit for bit those of the run.
#pragma once

#include <Eigen/Core>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "gd/descent.hpp"
#include "gd/objective.hpp"
#include "gd/step_rule.hpp"

namespace gd {

class RunReplay {
  public:
    // `trace` must be the run of `run` on `objective` and outlive the replay.
    RunReplay(Objective objective, RunSpec run, const Trace& trace);

    // The optimizer's state vectors after update k (1 <= k < points), named as state_names()
    // gives. Moving forward costs the updates in between; moving back replays from the start.
    [[nodiscard]] std::vector<std::pair<std::string_view, Eigen::Vector2d>> state_after(
        std::size_t k);

    // Update k + 1, from point k, taken apart; nothing where the run could not compute one (a
    // diverged run's last point), but Newton's singular Hessian is explained.
    [[nodiscard]] std::optional<StepAnatomy> anatomy_at(std::size_t k, const NumberText& number);

    // lr_k of update k.
    [[nodiscard]] double rate_of_update(int k) const { return learning_rate_at(run_, k); }

  private:
    template <class... Methods>
    static std::variant<typename Methods::State...> states_of(const std::variant<Methods...>*);
    using States = decltype(states_of(static_cast<Optimizer*>(nullptr)));

    void advance_to(std::size_t k);
    [[nodiscard]] Eigen::Matrix2d hessian_at(std::size_t k) const;

    Objective objective_;
    RunSpec run_;
    const Trace* trace_;
    States state_;
    std::size_t updates_ = 0;  // how many updates state_ has seen
};

}  // namespace gd
