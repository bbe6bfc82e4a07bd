#include "gd/objective.hpp"

#include <limits>

namespace gd {

namespace {

// Past this many operations a symbolic derivative is no help to anyone reading it, and the
// Hessian (its derivative again) could grow far beyond memory.
constexpr std::size_t kMaxDerivativeSize = 100'000;

}  // namespace

struct Objective::Gradient {
    Expression fx, fy;
    Program gx, gy;
};

struct Objective::Hessian {
    Program hxx, hxy, hyy;
};

std::string_view to_string(GradientMode mode) {
    return mode == GradientMode::exact ? "exact" : "numeric";
}

std::optional<GradientMode> gradient_mode_from_string(std::string_view text) {
    if (text == "exact") return GradientMode::exact;
    if (text == "numeric") return GradientMode::numeric;
    return std::nullopt;
}

Objective::Objective(Expression f) : f_(std::move(f)), program_(f_.compile()) {
    Expression fx = f_.derivative(Variable::x);
    Expression fy = f_.derivative(Variable::y);
    if (fx.expanded_size() > kMaxDerivativeSize || fy.expanded_size() > kMaxDerivativeSize) return;
    gradient_ = std::make_shared<const Gradient>(Gradient{fx, fy, fx.compile(), fy.compile()});
    const Expression fxx = fx.derivative(Variable::x);
    const Expression fxy = fx.derivative(Variable::y);
    const Expression fyy = fy.derivative(Variable::y);
    for (const auto* e : {&fxx, &fxy, &fyy}) {
        if (e->expanded_size() > kMaxDerivativeSize) return;
    }
    hessian_ =
        std::make_shared<const Hessian>(Hessian{fxx.compile(), fxy.compile(), fyy.compile()});
}

ObjectiveResult Objective::parse(std::string_view text) {
    auto parsed = parse_expression(text);
    if (auto* error = std::get_if<ParseError>(&parsed)) return *error;
    return Objective(std::get<Expression>(std::move(parsed)));
}

double Objective::value(const Eigen::Vector2d& p) const {
    return program_.evaluate(p.x(), p.y());
}

Eigen::Vector2d Objective::gradient(const Eigen::Vector2d& p,
                                    const GradientSettings& settings) const {
    if (settings.mode == GradientMode::numeric || !gradient_) {
        return numeric_gradient(p, settings.h);
    }
    return exact_gradient(p);
}

CentralDifference Objective::central_difference(const Eigen::Vector2d& p, double h,
                                                int axis) const {
    Eigen::Vector2d shifted = p;
    shifted[axis] = p[axis] + h;
    const double f_plus = value(shifted);
    shifted[axis] = p[axis] - h;
    const double f_minus = value(shifted);
    return {f_plus, f_minus, (f_plus - f_minus) / (2 * h)};
}

Eigen::Vector2d Objective::numeric_gradient(const Eigen::Vector2d& p, double h) const {
    return {central_difference(p, h, 0).derivative, central_difference(p, h, 1).derivative};
}

Eigen::Vector2d Objective::exact_gradient(const Eigen::Vector2d& p) const {
    if (!gradient_) return Eigen::Vector2d::Constant(std::numeric_limits<double>::quiet_NaN());
    return {gradient_->gx.evaluate(p.x(), p.y()), gradient_->gy.evaluate(p.x(), p.y())};
}

Eigen::Matrix2d Objective::hessian(const Eigen::Vector2d& p) const {
    if (!hessian_) return Eigen::Matrix2d::Constant(std::numeric_limits<double>::quiet_NaN());
    const double xy = hessian_->hxy.evaluate(p.x(), p.y());
    Eigen::Matrix2d h;
    h << hessian_->hxx.evaluate(p.x(), p.y()), xy, xy, hessian_->hyy.evaluate(p.x(), p.y());
    return h;
}

Eigen::Matrix2d Objective::numeric_hessian(const Eigen::Vector2d& p, double h) const {
    const Eigen::Vector2d ex{h, 0.0};
    const Eigen::Vector2d ey{0.0, h};
    const double f0 = value(p);
    const double fxx = (value(p + ex) - 2.0 * f0 + value(p - ex)) / (h * h);
    const double fyy = (value(p + ey) - 2.0 * f0 + value(p - ey)) / (h * h);
    const double fxy =
        (value(p + ex + ey) - value(p + ex - ey) - value(p - ex + ey) + value(p - ex - ey)) /
        (4.0 * h * h);
    Eigen::Matrix2d m;
    m << fxx, fxy, fxy, fyy;
    return m;
}

Eigen::Matrix2d Objective::hessian(const Eigen::Vector2d& p,
                                   const GradientSettings& settings) const {
    return settings.mode == GradientMode::numeric ? numeric_hessian(p, settings.h) : hessian(p);
}

void Objective::evaluate(const Eigen::ArrayXd& x, const Eigen::ArrayXd& y,
                         Eigen::ArrayXd& out) const {
    program_.evaluate(x, y, out);
}

const Expression& Objective::partial(Variable v) const {
    return v == Variable::x ? gradient_->fx : gradient_->fy;
}

}  // namespace gd
