// What every step rule (core/include/gd/methods/) is given to compute one update, and what it
// tells about that update: the parts a window draws and the arithmetic an explanation shows.
#pragma once

#include <Eigen/Core>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gd {

// Update k (k = 1, 2, ...) from x_{k-1}.
struct StepInput {
    const Eigen::Vector2d& x;         // x_{k-1}
    const Eigen::Vector2d& gradient;  // g = ∇f(x_{k-1})
    double lr = 0.0;                  // lr_k, the schedule's rate for this update
    int k = 1;
    // ∇²f(x_{k-1}), computed only for a rule whose `uses_hessian` is true; else unset.
    const Eigen::Matrix2d* hessian = nullptr;
};

// Numbers as the reader should see them: the window rounds ("0.3"), tests print exactly.
using NumberText = std::function<std::string(double)>;

// One update taken apart. Every part but `step` is optional: a view draws what is there and
// needs no knowledge of which rule made it.
struct StepAnatomy {
    Eigen::Vector2d step = Eigen::Vector2d::Zero();           // u_k, what is applied
    Eigen::Vector2d gradient_step = Eigen::Vector2d::Zero();  // −lr_k·g, plain descent's step
    // Momentum: the part of the step the velocity carries (u minus the gradient's part).
    std::optional<Eigen::Vector2d> velocity_step;
    // Nesterov: x + velocity_step, where the gradient's part is added.
    std::optional<Eigen::Vector2d> look_ahead;
    // Adaptive rules: each coordinate's own step size lr/(√s + ε) (Adam: of the corrected s).
    std::optional<Eigen::Vector2d> effective_rate;
    // What the effective rate multiplies: g for AdaGrad/RMSProp, Adam's corrected m̂.
    std::optional<Eigen::Vector2d> scaled_direction;
    // AdamW: the decoupled weight decay −lr·λ·x, part of `step`.
    std::optional<Eigen::Vector2d> decay_step;
    // Newton: the Hessian of the local quadratic model f + g·d + ½·dᵀHd, whose centre (where
    // the model's gradient is 0) is x − H⁻¹g.
    std::optional<Eigen::Matrix2d> hessian;
    std::optional<Eigen::Vector2d> model_centre;
    // The arithmetic in formulas and numbers, one line per quantity:
    // "v = β·v + g = 0.9·(1, 2) + (3, 4) = (3.9, 5.8)".
    std::vector<std::string> arithmetic;
};

// "(0.6, −0.8)"
[[nodiscard]] std::string vector_text(const Eigen::Vector2d& v, const NumberText& number);

}  // namespace gd
