// Symbolic differentiation of a syntax tree, simplified as it is built.
#pragma once

#include "node.hpp"

namespace gd {

// d n / d variable, where variable is Op::x or Op::y. Functions that are not differentiable
// everywhere (abs, sign, min, max) get the derivative that holds wherever they are.
[[nodiscard]] NodePtr differentiate(const NodePtr& n, Op variable);

}  // namespace gd
