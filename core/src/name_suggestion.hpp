// "Did you mean ...?" for names the parser does not know.
#pragma once

#include <string>
#include <string_view>

namespace gd {

// A suggestion for an unknown name, or "" when nothing is close. `xy` gives "x*y" (a product
// written without its operator); `sn` gives "sin"; `Pi` gives "pi".
[[nodiscard]] std::string suggest_name(std::string_view unknown, bool called_as_function);

}  // namespace gd
