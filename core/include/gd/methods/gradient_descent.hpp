// Plain gradient descent: x ← x − lr·∇f(x).
#pragma once

#include <array>
#include <string_view>

#include "gd/methods/shared_parameters.hpp"
#include "gd/step_rule.hpp"

namespace gd {

struct GradientDescent {
    static constexpr std::string_view name = "gd";
    static constexpr std::string_view title = "gradient descent";
    static constexpr std::string_view formula = "x ← x − lr·∇f(x)";
    static constexpr bool uses_hessian = false;
    static constexpr std::array<HyperParameter, 1> parameters{parameters::kLearningRate};

    double learning_rate = parameters[0].default_value;

    static constexpr std::array<double GradientDescent::*, 1> fields{
        &GradientDescent::learning_rate};
    bool operator==(const GradientDescent&) const = default;

    struct State {
        static constexpr std::array<std::string_view, 0> names{};
        [[nodiscard]] std::array<Eigen::Vector2d, 0> vectors() const { return {}; }

        Eigen::Vector2d step(const GradientDescent& /*o*/, const StepInput& in) {
            return -in.lr * in.gradient;
        }
    };

    static void explain(const GradientDescent& /*o*/, const State& /*before*/,
                        const State& /*after*/, const StepInput& in, const NumberText& n,
                        StepAnatomy& a) {
        a.arithmetic.push_back("step = −lr·g = −" + n(in.lr) + "·" + vector_text(in.gradient, n) +
                               " = " + vector_text(a.step, n));
    }
};

}  // namespace gd
