#include "gd/stationary_point.hpp"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>

#include "gd/number_format.hpp"

namespace gd {

StationaryPoint classify_hessian(const Eigen::Matrix2d& hessian) {
    if (!hessian.allFinite()) return {};
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> solver(hessian, Eigen::EigenvaluesOnly);
    const Eigen::Vector2d& l = solver.eigenvalues();  // ascending
    StationaryPoint point{StationaryKind::undecided, l};
    const auto flat = [](double v) { return std::fabs(v) <= kFlatCurvature; };
    if (flat(l[0]) && flat(l[1])) {
        point.kind = StationaryKind::plateau;
    } else if (l[0] > 0.0 && !flat(l[0])) {
        point.kind = StationaryKind::minimum;
    } else if (l[1] < 0.0 && !flat(l[1])) {
        point.kind = StationaryKind::maximum;
    } else if (l[0] < 0.0 && !flat(l[0]) && l[1] > 0.0 && !flat(l[1])) {
        point.kind = StationaryKind::saddle;
    }
    return point;
}

StationaryPoint classify_stationary_point(const Objective& f, const Eigen::Vector2d& p,
                                          const GradientSettings& gradient) {
    const auto hessian_at = [&](const Eigen::Vector2d& q) {
        Eigen::Matrix2d h = f.hessian(q, gradient);
        return h.allFinite() ? h : f.numeric_hessian(q, gradient.h);
    };
    const Eigen::Matrix2d here = hessian_at(p);
    StationaryPoint point = classify_hessian(here);
    if (point.kind == StationaryKind::unknown || point.kind == StationaryKind::plateau)
        return point;
    // The direction of least curvature, probed on both sides.
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> solver(here);
    const Eigen::Vector2d least = solver.eigenvectors().col(
        std::fabs(point.eigenvalues[0]) <= std::fabs(point.eigenvalues[1]) ? 0 : 1);
    const double r = kCurvatureProbe * std::max(1.0, p.cwiseAbs().maxCoeff());
    for (const double side : {-1.0, 1.0}) {
        const StationaryKind there = classify_hessian(hessian_at(p + side * r * least)).kind;
        if (there != point.kind && there != StationaryKind::unknown)
            point.kind = StationaryKind::undecided;
    }
    return point;
}

std::string_view to_string(StationaryKind kind) {
    switch (kind) {
        case StationaryKind::minimum:
            return "minimum";
        case StationaryKind::maximum:
            return "maximum";
        case StationaryKind::saddle:
            return "saddle";
        case StationaryKind::undecided:
            return "undecided";
        case StationaryKind::plateau:
            return "plateau";
        case StationaryKind::unknown:
            break;
    }
    return "unknown";
}

std::string_view where_reached(StationaryKind kind) {
    switch (kind) {
        case StationaryKind::maximum:
            return "at a maximum";
        case StationaryKind::saddle:
            return "at a saddle point";
        case StationaryKind::undecided:
            return "where the Hessian does not decide";
        default:
            return {};
    }
}

std::string describe(const StationaryPoint& point) {
    const std::string values = "the Hessian's eigenvalues " + format_short(point.eigenvalues[0]) +
                               " and " + format_short(point.eigenvalues[1]);
    switch (point.kind) {
        case StationaryKind::minimum:
            return "a minimum (" + values + " are both positive)";
        case StationaryKind::maximum:
            return "a maximum, not a minimum (" + values + " are both negative)";
        case StationaryKind::saddle:
            return "a saddle point, not a minimum (" + values + " have opposite signs)";
        case StationaryKind::undecided:
            return "a point the Hessian does not decide (" + values +
                   ", and the curvature changes sign close by, as at an inflection)";
        case StationaryKind::plateau:
            return "a plateau (" + values + " are both 0)";
        case StationaryKind::unknown:
            break;
    }
    return "a point whose Hessian is not finite";
}

}  // namespace gd
