// RMSProp, as PyTorch's RMSprop (not centred, no momentum): s ← α·s + (1 − α)·g²,
// x ← x − lr·g/(√s + ε). Like AdaGrad, but s forgets old gradients, so step sizes recover.
#pragma once

#include <array>
#include <string_view>

#include "gd/methods/shared_parameters.hpp"
#include "gd/step_rule.hpp"

namespace gd {

struct RMSProp {
    static constexpr std::string_view name = "rmsprop";
    static constexpr std::string_view title = "RMSProp";
    static constexpr std::string_view formula = "s ← α·s + (1 − α)·g²;  x ← x − lr·g / (√s + ε)";
    static constexpr bool uses_hessian = false;
    static constexpr std::array<HyperParameter, 3> parameters{
        parameters::kLearningRate,
        HyperParameter{.name = "alpha",
                       .label = "smoothing constant",
                       .symbol = "α",
                       .default_value = 0.99,
                       .valid = {0.0, 1.0, true, true},
                       .window = {0.5, 0.9999, false, false},
                       .meaning = "how slowly the mean of the squared gradients forgets"},
        parameters::epsilon(1e-8)};

    double learning_rate = parameters[0].default_value;
    double alpha = parameters[1].default_value;
    double eps = parameters[2].default_value;

    static constexpr std::array<double RMSProp::*, 3> fields{&RMSProp::learning_rate,
                                                             &RMSProp::alpha, &RMSProp::eps};
    bool operator==(const RMSProp&) const = default;

    struct State {
        Eigen::Vector2d s = Eigen::Vector2d::Zero();

        static constexpr std::array<std::string_view, 1> names{"s"};
        [[nodiscard]] std::array<Eigen::Vector2d, 1> vectors() const { return {s}; }

        Eigen::Vector2d step(const RMSProp& o, const StepInput& in) {
            const Eigen::Array2d g = in.gradient.array();
            s.array() = s.array() * o.alpha + ((1.0 - o.alpha) * g) * g;
            return ((-in.lr * g) / (s.array().sqrt() + o.eps)).matrix();
        }
    };

    static void explain(const RMSProp& o, const State& before, const State& after,
                        const StepInput& in, const NumberText& n, StepAnatomy& a) {
        const Eigen::Vector2d g2 = in.gradient.cwiseProduct(in.gradient);
        a.effective_rate = (in.lr / (after.s.array().sqrt() + o.eps)).matrix();
        a.scaled_direction = in.gradient;
        a.arithmetic.push_back("s = α·s + (1 − α)·g² = " + n(o.alpha) + "·" +
                               vector_text(before.s, n) + " + " + n(1.0 - o.alpha) + "·" +
                               vector_text(g2, n) + " = " + vector_text(after.s, n));
        a.arithmetic.push_back("step sizes lr/(√s + ε) = " + vector_text(*a.effective_rate, n));
        a.arithmetic.push_back("step = −(step sizes)·g = " + vector_text(a.step, n));
    }
};

}  // namespace gd
