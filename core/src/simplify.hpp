// Smart constructors: each builds one node and applies the local rules that keep derivatives
// readable (0 + a = a, 2*(3*x) = 6*x, x*x = x^2, a + -b = a - b, like terms collected).
// Every rule preserves the value wherever the original is defined.
#pragma once

#include "node.hpp"

namespace gd::build {

[[nodiscard]] NodePtr number(double v);
[[nodiscard]] NodePtr neg(const NodePtr& a);
[[nodiscard]] NodePtr add(const NodePtr& a, const NodePtr& b);
[[nodiscard]] NodePtr sub(const NodePtr& a, const NodePtr& b);
[[nodiscard]] NodePtr mul(const NodePtr& a, const NodePtr& b);
[[nodiscard]] NodePtr div(const NodePtr& a, const NodePtr& b);
[[nodiscard]] NodePtr pow(const NodePtr& a, const NodePtr& b);
[[nodiscard]] NodePtr call(Op function, const NodePtr& a, const NodePtr& b = nullptr);

// Rebuilds a whole tree bottom-up through the constructors above.
[[nodiscard]] NodePtr simplify(const NodePtr& n);

}  // namespace gd::build
