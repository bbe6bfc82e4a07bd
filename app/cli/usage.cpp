#include "cli/commands.hpp"
#include "cli/optimizer_options.hpp"
#include "gd/descent.hpp"
#include "gd/number_format.hpp"
#include "scene/window_limits.hpp"

namespace gdlab {

namespace {

// The scene options' help; the optimizer's lines come from its table of hyper-parameters.
std::string scene_help() {
    return std::string(
               "scene options (each takes one value; the default scene is the preset 'bowl'):\n"
               "  --scene FILE.gdlab      a saved scene; the options below change it (the run\n"
               "                          options change its selected run)\n"
               "  --preset NAME           a named objective with its view, start and learning "
               "rate\n"
               "                          (gdlab presets lists them)\n"
               "  --expr F                an objective typed in x and y, e.g. \"x^2 + 10*y^2\"\n"
               "  --start X,Y             start point\n") +
           "  --iters N               most updates to apply (0 to " +
           std::to_string(gd::kMaxIterations) +
           "; the window and\n"
           "                          export take 1 to " +
           std::to_string(kWindowMaxIterations) +
           ")\n"
           "  --tol T                 stop before a step whose components are all <= T (0: "
           "never)\n"
           "  --gradient exact|numeric  symbolic gradient, or central differences\n"
           "  --h H                   central-difference step with --gradient numeric (" +
           gd::format_number(gd::GradientSettings{}.h) + ")\n" + optimizer_help() +
           "  --xrange A,B            view in x\n"
           "  --yrange C,D            view in y\n";
}

}  // namespace

std::string usage(const Command& command, std::span<const Command> commands) {
    const std::string scene = command.scene ? std::string("\n") + scene_help() : "";
    if (!command.name.empty()) return command.synopsis + command.description + scene;
    std::string list;
    for (const Command& c : commands) {
        if (c.name.empty()) continue;
        list += "  " + c.name + std::string(c.name.size() < 11 ? 11 - c.name.size() : 1, ' ') +
                c.summary + "\n";
    }
    return "Gradient Descent Lab: watch gradient descent on f(x, y).\n\n" + command.synopsis +
           "       gdlab <command> [options]\n\n" + command.description + "\ncommands:\n" + list +
           "\nThe commands run without a display. gdlab <command> --help describes a command;\n"
           "gdlab --version prints the version.\n" +
           scene;
}

}  // namespace gdlab
