// The part of a long expression to show under an error message: a window of about a line
// around the error, with control characters and broken UTF-8 shown as escapes (so that an echo
// never acts on the terminal) and the caret counted in what is shown.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gdlab {

struct Excerpt {
    std::string text;           // what to show; "…" marks where the expression goes on
    std::size_t caret = 0;      // column of the first character at fault, in shown characters
    std::size_t underline = 1;  // how many shown characters are at fault (at least 1)
};

// Shows the text around characters [offset, offset + length) (gd::character_count's units)
// in at most about `width` columns.
[[nodiscard]] Excerpt excerpt(std::string_view text, std::size_t offset, std::size_t length,
                              std::size_t width = 76);

}  // namespace gdlab
