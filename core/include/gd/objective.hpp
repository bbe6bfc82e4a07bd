// f(x, y) with its value, gradient (exact or central difference) and Hessian, from one
// expression compiled once. Cheap to copy; safe to use from several threads at once.
#pragma once

#include <Eigen/Core>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "gd/expression.hpp"
#include "gd/program.hpp"

namespace gd {

enum class GradientMode { exact, numeric };

struct GradientSettings {
    GradientMode mode = GradientMode::exact;
    double h = 1e-4;  // central-difference step

    bool operator==(const GradientSettings&) const = default;
};

[[nodiscard]] std::string_view to_string(GradientMode mode);
[[nodiscard]] std::optional<GradientMode> gradient_mode_from_string(std::string_view text);

// One partial derivative by central differences, with the two values it came from (what an
// explanation of the step shows).
struct CentralDifference {
    double f_plus = 0.0;      // f(p + h e_i)
    double f_minus = 0.0;     // f(p - h e_i)
    double derivative = 0.0;  // (f_plus - f_minus) / (2h)
};

class Objective;
using ObjectiveResult = std::variant<Objective, ParseError>;

class Objective {
  public:
    explicit Objective(Expression f);
    [[nodiscard]] static ObjectiveResult parse(std::string_view text);

    [[nodiscard]] double value(const Eigen::Vector2d& p) const;
    [[nodiscard]] Eigen::Vector2d gradient(const Eigen::Vector2d& p,
                                           const GradientSettings& settings) const;
    // (f(p + h e_i) - f(p - h e_i)) / (2h), computed in that order, as numpy code of it does.
    [[nodiscard]] Eigen::Vector2d numeric_gradient(const Eigen::Vector2d& p, double h) const;
    // The partial derivative along axis 0 (x) or 1 (y) as numeric_gradient computes it.
    [[nodiscard]] CentralDifference central_difference(const Eigen::Vector2d& p, double h,
                                                       int axis) const;
    // NaN when !has_exact_gradient().
    [[nodiscard]] Eigen::Vector2d exact_gradient(const Eigen::Vector2d& p) const;
    // The exact Hessian; NaN when !has_exact_hessian().
    [[nodiscard]] Eigen::Matrix2d hessian(const Eigen::Vector2d& p) const;
    // Second central differences of f with step h (the numeric gradient's companion):
    // f_xx = (f(p + h e_x) − 2 f(p) + f(p − h e_x)) / h², f_xy from the four diagonal points.
    [[nodiscard]] Eigen::Matrix2d numeric_hessian(const Eigen::Vector2d& p, double h) const;
    // The exact Hessian, or the numeric one when the settings ask for a numeric gradient.
    [[nodiscard]] Eigen::Matrix2d hessian(const Eigen::Vector2d& p,
                                          const GradientSettings& settings) const;
    // out[i] = f(x[i], y[i]).
    void evaluate(const Eigen::ArrayXd& x, const Eigen::ArrayXd& y, Eigen::ArrayXd& out) const;

    // False when the symbolic derivatives would be too large to print or evaluate (a product of
    // hundreds of factors); the numeric gradient works for every objective. The Hessian, one
    // derivative further, can be too large where the gradient is not.
    [[nodiscard]] bool has_exact_gradient() const { return gradient_ != nullptr; }
    [[nodiscard]] bool has_exact_hessian() const { return hessian_ != nullptr; }
    [[nodiscard]] const Expression& expression() const { return f_; }
    // d f / d v; requires has_exact_gradient().
    [[nodiscard]] const Expression& partial(Variable v) const;

  private:
    struct Gradient;
    struct Hessian;
    Expression f_;
    Program program_;
    std::shared_ptr<const Gradient> gradient_;
    std::shared_ptr<const Hessian> hessian_;
};

}  // namespace gd
