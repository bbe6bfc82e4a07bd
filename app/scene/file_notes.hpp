// What reading a scene or lecture file noticed without refusing it (fields this version does not
// know, a newer version), as the terminal shows it: one line each, control characters escaped (a
// file's field named "\u001b[2J" must not clear the screen), at most kMaxNotesShown lines.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace gdlab {

// On the terminal and in the window's notes box alike.
inline constexpr std::size_t kMaxNotesShown = 10;

// "gdlab trace: note: talk.gdlab: NOTE" per note, then "... and N more notes".
void print_notes(std::ostream& out, std::string_view command, std::string_view file,
                 const std::vector<std::string>& notes);

}  // namespace gdlab
