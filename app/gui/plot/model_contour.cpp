#include "gui/plot/model_contour.hpp"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include "gui/plot/plot_constants.hpp"

namespace gdlab {

namespace {

// The farthest the curve need reach from the centre to cross the whole view and the point.
double reach(const Eigen::Vector2d& centre, const Eigen::Vector2d& through, const gd::Rect& v) {
    double r = (through - centre).norm();
    for (const double x : {v.x_min, v.x_max}) {
        for (const double y : {v.y_min, v.y_max})
            r = std::max(r, (Eigen::Vector2d(x, y) - centre).norm());
    }
    return r;
}

}  // namespace

std::vector<Eigen::Vector2d> model_contour(const Eigen::Matrix2d& h, const Eigen::Vector2d& centre,
                                           const Eigen::Vector2d& through, const gd::Rect& view) {
    std::vector<Eigen::Vector2d> curve;
    if (!h.allFinite() || !centre.allFinite() || !through.allFinite()) return curve;
    // In the eigenvectors' frame z = Qᵀ(p − c) the contour is λ₁z₁² + λ₂z₂² = level.
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eigen(0.5 * (h + h.transpose()));
    if (eigen.info() != Eigen::Success) return curve;
    const Eigen::Vector2d lambda = eigen.eigenvalues();  // ascending
    const Eigen::Matrix2d q = eigen.eigenvectors();
    const Eigen::Vector2d z0 = q.transpose() * (through - centre);
    const double level = lambda(0) * z0(0) * z0(0) + lambda(1) * z0(1) * z0(1);
    const double scale = lambda.cwiseAbs().maxCoeff();
    if (!(scale > 0.0) || !std::isfinite(level) ||
        std::fabs(lambda(0) * lambda(1)) <= 1e-14 * scale * scale) {
        return curve;  // singular: the model's contours are lines or parabolas, without a centre
    }
    const auto at = [&](double z1, double z2) -> Eigen::Vector2d {
        return centre + q * Eigen::Vector2d(z1, z2);
    };
    constexpr int n = kModelContourPoints;
    if (lambda(0) * lambda(1) > 0.0) {
        // An ellipse with half-axes √(level/λᵢ), from `through` round to it again.
        if (!(level / lambda(0) > 0.0)) return curve;  // `through` is the centre
        const double a = std::sqrt(level / lambda(0));
        const double b = std::sqrt(level / lambda(1));
        const double t0 = std::atan2(z0(1) / b, z0(0) / a);
        curve.reserve(n + 1);
        curve.push_back(through);
        for (int i = 1; i < n; ++i) {
            const double t = t0 + 2.0 * std::numbers::pi * i / n;
            curve.push_back(at(a * std::cos(t), b * std::sin(t)));
        }
        curve.push_back(through);
        return curve;
    }
    // A saddle: λ₁ < 0 < λ₂. The branches open along z₂ when level > 0, along z₁ when level < 0;
    // at level 0 the contour is the two asymptotes √λ₂·z₂ = ±√−λ₁·z₁.
    const double r = reach(centre, through, view);
    const double neg = -lambda(0);
    const double pos = lambda(1);
    const int half = n / 2;
    curve.reserve(static_cast<std::size_t>(n) + 1);
    if (level == 0.0) {
        const Eigen::Vector2d d1 = Eigen::Vector2d(std::sqrt(pos), std::sqrt(neg)).normalized();
        const Eigen::Vector2d d2(d1(0), -d1(1));
        for (const Eigen::Vector2d& d : {d1, d2}) {
            if (!curve.empty()) curve.emplace_back(kNaN, kNaN);
            curve.push_back(at(-r * d(0), -r * d(1)));
            curve.push_back(at(r * d(0), r * d(1)));
        }
        return curve;
    }
    // z_open = ±b·cosh u, z_across = a·sinh u, for |u| up to where both pass the reach.
    const bool along_z2 = level > 0.0;
    const double b = std::sqrt(std::fabs(level) / (along_z2 ? pos : neg));  // vertex distance
    const double a = std::sqrt(std::fabs(level) / (along_z2 ? neg : pos));
    const double u_max = std::asinh(r / std::min(a, b));
    for (const double side : {1.0, -1.0}) {
        if (!curve.empty()) curve.emplace_back(kNaN, kNaN);
        for (int i = 0; i < half; ++i) {
            const double u = -u_max + 2.0 * u_max * i / (half - 1);
            const double open = side * b * std::cosh(u);
            const double across = a * std::sinh(u);
            curve.push_back(along_z2 ? at(across, open) : at(open, across));
        }
    }
    return curve;
}

}  // namespace gdlab
