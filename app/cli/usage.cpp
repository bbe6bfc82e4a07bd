#include "cli/commands.hpp"
#include "cli/optimizer_options.hpp"
#include "gd/descent.hpp"
#include "gd/number_format.hpp"
#include "gd/run_setting.hpp"

namespace gdlab {

namespace {

// "a whole number between 0 and 10000000": what a range allows, for --help.
std::string allowed(const gd::HyperParameter& p) {
    const std::string range = gd::describe_range(p, p.valid);
    return range.substr(range.find(" must be ") + 9);
}

// The run settings' lines, from their table; --gradient comes before the settings that need it.
std::string run_settings_help() {
    std::string help;
    bool gradient_shown = false;
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (r.numeric_gradient_only && !gradient_shown) {
            help += help_line("--gradient exact|numeric",
                              "symbolic gradient, or central differences (default exact)");
            gradient_shown = true;
        }
        const gd::HyperParameter& p = r.describe;
        const std::string each = r.components > 1 ? "each coordinate " : "";
        std::string right = std::string(p.meaning) + " (" + each + allowed(p);
        right += p.preset_default
                     ? "; a preset suggests its own)"
                     : "; default " + gd::format_number(r.get(gd::DescentSettings{}, 0)) + ")";
        help += help_line(std::string(r.option) + " " + std::string(r.value_name), right);
        help += help_line("", "the window and export take " + gd::format_number(p.window.min) +
                                  " to " + gd::format_number(p.window.max));
    }
    return help;
}

// The scene options' help; the run settings' and the optimizers' lines come from their tables.
std::string scene_help() {
    return std::string(
               "scene options (each takes one value; the default scene is the preset 'bowl'):\n"
               "  --scene FILE.gdlab      a saved scene; the options below change it (the run\n"
               "                          options change its selected run)\n"
               "  --preset NAME           a named objective with its view, start and learning "
               "rate\n"
               "                          (gdlab presets lists them)\n"
               "  --expr F                an objective typed in x and y, e.g. \"x^2 + 10*y^2\"\n") +
           run_settings_help() + optimizer_help() +
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
