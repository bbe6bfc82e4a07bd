// gdlab without a command: the window, on the scene the options describe.
#pragma once

#include <string>
#include <vector>

namespace gdlab {

// words are the command-line words after "gdlab": scene options and --screenshot FILE. Returns
// the exit status (2 for bad options, with the message on stderr).
int run_gui(int argc, char** argv, const std::vector<std::string>& words);

}  // namespace gdlab
