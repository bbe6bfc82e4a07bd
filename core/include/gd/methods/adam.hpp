// Adam, as PyTorch's Adam (not amsgrad): running means of the gradient (m) and of its square
// (s), each corrected for starting at 0, give every coordinate a step of about lr in the
// direction the recent gradients agree on.
#pragma once

#include <array>
#include <cmath>
#include <string_view>

#include "gd/methods/shared_parameters.hpp"
#include "gd/step_rule.hpp"

namespace gd {

// 1 − β^k for update k = 1, 2, ... of a run, as PyTorch computes it (1 - beta ** step, a pow).
// β^k only shrinks as k grows, so once 1 − β^k rounds to exactly 1 it stays 1, and the pow is
// skipped from then on: the same bits, without the pow that took a quarter of an Adam step's
// instructions (β1 = 0.9 gets there at k = 356, β2 = 0.999 at k = 37,412; beyond about
// k = 6,700 the pow of 0.9 underflows and takes a slower path still). Needs the updates in
// order, as a run and a replay take them.
class BiasCorrection {
  public:
    [[nodiscard]] double at(double beta, int k) {
        if (saturated_) return 1.0;
        const double c = 1.0 - std::pow(beta, k);
        saturated_ = c == 1.0;
        return c;
    }

  private:
    bool saturated_ = false;
};

// Adam's moments and its step, shared with AdamW.
struct AdamMoments {
    Eigen::Vector2d m = Eigen::Vector2d::Zero();
    Eigen::Vector2d s = Eigen::Vector2d::Zero();
    BiasCorrection correction1;
    BiasCorrection correction2;

    static constexpr std::array<std::string_view, 2> names{"m", "s"};
    [[nodiscard]] std::array<Eigen::Vector2d, 2> vectors() const { return {m, s}; }

    // Updates m and s with g and returns the Adam step, in PyTorch 1.13's order of operations:
    // step size lr/(1 − β1^k), denominator √s/√(1 − β2^k) + ε.
    Eigen::Vector2d step(double beta1, double beta2, double eps, const StepInput& in) {
        const Eigen::Array2d g = in.gradient.array();
        m.array() = m.array() * beta1 + (1.0 - beta1) * g;
        s.array() = s.array() * beta2 + ((1.0 - beta2) * g) * g;
        const double step_size = in.lr / correction1.at(beta1, in.k);
        const double root_correction2 = std::sqrt(correction2.at(beta2, in.k));
        const Eigen::Array2d denominator = s.array().sqrt() / root_correction2 + eps;
        return ((-step_size * m.array()) / denominator).matrix();
    }

    // The arithmetic of the step from `before` to this state.
    void explain(double beta1, double beta2, double eps, const AdamMoments& before,
                 const StepInput& in, const NumberText& n, StepAnatomy& a) const {
        const Eigen::Vector2d g2 = in.gradient.cwiseProduct(in.gradient);
        const double c1 = 1.0 - std::pow(beta1, in.k);
        const double c2 = 1.0 - std::pow(beta2, in.k);
        const Eigen::Vector2d m_hat = m / c1;
        const Eigen::Vector2d s_hat = s / c2;
        a.effective_rate = (in.lr / (s_hat.array().sqrt() + eps)).matrix();
        a.scaled_direction = m_hat;
        const std::string k = std::to_string(in.k);
        a.arithmetic.push_back("m = β1·m + (1 − β1)·g = " + n(beta1) + "·" +
                               vector_text(before.m, n) + " + " + n(1.0 - beta1) + "·" +
                               vector_text(in.gradient, n) + " = " + vector_text(m, n));
        a.arithmetic.push_back("s = β2·s + (1 − β2)·g² = " + n(beta2) + "·" +
                               vector_text(before.s, n) + " + " + n(1.0 - beta2) + "·" +
                               vector_text(g2, n) + " = " + vector_text(s, n));
        a.arithmetic.push_back("m̂ = m/(1 − β1^" + k + ") = " + vector_text(m_hat, n) +
                               ",  ŝ = s/(1 − β2^" + k + ") = " + vector_text(s_hat, n));
        a.arithmetic.push_back("step sizes lr/(√ŝ + ε) = " + vector_text(*a.effective_rate, n));
    }
};

struct Adam {
    static constexpr std::string_view name = "adam";
    static constexpr std::string_view title = "Adam";
    static constexpr std::string_view formula =
        "m ← β1·m + (1 − β1)·g;  s ← β2·s + (1 − β2)·g²;  x ← x − lr·m̂ / (√ŝ + ε)";
    static constexpr bool uses_hessian = false;
    static constexpr std::array<HyperParameter, 4> parameters{
        parameters::kLearningRate, parameters::kBeta1, parameters::kBeta2,
        parameters::epsilon(1e-8)};

    double learning_rate = parameters[0].default_value;
    double beta1 = parameters[1].default_value;
    double beta2 = parameters[2].default_value;
    double eps = parameters[3].default_value;

    static constexpr std::array<double Adam::*, 4> fields{&Adam::learning_rate, &Adam::beta1,
                                                          &Adam::beta2, &Adam::eps};
    bool operator==(const Adam&) const = default;

    struct State : AdamMoments {
        Eigen::Vector2d step(const Adam& o, const StepInput& in) {
            return AdamMoments::step(o.beta1, o.beta2, o.eps, in);
        }
    };

    static void explain(const Adam& o, const State& before, const State& after, const StepInput& in,
                        const NumberText& n, StepAnatomy& a) {
        after.explain(o.beta1, o.beta2, o.eps, before, in, n, a);
        a.arithmetic.push_back("step = −(step sizes)·m̂ = " + vector_text(a.step, n));
    }
};

}  // namespace gd
