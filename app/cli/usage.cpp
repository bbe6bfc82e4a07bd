#include "cli/commands.hpp"
#include "cli/optimizer_options.hpp"
#include "cli/window_limits.hpp"
#include "gd/descent.hpp"
#include "gd/number_format.hpp"

namespace gdlab {

namespace {

// The scene options' help; the optimizer's lines come from its table of hyper-parameters.
std::string scene_help() {
    return std::string(
               "scene options (each takes one value; the default scene is the preset 'bowl'):\n"
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

std::string usage(const std::string& command) {
    if (command == "trace") {
        return std::string(
                   "usage: gdlab trace [scene options] [--format table|csv|json] [--every K]\n"
                   "Runs gradient descent and prints every K-th point (and the last) with f and\n"
                   "the gradient, then why it stopped.\n\n") +
               scene_help();
    }
    if (command == "eval") {
        return "usage: gdlab eval (--expr F | --preset NAME) --at X,Y [--gradient exact|numeric]"
               " [--h H]\n"
               "Prints f, its gradient, its exact Hessian and the gradient's formula at a point\n"
               "as JSON (the Hessian is null where it would be too large to derive).\n";
    }
    if (command == "contour") {
        return std::string(
                   "usage: gdlab contour [scene options] [--grid N] [--levels A,B,...|--nlevels K]"
                   "\n                     [--format json|csv]\n"
                   "Samples f on an N x N grid over the view (default 101) and prints its contour\n"
                   "lines; levels are chosen automatically (at most K of them, default 20)\n"
                   "unless given. N is at most 4096 and K, or the number of levels given, at\n"
                   "most 1000.\n\n") +
               scene_help();
    }
    if (command == "export") {
        return std::string(
                   "usage: gdlab export [scene options | --demo N] --out FILE [--size WxH]\n"
                   "                    [--scale S] [--step K] [--theme light|dark] [--caption]\n"
                   "                    [--every K] [--fps N] [--hold SECONDS] [--no-loop]\n"
                   "Renders the plot the window shows (all runs, legend, the line above the plot)\n"
                   "with no display. FILE's ending picks the format:\n"
                   "  .png   a picture of --size pixels (default 1200x800; 100 to 10000 a side)\n"
                   "         times --scale (0.25 to 8; 2 gives a crisp picture for a 4K slide), "
                   "at\n"
                   "         most 100 megapixels\n"
                   "  .svg   vector lines and text, the heatmap an embedded image\n"
                   "  .pdf   the same as one page of --size pixels at 96 per inch (1200x800:\n"
                   "         900 x 600 points); SVG and PDF are at most 2000 pixels a side\n"
                   "  .gif   an animation (default 800x600) with a frame every K steps (1), N\n"
                   "         frames per second (10, at most 50), the final frame held SECONDS\n"
                   "         (2); it loops unless --no-loop\n"
                   "--step K shows step K (default: the end; for a GIF, its last frame).\n"
                   "--caption adds a line naming the objective and the settings. --theme picks\n"
                   "light (default, for projectors) or dark. --demo N exports demo scene N (1 to "
                   "6).\n"
                   "An existing FILE is replaced only once the new one is complete.\n\n") +
               scene_help();
    }
    if (command == "presets") {
        return "usage: gdlab presets [--format table|json]\n"
               "Lists the named objectives with their view, start, learning rate and minima.\n";
    }
    return std::string(
               "Gradient Descent Lab: watch gradient descent on f(x, y).\n\n"
               "usage: gdlab [scene options | --demo N] [--theme light|dark] [--presentation]\n"
               "             [--screenshot FILE.png]\n"
               "       gdlab <command> [options]\n\n"
               "Without a command gdlab opens the window on the scene (the last one shown when\n"
               "no scene option is given). --screenshot renders the window at the end of the\n"
               "animation to a PNG instead, and needs no display. --demo N opens teaching scene\n"
               "N of the Demos menu (1 to 6). --theme sets the window's theme and\n"
               "--presentation starts in presentation mode (full screen, large; F5 or Esc\n"
               "leaves it).\n\n"
               "commands:\n"
               "  trace      run gradient descent and print the path\n"
               "  eval       value, gradient and Hessian of f at a point\n"
               "  contour    contour lines of f over a view\n"
               "  presets    the named objectives\n"
               "  export     the plot as PNG, SVG, PDF or an animated GIF\n\n"
               "The commands run without a display. gdlab <command> --help describes a "
               "command.\n\n") +
           scene_help();
}

}  // namespace gdlab
