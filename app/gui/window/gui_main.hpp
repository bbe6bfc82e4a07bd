// gdlab without a command: the window, on the scene the options describe.
#pragma once

#include "cli/commands.hpp"

namespace gdlab {

// The window's row of the table of commands (app/main.cpp): the scene options, --screenshot,
// --theme, --demo and --presentation. Returns the exit status; bad options throw UsageError.
int run_gui(const Arguments& args, const Invocation& io);

}  // namespace gdlab
