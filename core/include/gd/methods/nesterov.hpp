// Nesterov momentum, as PyTorch's SGD(momentum=β, nesterov=True): v ← β·v + g,
// x ← x − lr·(g + β·v). It applies the gradient from where the velocity is about to carry the
// point (the look-ahead), so it brakes before an overshoot that plain momentum makes.
#pragma once

#include <array>
#include <string_view>

#include "gd/methods/shared_parameters.hpp"
#include "gd/step_rule.hpp"

namespace gd {

struct Nesterov {
    static constexpr std::string_view name = "nesterov";
    static constexpr std::string_view title = "Nesterov momentum";
    static constexpr std::string_view formula = "v ← β·v + ∇f(x);  x ← x − lr·(∇f(x) + β·v)";
    static constexpr bool uses_hessian = false;
    static constexpr std::array<HyperParameter, 2> parameters{parameters::kLearningRate,
                                                              parameters::kMomentum};

    double learning_rate = parameters[0].default_value;
    double momentum = parameters[1].default_value;

    static constexpr std::array<double Nesterov::*, 2> fields{&Nesterov::learning_rate,
                                                              &Nesterov::momentum};
    bool operator==(const Nesterov&) const = default;

    struct State {
        Eigen::Vector2d v = Eigen::Vector2d::Zero();

        static constexpr std::array<std::string_view, 1> names{"v"};
        [[nodiscard]] std::array<Eigen::Vector2d, 1> vectors() const { return {v}; }

        Eigen::Vector2d step(const Nesterov& o, const StepInput& in) {
            v = o.momentum * v + in.gradient;
            return -in.lr * (in.gradient + o.momentum * v);
        }
    };

    static void explain(const Nesterov& o, const State& before, const State& after,
                        const StepInput& in, const NumberText& n, StepAnatomy& a) {
        // u = −lr·β·v (where the velocity carries x: the look-ahead) − lr·g (added there).
        a.velocity_step = a.step - a.gradient_step;
        a.look_ahead = in.x + *a.velocity_step;
        a.arithmetic.push_back("v = β·v + g = " + n(o.momentum) + "·" + vector_text(before.v, n) +
                               " + " + vector_text(in.gradient, n) + " = " +
                               vector_text(after.v, n));
        a.arithmetic.push_back("look-ahead = x − lr·β·v = " + vector_text(*a.look_ahead, n));
        a.arithmetic.push_back("step = −lr·(g + β·v) = −" + n(in.lr) + "·(" +
                               vector_text(in.gradient, n) + " + " + n(o.momentum) + "·" +
                               vector_text(after.v, n) + ") = " + vector_text(a.step, n));
    }
};

}  // namespace gd
