// Text as people see it: UTF-8 sequences checked strictly, characters counted the way a caret
// under them counts, and anything a terminal or a label could act on or hide shown as an escape.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gd {

// The length in bytes (1 to 4) of the well-formed UTF-8 sequence that starts at text[pos], or 0
// when the bytes there are not one: a stray continuation byte, an overlong form, a surrogate, a
// value past U+10FFFF, or a sequence cut short.
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view text, std::size_t pos);

// Whether every byte of `text` belongs to a well-formed UTF-8 sequence.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

// How many characters the first `bytes` bytes of `text` hold: the unit of every error offset.
// A well-formed sequence is one character, and so is each byte that is not part of one (the
// units printable() shows, one escape each).
[[nodiscard]] std::size_t character_count(std::string_view text,
                                          std::size_t bytes = std::string_view::npos);

// The text with control characters (C0, DEL, C1), invisible direction and width marks, and bytes
// that are not valid UTF-8 shown as escapes ("\x1b", "\u202e", "\xc0"), so that echoing input
// can never move a terminal's cursor, recolour it, or reorder what is shown. Other characters,
// "²" or "ü" among them, are kept. `keep_newlines` keeps '\n' for messages of several lines.
[[nodiscard]] std::string printable(std::string_view text, bool keep_newlines = false);

// The escape printable() shows for the character of `length` bytes at text[pos] (length 0: the
// single byte there, which starts no well-formed sequence), or an empty string when the
// character is shown as it is.
[[nodiscard]] std::string escape_of(std::string_view text, std::size_t pos, std::size_t length);

}  // namespace gd
