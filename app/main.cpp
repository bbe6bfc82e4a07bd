// gdlab: Gradient Descent Lab. With a command (trace, eval, contour, presets, export) it runs
// headless; otherwise it opens the window on the scene the options describe.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "gui/export/export_command.hpp"
#include "gui/window/gui_main.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> words(argv + 1, argv + argc);
    const bool help = !words.empty() && (words[0] == "--help" || words[0] == "-h");
    if (!help && (words.empty() || words[0].rfind("--", 0) == 0)) {
        return gdlab::run_gui(argc, argv, words);
    }
    if (words[0] == "export") {
        return gdlab::run_export(argc, argv, {words.begin() + 1, words.end()});
    }
    return gdlab::run_command_line(words, std::cout, std::cerr);
}
