// The headless subcommands: gdlab trace | eval | contour | presets.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace gdlab {

// Runs `gdlab <words...>` and returns the exit status: 0, or 2 for bad input (the message goes
// to `err`).
[[nodiscard]] int run_command_line(const std::vector<std::string>& words, std::ostream& out,
                                   std::ostream& err);

// Each subcommand reads its options (the words after its name) and writes to `out`, and a
// remark on a result that is right but may surprise (no contour lines at all) to `note`; bad
// input throws UsageError.
void trace_command(const std::vector<std::string>& words, std::ostream& out, std::ostream& note);
void eval_command(const std::vector<std::string>& words, std::ostream& out, std::ostream& note);
void contour_command(const std::vector<std::string>& words, std::ostream& out, std::ostream& note);
void presets_command(const std::vector<std::string>& words, std::ostream& out, std::ostream& note);

// Usage of one command, or of all of them for "".
[[nodiscard]] std::string usage(const std::string& command);

}  // namespace gdlab
