#include "scene/file_notes.hpp"

#include "gd/text.hpp"

namespace gdlab {

void print_notes(std::ostream& out, std::string_view command, std::string_view file,
                 const std::vector<std::string>& notes) {
    const std::string prefix = std::string(command) + ": note: " + gd::printable(file) + ": ";
    for (std::size_t i = 0; i < notes.size() && i < kMaxNotesShown; ++i)
        out << prefix << gd::printable(notes[i]) << "\n";
    if (notes.size() > kMaxNotesShown) {
        out << prefix << "... and " << notes.size() - kMaxNotesShown << " more notes\n";
    }
}

}  // namespace gdlab
