// Text as the window shows it: numbers as people read them on screen (a few significant digits,
// a true minus sign, short exponents: "1e−5", not "1e-05"), and the core's UTF-8 as QString.
#pragma once

#include <Eigen/Core>
#include <QString>
#include <string_view>

namespace gdlab {

[[nodiscard]] QString short_number(double v, int significant_digits = 4);
// The same for a value of f or its gradient along a run: "undefined" where it is not a number
// (outside the function's domain), which a student reads; "nan" they do not.
[[nodiscard]] QString value_text(double v, int significant_digits = 4);
// "(−2.4, 3.2)"; a coordinate that is not a number reads "undefined", as value_text has it.
[[nodiscard]] QString point_text(const Eigen::Vector2d& p, int significant_digits = 4);
// Significant digits that tell apart about ten evenly spaced values from lo to hi (at least
// 4, at most 15): what tick labels of that range need.
[[nodiscard]] int digits_to_tell_apart(double lo, double hi);

// The shortest text that reads back to the same double, as gd::format_number, for editing.
[[nodiscard]] QString exact_number(double v);

// The core's UTF-8 text (formulas, messages) as a QString.
[[nodiscard]] QString to_qstring(std::string_view text);
// The same with its first letter a capital: "momentum" as a label, "Momentum".
[[nodiscard]] QString capitalised(std::string_view text);

}  // namespace gdlab
