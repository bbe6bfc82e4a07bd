// gdlab: Gradient Descent Lab. With a command it runs headless; otherwise it opens the window on
// the scene the options describe. The commands are listed once, in the table below: it routes,
// and gdlab --help and the message for an unknown command are made from it.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "gui/export/export_command.hpp"
#include "gui/window/gui_main.hpp"

namespace {

using gdlab::Command;

const Command kCommands[] = {
    {.name = "",  // the window: gdlab with no command
     .synopsis = "usage: gdlab [FILE.gdlab] [scene options | --demo N] [--theme light|dark]\n"
                 "             [--presentation] [--screenshot FILE.png [--size WxH] [--step K]]\n"
                 "       gdlab FILE.gdlab-lecture [--theme light|dark] [--presentation]\n",
     .description =
         "Without a command gdlab opens the window on the scene (the last one shown when\n"
         "no scene option is given). FILE.gdlab opens a saved scene file (as --scene\n"
         "FILE; File > Save writes back to it). --screenshot renders the window at the\n"
         "end of the animation (at step K with --step, or at the step the file was saved\n"
         "at) to a PNG instead, and needs no display; --size gives the window's size, from\n"
         "640x480 to 7680x4320 (1280x800 when not given). --demo N opens teaching scene N\n"
         "of the Demos menu (1 to 11). --theme sets the window's theme and --presentation\n"
         "starts in presentation mode (full screen, large; F5 or Esc leaves it).\n"
         "FILE.gdlab-lecture (or --lecture FILE) opens a lecture on its first scene;\n"
         "PageDown and PageUp go through its scenes.\n",
     .scene = true,
     .options = {"--screenshot", "--size", "--step", "--theme", "--demo", "--lecture"},
     .flags = {"--presentation"},
     .positional = "--scene",
     .positional_ending = ".gdlab",
     .run = gdlab::run_gui},
    {.name = "trace",
     .summary = "run gradient descent and print the path",
     .synopsis = "usage: gdlab trace [scene options] [--format table|csv|json] [--every K]\n",
     .description = "Runs gradient descent and prints every K-th point (and the last) with f and\n"
                    "the gradient, then why it stopped.\n",
     .scene = true,
     .options = {"--format", "--every"},
     .run = gdlab::headless<gdlab::trace_command>},
    {.name = "eval",
     .summary = "value, gradient and Hessian of f at a point",
     .synopsis = "usage: gdlab eval (--expr F | --preset NAME) --at X,Y [--gradient exact|numeric]"
                 " [--h H]\n",
     .description =
         "Prints f, its gradient, its exact Hessian and the gradient's formula at a point\n"
         "as JSON (the Hessian is null where it would be too large to derive).\n",
     .options = {"--expr", "--preset", "--at", "--gradient", "--h"},
     .run = gdlab::headless<gdlab::eval_command>},
    {.name = "contour",
     .summary = "contour lines of f over a view",
     .synopsis = "usage: gdlab contour [scene options] [--grid N] [--levels A,B,...|--nlevels K]\n"
                 "                     [--format json|csv]\n",
     .description =
         "Samples f on an N x N grid over the view (default 101) and prints its contour\n"
         "lines; levels are chosen automatically (at most K of them, default 20)\n"
         "unless given. N is at most 4096 and K, or the number of levels given, at\n"
         "most 1000.\n",
     .scene = true,
     .options = {"--grid", "--levels", "--nlevels", "--format"},
     .run = gdlab::headless<gdlab::contour_command>},
    {.name = "presets",
     .summary = "the named objectives",
     .synopsis = "usage: gdlab presets [--format table|json]\n",
     .description =
         "Lists the named objectives with their view, start, learning rate and minima.\n",
     .options = {"--format"},
     .run = gdlab::headless<gdlab::presets_command>},
    {.name = "export",
     .summary = "the plot as PNG, SVG, PDF or an animated GIF",
     .synopsis = "usage: gdlab export [scene options | --demo N] --out FILE [--size WxH]\n"
                 "                    [--scale S] [--step K] [--theme light|dark] [--caption]\n"
                 "                    [--title] [--gradient-field]\n"
                 "                    [--every K] [--fps N] [--hold SECONDS] [--no-loop]\n"
                 "       gdlab export --lecture FILE --out DIR [--format png|svg|pdf] [--gif]\n"
                 "                    [the options above but scene options and --demo]\n"
                 "       gdlab export --lecture FILE --out HANDOUT.pdf [--paper a4|letter]\n"
                 "                    [--size WxH] ...\n",
     .description =
         "Renders the plot the window shows (all runs, legend, the line above the plot)\n"
         "with no display. FILE's ending picks the format:\n"
         "  .png   a picture of --size pixels (default 1200x800; 100 to 10000 a side)\n"
         "         times --scale (0.25 to 8; 2 gives a crisp picture for a 4K slide), at\n"
         "         most 100 megapixels\n"
         "  .svg   vector lines and text, the heatmap an embedded image\n"
         "  .pdf   the same as one page of --size pixels at 96 per inch (1200x800:\n"
         "         900 x 600 points); SVG and PDF are at most 2000 pixels a side\n"
         "  .gif   an animation (default 800x600) with a frame every K steps (enough\n"
         "         for 200 frames), N frames per second (10, at most 50), the final\n"
         "         frame held SECONDS (2); it loops unless --no-loop\n"
         "--step K shows step K (default: the end; for a GIF, its last frame).\n"
         "--caption adds a line naming the objective and the settings, --title the\n"
         "scene's title and note above the plot, --gradient-field arrows of -grad f\n"
         "over it. Text is at least 2.5% of the picture's height. --theme picks light\n"
         "(default, for projectors) or dark. --demo N exports demo N (1 to 11).\n"
         "An existing FILE is replaced only once the new one is complete.\n"
         "--lecture FILE exports every scene of a lecture (.gdlab-lecture): into the\n"
         "folder DIR (made if missing) as DIR/01-<title>.png, 02-..., for a slide deck\n"
         "(--format svg or pdf for vector pictures; --gif adds each scene's animation\n"
         "beside its picture); or, when --out ends in .pdf, as one handout: an A4 or US\n"
         "Letter page per scene (--paper; the system's by default), its title and note\n"
         "above the picture, which has the proportions of --size. A scene's own theme is\n"
         "used unless --theme is given.\n",
     .scene = true,
     .options = {"--out", "--size", "--scale", "--step", "--theme", "--every", "--fps", "--hold",
                 "--demo", "--lecture", "--format", "--paper"},
     .flags = {"--caption", "--title", "--gradient-field", "--no-loop", "--gif"},
     .run = gdlab::run_export},
};

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return gdlab::run_gdlab(kCommands, {argv + 1, argv + argc}, {argc, argv, std::cout, std::cerr});
}
