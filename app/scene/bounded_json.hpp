// Reading the JSON of a scene or lecture file that may be hostile: in time linear in its size,
// in memory bounded by kMaxJsonValues, nested at most kMaxJsonDepth deep, every field given once.
// nlohmann's own parser with a callback (how the depth was bounded before) scans an object's
// fields again each time one of its values ends, and its ordered objects look up every key they
// insert: a 1 MiB file of {} or of 80,000 fields took 14 to 44 seconds.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace gdlab {

inline constexpr int kMaxJsonDepth = 16;  // a lecture of inline scenes nests 5 deep
// Values (numbers, texts, lists, objects) in one file: a scene of eight runs has about 150, a
// lecture of 100 such scenes 15,000. The bound keeps what a file can cost to about 10 MB.
inline constexpr std::size_t kMaxJsonValues = 100'000;

// The JSON of `text`; throws SceneFileError naming `source`, and the field where it can: a
// syntax error (its line and column), a file larger than `max_bytes`, an empty file, a zero
// byte, nesting deeper than kMaxJsonDepth, more values than kMaxJsonValues, a field given twice.
[[nodiscard]] nlohmann::ordered_json parse_bounded_json(std::string_view text,
                                                        const std::string& source,
                                                        std::size_t max_bytes);

// A field's name as a message quotes it: at most kShownNameBytes bytes, then "…".
inline constexpr std::size_t kShownNameBytes = 40;
[[nodiscard]] std::string shown_name(std::string_view name);

}  // namespace gdlab
