// Newton's method: jump to the centre of the local quadratic model f + g·d + ½·dᵀHd, damped by
// lr: x ← x − lr·H⁻¹g. It does not check that H is positive definite: at a saddle or a maximum
// the model's centre is that saddle or maximum, and Newton heads there, which a class should see.
#pragma once

#include <array>
#include <cmath>
#include <limits>
#include <string_view>

#include "gd/hyper_parameter.hpp"
#include "gd/step_rule.hpp"

namespace gd {

// H counts as singular when |det H| ≤ kSingularHessian·‖H‖² (Frobenius norm): then H⁻¹g is
// dominated by rounding, and the "step" would be noise.
inline constexpr double kSingularHessian = 1e-14;

// det H of a 2×2 matrix (Eigen's determinant() needs the LU module for one multiplication).
[[nodiscard]] inline double determinant(const Eigen::Matrix2d& h) {
    return h(0, 0) * h(1, 1) - h(0, 1) * h(1, 0);
}

// Whether H can be inverted: finite, and not singular in the sense above.
[[nodiscard]] inline bool invertible(const Eigen::Matrix2d& h) {
    return h.allFinite() && std::fabs(determinant(h)) > kSingularHessian * h.squaredNorm();
}

struct Newton {
    static constexpr std::string_view name = "newton";
    static constexpr std::string_view title = "Newton's method";
    static constexpr std::string_view formula = "x ← x − lr·H(x)⁻¹·∇f(x)";
    static constexpr bool uses_hessian = true;
    static constexpr std::array<HyperParameter, 1> parameters{
        HyperParameter{.name = "lr",
                       // One name with the legend's "lr = 1" and every other method's field.
                       .label = "learning rate",
                       .symbol = "lr",
                       .default_value = 1.0,
                       .valid = {0.0, kUnbounded, true, false},
                       .window = {1e-3, 10.0, false, false},
                       .log_scale = true,
                       .meaning = "the share of the full Newton step taken (1: the classic step; "
                                  "less damps it)"}};

    double learning_rate = parameters[0].default_value;

    static constexpr std::array<double Newton::*, 1> fields{&Newton::learning_rate};
    bool operator==(const Newton&) const = default;

    // −H⁻¹g, or NaN when H is not invertible.
    [[nodiscard]] static Eigen::Vector2d full_step(const Eigen::Matrix2d& h,
                                                   const Eigen::Vector2d& g) {
        if (!invertible(h))
            return Eigen::Vector2d::Constant(std::numeric_limits<double>::quiet_NaN());
        const double det = determinant(h);
        const Eigen::Vector2d h_inv_g{(h(1, 1) * g.x() - h(0, 1) * g.y()) / det,
                                      (h(0, 0) * g.y() - h(1, 0) * g.x()) / det};
        return -h_inv_g;
    }

    struct State {
        static constexpr std::array<std::string_view, 0> names{};
        [[nodiscard]] std::array<Eigen::Vector2d, 0> vectors() const { return {}; }

        // NaN when H is not invertible: the run then stops as `singular_hessian`.
        Eigen::Vector2d step(const Newton& /*o*/, const StepInput& in) {
            return in.lr * full_step(*in.hessian, in.gradient);
        }
    };

    static void explain(const Newton& /*o*/, const State& /*before*/, const State& /*after*/,
                        const StepInput& in, const NumberText& n, StepAnatomy& a) {
        const Eigen::Matrix2d& h = *in.hessian;
        a.hessian = h;
        a.arithmetic.push_back("H = [" + n(h(0, 0)) + ", " + n(h(0, 1)) + "; " + n(h(1, 0)) + ", " +
                               n(h(1, 1)) + "],  det H = " + n(determinant(h)));
        if (!invertible(h)) {
            a.arithmetic.push_back("H cannot be inverted here: no Newton step");
            return;
        }
        a.model_centre = in.x + full_step(h, in.gradient);
        a.arithmetic.push_back("centre of the quadratic model x − H⁻¹g = " +
                               vector_text(*a.model_centre, n));
        a.arithmetic.push_back("step = −lr·H⁻¹g = " + vector_text(a.step, n));
    }
};

}  // namespace gd
