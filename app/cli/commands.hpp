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

// Each subcommand reads its options (the words after its name) and writes to `out`; bad input
// throws UsageError.
void trace_command(const std::vector<std::string>& words, std::ostream& out);
void eval_command(const std::vector<std::string>& words, std::ostream& out);
void contour_command(const std::vector<std::string>& words, std::ostream& out);
void presets_command(const std::vector<std::string>& words, std::ostream& out);

// Usage of one command, or of all of them for "".
[[nodiscard]] std::string usage(const std::string& command);

}  // namespace gdlab
