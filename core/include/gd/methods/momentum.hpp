// Gradient descent with (heavy-ball) momentum, as PyTorch's SGD(momentum=β):
// v ← β·v + g, x ← x − lr·v. The velocity v remembers past gradients, so steps build up along a
// valley floor and cancel across it.
#pragma once

#include <array>
#include <string_view>

#include "gd/methods/shared_parameters.hpp"
#include "gd/step_rule.hpp"

namespace gd {

struct Momentum {
    static constexpr std::string_view name = "momentum";
    static constexpr std::string_view title = "momentum";
    static constexpr std::string_view formula = "v ← β·v + ∇f(x);  x ← x − lr·v";
    static constexpr bool uses_hessian = false;
    static constexpr std::array<HyperParameter, 2> parameters{parameters::kLearningRate,
                                                              parameters::kMomentum};

    double learning_rate = parameters[0].default_value;
    double momentum = parameters[1].default_value;

    static constexpr std::array<double Momentum::*, 2> fields{&Momentum::learning_rate,
                                                              &Momentum::momentum};
    bool operator==(const Momentum&) const = default;

    struct State {
        Eigen::Vector2d v = Eigen::Vector2d::Zero();

        static constexpr std::array<std::string_view, 1> names{"v"};
        [[nodiscard]] std::array<Eigen::Vector2d, 1> vectors() const { return {v}; }

        Eigen::Vector2d step(const Momentum& o, const StepInput& in) {
            v = o.momentum * v + in.gradient;
            return -in.lr * v;
        }
    };

    static void explain(const Momentum& o, const State& before, const State& after,
                        const StepInput& in, const NumberText& n, StepAnatomy& a) {
        // u = −lr·(β·v_old + g): the velocity's share and the gradient's share.
        a.velocity_step = a.step - a.gradient_step;
        a.arithmetic.push_back("v = β·v + g = " + n(o.momentum) + "·" + vector_text(before.v, n) +
                               " + " + vector_text(in.gradient, n) + " = " +
                               vector_text(after.v, n));
        a.arithmetic.push_back("step = −lr·v = −" + n(in.lr) + "·" + vector_text(after.v, n) +
                               " = " + vector_text(a.step, n));
    }
};

}  // namespace gd
