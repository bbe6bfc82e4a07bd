// gdlab export: the picture or animation the window would export, rendered with no display.
#pragma once

#include <string>
#include <vector>

namespace gdlab {

// words are the words after "gdlab export". Returns the exit status: 0 written, 1 the file
// could not be written or the scene not computed, 2 bad options (message on stderr).
int run_export(int argc, char** argv, const std::vector<std::string>& words);

}  // namespace gdlab
