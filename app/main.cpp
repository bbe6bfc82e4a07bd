// gdlab: Gradient Descent Lab. Headless subcommands for now; the window joins in a later build.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> words(argv + 1, argv + argc);
    return gdlab::run_command_line(words, std::cout, std::cerr);
}
