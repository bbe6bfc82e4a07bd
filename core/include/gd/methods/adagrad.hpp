// AdaGrad, as PyTorch's Adagrad (no learning-rate decay, accumulator starting at 0):
// s ← s + g², x ← x − lr·g/(√s + ε). Each coordinate gets its own step size, which shrinks as
// that coordinate's gradients pile up.
#pragma once

#include <array>
#include <string_view>

#include "gd/methods/shared_parameters.hpp"
#include "gd/step_rule.hpp"

namespace gd {

struct AdaGrad {
    static constexpr std::string_view name = "adagrad";
    static constexpr std::string_view title = "AdaGrad";
    static constexpr std::string_view formula = "s ← s + g²;  x ← x − lr·g / (√s + ε)";
    static constexpr bool uses_hessian = false;
    static constexpr std::array<HyperParameter, 2> parameters{parameters::kLearningRate,
                                                              parameters::epsilon(1e-10)};

    double learning_rate = parameters[0].default_value;
    double eps = parameters[1].default_value;

    static constexpr std::array<double AdaGrad::*, 2> fields{&AdaGrad::learning_rate,
                                                             &AdaGrad::eps};
    bool operator==(const AdaGrad&) const = default;

    struct State {
        Eigen::Vector2d s = Eigen::Vector2d::Zero();

        static constexpr std::array<std::string_view, 1> names{"s"};
        [[nodiscard]] std::array<Eigen::Vector2d, 1> vectors() const { return {s}; }

        Eigen::Vector2d step(const AdaGrad& o, const StepInput& in) {
            const Eigen::Array2d g = in.gradient.array();
            s.array() += g * g;
            // PyTorch's order: (−lr·g) / (√s + ε).
            return ((-in.lr * g) / (s.array().sqrt() + o.eps)).matrix();
        }
    };

    static void explain(const AdaGrad& o, const State& before, const State& after,
                        const StepInput& in, const NumberText& n, StepAnatomy& a) {
        const Eigen::Vector2d g2 = in.gradient.cwiseProduct(in.gradient);
        a.effective_rate = (in.lr / (after.s.array().sqrt() + o.eps)).matrix();
        a.scaled_direction = in.gradient;
        a.arithmetic.push_back("s = s + g² = " + vector_text(before.s, n) + " + " +
                               vector_text(g2, n) + " = " + vector_text(after.s, n));
        a.arithmetic.push_back("step sizes lr/(√s + ε) = " + vector_text(*a.effective_rate, n));
        a.arithmetic.push_back("step = −(step sizes)·g = " + vector_text(a.step, n));
    }
};

}  // namespace gd
