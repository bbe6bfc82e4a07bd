// Turns a syntax tree into a Program, folding literal operands into the instructions.
#pragma once

#include "gd/program.hpp"
#include "node.hpp"

namespace gd {

[[nodiscard]] Program compile(const NodePtr& root);

}  // namespace gd
