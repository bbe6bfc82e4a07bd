#include "gd/closest_name.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace gd {

namespace {

// Edits between a and b, where a swap of two neighbouring letters ("sni" for "sin", the
// commonest typo) counts as one edit, like an insertion, deletion or substitution (the optimal
// string alignment distance).
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = b.size() + 1;
    std::vector<std::size_t> before(n), previous(n), row(n);
    for (std::size_t j = 0; j < n; ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (std::size_t j = 1; j < n; ++j) {
            row[j] = std::min(
                {previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                row[j] = std::min(row[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return previous[b.size()];
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string closest_name(std::string_view word, std::span<const std::string_view> candidates) {
    const std::string folded = lower(word);
    for (auto candidate : candidates) {
        if (folded == lower(candidate)) return std::string(candidate);  // only the case differs
    }
    const std::size_t allowed = word.size() <= 4 ? 1 : 2;
    std::string best;
    std::size_t best_distance = allowed + 1;
    for (auto candidate : candidates) {
        if (candidate.size() < 2) continue;  // "z" -> "x" would be a guess, not a correction
        const std::size_t d = edit_distance(folded, lower(candidate));
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

}  // namespace gd
