// gdlab export: the picture or animation the window would export, rendered with no display.
#pragma once

#include "cli/commands.hpp"

namespace gdlab {

// Export's row of the table of commands (app/main.cpp): the scene options (or --demo) and
// export's own. Returns the exit status: 0 written, 1 the file could not be written or the
// scene not computed, 2 a bad option known only once the runs are (message on io.err); other
// bad options throw UsageError.
int run_export(const Arguments& args, const Invocation& io);

}  // namespace gdlab
