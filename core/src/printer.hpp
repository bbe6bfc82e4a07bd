// Text for a syntax tree: canonical ASCII (parses back) or pretty Unicode for people.
#pragma once

#include <string>

#include "node.hpp"

namespace gd {

enum class PrintStyle { ascii, pretty };

[[nodiscard]] std::string print(const NodePtr& n, PrintStyle style);

}  // namespace gd
