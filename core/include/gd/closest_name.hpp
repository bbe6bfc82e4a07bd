// "Did you mean ...?" for any list of names: presets, options, functions.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace gd {

// The candidate nearest to `word` (ignoring case) within a small number of typing mistakes
// (one for short words, two for longer ones), or "" when none is that close.
[[nodiscard]] std::string closest_name(std::string_view word,
                                       std::span<const std::string_view> candidates);

}  // namespace gd
