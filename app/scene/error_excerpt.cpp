#include "scene/error_excerpt.hpp"

#include <algorithm>
#include <vector>

#include "gd/text.hpp"

namespace gdlab {

namespace {

// One character as shown: itself, or its escape.
struct Shown {
    std::string_view original;
    std::string escape;
    [[nodiscard]] std::size_t width() const { return escape.empty() ? 1 : escape.size(); }
};

constexpr std::string_view kEllipsis = "…";

}  // namespace

Excerpt excerpt(std::string_view text, std::size_t offset, std::size_t length, std::size_t width) {
    // Where each character starts, so that a window can be cut anywhere (the text may be far
    // longer than any expression allowed: the error may be exactly that).
    std::vector<std::size_t> starts;
    for (std::size_t pos = 0; pos < text.size();) {
        starts.push_back(pos);
        pos += std::max<std::size_t>(gd::utf8_sequence_length(text, pos), 1);
    }
    const std::size_t count = starts.size();
    auto shown = [&](std::size_t k) {
        const std::size_t end = k + 1 < count ? starts[k + 1] : text.size();
        const std::size_t bytes = end - starts[k];
        const std::size_t valid = gd::utf8_sequence_length(text, starts[k]);
        return Shown{text.substr(starts[k], bytes), gd::escape_of(text, starts[k], valid)};
    };
    offset = std::min(offset, count);
    const std::size_t fault_end = std::min(offset + std::max<std::size_t>(length, 1), count);

    // A third of the line before the fault, the rest after it; what one side cannot use goes to
    // the other.
    std::size_t from = offset;
    std::size_t used = 0;
    while (from > 0 && used + shown(from - 1).width() <= width / 3)
        used += shown(--from).width();
    std::size_t to = offset;
    while (to < count && used + shown(to).width() <= width)
        used += shown(to++).width();
    while (from > 0 && used + shown(from - 1).width() <= width)
        used += shown(--from).width();

    Excerpt e;
    if (from > 0) e.text += kEllipsis;
    std::size_t column = from > 0 ? 1 : 0;
    for (std::size_t k = from; k < to; ++k) {
        const Shown s = shown(k);
        if (k == offset) e.caret = column;
        e.text += s.escape.empty() ? std::string(s.original) : s.escape;
        column += s.width();
    }
    if (offset >= to) e.caret = column;  // the fault is at the very end
    if (to < count) e.text += kEllipsis;
    std::size_t underline = 0;
    for (std::size_t k = offset; k < std::min(fault_end, to); ++k)
        underline += shown(k).width();
    e.underline = std::max<std::size_t>(underline, 1);
    return e;
}

}  // namespace gdlab
