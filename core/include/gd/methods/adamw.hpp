// AdamW, as PyTorch's AdamW: Adam's step plus a weight decay −lr·λ·x kept apart from the
// moments ("decoupled"), which pulls x towards 0 at a rate that does not depend on the gradients.
#pragma once

#include <array>
#include <string_view>

#include "gd/methods/adam.hpp"

namespace gd {

struct AdamW {
    static constexpr std::string_view name = "adamw";
    static constexpr std::string_view title = "AdamW";
    static constexpr std::string_view formula =
        "Adam's step, then x ← x − lr·λ·x (decoupled weight decay)";
    static constexpr bool uses_hessian = false;
    static constexpr std::array<HyperParameter, 5> parameters{
        parameters::kLearningRate, parameters::kBeta1, parameters::kBeta2,
        parameters::epsilon(1e-8),
        HyperParameter{.name = "weight_decay",
                       .label = "weight decay",
                       .symbol = "λ",
                       .default_value = 0.01,
                       .valid = {0.0, kUnbounded, false, false},
                       .window = {0.0, 10.0, false, false},
                       .meaning = "how strongly each step pulls x towards 0"}};

    double learning_rate = parameters[0].default_value;
    double beta1 = parameters[1].default_value;
    double beta2 = parameters[2].default_value;
    double eps = parameters[3].default_value;
    double weight_decay = parameters[4].default_value;

    static constexpr std::array<double AdamW::*, 5> fields{
        &AdamW::learning_rate, &AdamW::beta1, &AdamW::beta2, &AdamW::eps, &AdamW::weight_decay};
    bool operator==(const AdamW&) const = default;

    struct State : AdamMoments {
        Eigen::Vector2d step(const AdamW& o, const StepInput& in) {
            const Eigen::Vector2d adam = AdamMoments::step(o.beta1, o.beta2, o.eps, in);
            return adam - in.lr * o.weight_decay * in.x;
        }
    };

    static void explain(const AdamW& o, const State& before, const State& after,
                        const StepInput& in, const NumberText& n, StepAnatomy& a) {
        after.explain(o.beta1, o.beta2, o.eps, before, in, n, a);
        a.decay_step = -in.lr * o.weight_decay * in.x;
        a.arithmetic.push_back("decay = −lr·λ·x = −" + n(in.lr) + "·" + n(o.weight_decay) + "·" +
                               vector_text(in.x, n) + " = " + vector_text(*a.decay_step, n));
        a.arithmetic.push_back("step = −(step sizes)·m̂ + decay = " + vector_text(a.step, n));
    }
};

}  // namespace gd
