// What kind of point a run stopped at where the gradient vanished, read from the Hessian's
// eigenvalues: a minimum, a maximum, a saddle, a point the Hessian cannot decide (an eigenvalue
// 0, or the curvature changing sign close by: an inflection such as x³ + y² at the origin), or a
// plateau (both eigenvalues 0: the function is flat there, as exp's tail far from its dip).
// Newton's method "converged" in one step onto the maximum of −(x² + y²): the kind says what was
// reached.
#pragma once

#include <Eigen/Core>
#include <string>
#include <string_view>

#include "gd/objective.hpp"

namespace gd {

enum class StationaryKind { minimum, maximum, saddle, undecided, plateau, unknown };

// Curvature this small counts as none: a step of lr·H·d over any distance d the view holds is
// then far below any tolerance. exp(−(x² + y²)) at (10, 10) has curvature 1e-84.
inline constexpr double kFlatCurvature = 1e-8;

struct StationaryPoint {
    StationaryKind kind = StationaryKind::unknown;
    Eigen::Vector2d eigenvalues{0.0, 0.0};  // of the Hessian, smaller first
};

// The kind of point with Hessian `hessian` (symmetric), by its eigenvalues' signs; unknown when
// it is not finite.
[[nodiscard]] StationaryPoint classify_hessian(const Eigen::Matrix2d& hessian);

// How far from a point its kind is checked again (times the point's largest coordinate, at
// least 1): a run stops where its step is small, which near an inflection (x³ at x = 2e-5) is
// still on the curved side. The curvature changing sign within this distance makes it undecided.
inline constexpr double kCurvatureProbe = 1e-3;

// The kind of point p of `f` is, its Hessian exact, or numeric with the gradient's h where the
// settings ask for that or no exact Hessian exists: by the Hessian's signs at p, undecided where
// they change within kCurvatureProbe of p along the direction of least curvature.
[[nodiscard]] StationaryPoint classify_stationary_point(const Objective& f,
                                                        const Eigen::Vector2d& p,
                                                        const GradientSettings& gradient);

// "minimum", "maximum", "saddle", "undecided", "plateau", "unknown" (JSON and CSV).
[[nodiscard]] std::string_view to_string(StationaryKind kind);

// Where a converged run ended, in a few words, where it is no plain minimum: "at a maximum",
// "at a saddle point", "where the Hessian does not decide"; empty for a minimum (or unknown).
// The heading, the status line and the runs list say it.
[[nodiscard]] std::string_view where_reached(StationaryKind kind);

// "a minimum (the Hessian's eigenvalues 2 and 2 are both positive)", for a stop's sentence.
[[nodiscard]] std::string describe(const StationaryPoint& point);

}  // namespace gd
