// Numbers as text for formulas and machine-readable output.
#pragma once

#include <string>

namespace gd {

// The shortest decimal text that reads back to the same double ("0.1", "1e-5", "2"; "nan",
// "inf" and "-inf" for the non-finite values).
[[nodiscard]] std::string format_number(double v);
// For a sentence: at most `significant_digits` digits ("0.38", "1.5e-6"), the same spelling.
[[nodiscard]] std::string format_short(double v, int significant_digits = 3);

}  // namespace gd
