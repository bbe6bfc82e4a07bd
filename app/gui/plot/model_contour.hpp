// The contour of a quadratic model through a point: what Newton's method fits at x and jumps to
// the centre of. The model f + g·d + ½·dᵀHd equals f(c) + ½·(p − c)ᵀH(p − c) at p = x + d, with c
// its centre, so its contour through x is {p : (p − c)ᵀH(p − c) = (x − c)ᵀH(x − c)}: an ellipse
// when H is definite, a hyperbola (two branches, or its two asymptotes when x lies on one) at a
// saddle.
#pragma once

#include <Eigen/Core>
#include <vector>

#include "gd/grid.hpp"

namespace gdlab {

// How many points sample the contour: an ellipse closes on its first point; each branch of a
// hyperbola gets half.
inline constexpr int kModelContourPoints = 200;

// The contour through `through` of the quadratic with Hessian `h` (its symmetric part) centred
// at `centre`, as a polyline: an ellipse starts and ends at `through`; a hyperbola's branches
// (or asymptotes) reach past every corner of `view` and are separated by a NaN point. Empty when
// there is no curve to draw: H singular or not finite, or `through` at the centre.
[[nodiscard]] std::vector<Eigen::Vector2d> model_contour(const Eigen::Matrix2d& h,
                                                         const Eigen::Vector2d& centre,
                                                         const Eigen::Vector2d& through,
                                                         const gd::Rect& view);

}  // namespace gdlab
