// What a command of gdlab is, and the router that runs one: the table of commands itself is in
// app/main.cpp, where the headless commands here and the window and `gdlab export` of the gui
// library are all in view.
#pragma once

#include <ostream>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "cli/arguments.hpp"

namespace gdlab {

// What main received; the window and `gdlab export` hand argc and argv to Qt.
struct Invocation {
    int argc = 0;
    char** argv = nullptr;
    std::ostream& out;
    std::ostream& err;
};

// Runs a command on its options, already read, and returns the exit status; bad input throws
// UsageError (gdlab prints its message and exits 2).
using Handler = int (*)(const Arguments& args, const Invocation& io);

// One row of the table of commands.
struct Command {
    std::string name;          // the word after "gdlab"; "" for the window (no command)
    std::string summary = {};  // its line in gdlab --help
    // gdlab NAME --help: the usage line(s), then what it does; the scene options' help follows
    // for a command that takes them.
    std::string synopsis;
    std::string description;
    bool scene = false;                  // takes the scene options (scene_options())
    std::set<std::string> options = {};  // its own options, each taking one value
    std::set<std::string> flags = {};    // its own options that take no value
    std::string positional = {};         // the option a lone word stands for (OptionSet),
    std::string positional_ending = {};  // when it ends so
    Handler run = nullptr;
};

// Runs `gdlab <words...>`: the window (the row named "") with no words or when the first is an
// option or a scene file (a word ending in .gdlab), else the command the first word names. --help
// (or -h) among the words prints the command's usage instead, and as the first word (or "help")
// gdlab's; --version as the first word prints "gdlab 0.1.0" (the project's version). Returns the
// exit status: 0, 2 for bad input (the message goes to io.err), or what the command returns.
[[nodiscard]] int run_gdlab(std::span<const Command> commands,
                            const std::vector<std::string>& words, const Invocation& io);

// gdlab NAME --help for one command; for the window, gdlab --help, which lists every command.
[[nodiscard]] std::string usage(const Command& command, std::span<const Command> commands);

// The headless subcommands: each reads its options and writes to `out`, and a remark on a
// result that is right but may surprise (no contour lines at all) to `note`; bad input throws
// UsageError. headless<trace_command> is one as a Handler.
void trace_command(const Arguments& args, std::ostream& out, std::ostream& note);
void eval_command(const Arguments& args, std::ostream& out, std::ostream& note);
void contour_command(const Arguments& args, std::ostream& out, std::ostream& note);
void presets_command(const Arguments& args, std::ostream& out, std::ostream& note);

template <void (*command)(const Arguments&, std::ostream&, std::ostream&)>
int headless(const Arguments& args, const Invocation& io) {
    command(args, io.out, io.err);
    return 0;
}

}  // namespace gdlab
