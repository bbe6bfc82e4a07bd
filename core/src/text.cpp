#include "gd/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace gd {

namespace {

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The code point of a well-formed sequence of `length` bytes at text[pos].
std::uint32_t decode(std::string_view text, std::size_t pos, std::size_t length) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[pos + k]); };
    switch (length) {
        case 1:
            return byte(0);
        case 2:
            return (byte(0) & 0x1Fu) << 6 | (byte(1) & 0x3Fu);
        case 3:
            return (byte(0) & 0x0Fu) << 12 | (byte(1) & 0x3Fu) << 6 | (byte(2) & 0x3Fu);
        default:
            return (byte(0) & 0x07u) << 18 | (byte(1) & 0x3Fu) << 12 | (byte(2) & 0x3Fu) << 6 |
                   (byte(3) & 0x3Fu);
    }
}

// Characters that do something on a terminal or in a text layout instead of showing a glyph.
bool acts_instead_of_showing(std::uint32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) ||  // C0, DEL, C1
           (c >= 0x200B && c <= 0x200F) ||                       // zero width, LRM, RLM
           (c >= 0x2028 && c <= 0x202E) ||                       // separators, embeddings
           (c >= 0x2066 && c <= 0x2069) ||                       // isolates
           c == 0xFEFF;                                          // zero-width no-break space
}

std::string hex_escape(const char* format, unsigned value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return 0;
    const auto lead = static_cast<unsigned char>(text[pos]);
    std::size_t length = 0;
    // The smallest and largest second byte allowed: this rules out overlong forms (E0 80..9F,
    // F0 80..8F), surrogates (ED A0..BF) and values past U+10FFFF (F4 90..BF).
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) second_min = 0xA0;
        if (lead == 0xED) second_max = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) second_min = 0x90;
        if (lead == 0xF4) second_max = 0x8F;
    } else {
        return 0;  // a continuation byte, C0/C1 (always overlong) or F5..FF (never used)
    }
    if (pos + length > text.size()) return 0;
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (second < second_min || second > second_max) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (!is_continuation(static_cast<unsigned char>(text[pos + k]))) return 0;
    }
    return length;
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = utf8_sequence_length(text, pos);
        if (length == 0) return false;
        pos += length;
    }
    return true;
}

std::size_t character_count(std::string_view text, std::size_t bytes) {
    const std::size_t end = std::min(bytes, text.size());
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < end; ++n)
        pos += std::max<std::size_t>(utf8_sequence_length(text, pos), 1);
    return n;
}

std::string escape_of(std::string_view text, std::size_t pos, std::size_t length) {
    // A byte that starts no well-formed sequence is shown alone; what follows it is judged on
    // its own.
    if (length == 0) return hex_escape("\\x%02x", static_cast<unsigned char>(text[pos]));
    const std::uint32_t c = decode(text, pos, length);
    if (!acts_instead_of_showing(c)) return {};
    return c < 0x80 ? hex_escape("\\x%02x", c) : hex_escape("\\u%04x", c);
}

std::string printable(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t length = utf8_sequence_length(text, pos);
        if (keep_newlines && text[pos] == '\n') {
            out += '\n';
        } else if (const std::string escape = escape_of(text, pos, length); !escape.empty()) {
            out += escape;
        } else {
            out.append(text, pos, length);
        }
        pos += length == 0 ? 1 : length;
    }
    return out;
}

}  // namespace gd
