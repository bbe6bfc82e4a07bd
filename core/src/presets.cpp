#include "gd/presets.hpp"

#include <numbers>

namespace gd {

namespace {

using V = Eigen::Vector2d;

std::vector<Preset> make_presets() {
    constexpr double pi = std::numbers::pi;
    return {
        {"bowl",
         "Bowl",
         "x^2 + y^2",
         {-5, 5, -5, 5},
         V(-3, 4),
         0.1,
         100,
         {{V(0, 0), 0.0}},
         "The bowl from (-3, 4): each step multiplies the "
         "distance to the minimum by 1 - 2*lr."},
        {"ill-conditioned",
         "Ill-conditioned bowl",
         "x^2 + 10*y^2",
         {-5, 5, -2.5, 2.5},
         V(-4.5, 1.8),
         0.09,
         100,
         {{V(0, 0), 0.0}},
         "Curved 10 times more across than along: a step safe across is tiny along, so the "
         "path zig-zags."},
        {"saddle",
         "Saddle",
         "x^2 - y^2",
         {-3, 3, -3, 3},
         V(-2.5, 0.05),
         0.1,
         30,
         {},
         "The gradient vanishes at the origin, but it is no minimum: descent slows there, then "
         "escapes along y."},
        {"rosenbrock",
         "Rosenbrock",
         "(1 - x)^2 + 100*(y - x^2)^2",
         {-2, 2, -1, 3},
         V(-1.2, 1),
         0.001,
         5000,
         {{V(1, 1), 0.0}},
         "A curved, flat-bottomed valley: reaching it is fast, following it to (1, 1) is slow."},
        {"himmelblau",
         "Himmelblau",
         "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
         {-5, 5, -5, 5},
         V(0, 0),
         0.01,
         200,
         {{V(3, 2), 0.0},
          {V(-2.805118086952745, 3.131312518250573), 0.0},
          {V(-3.779310253377747, -3.283185991286169), 0.0},
          {V(3.5844283403304917, -1.8481265269644034), 0.0}},
         "Four equal minima: which one descent finds depends only on where it starts."},
        {"beale",
         "Beale",
         "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
         {-4.5, 4.5, -4.5, 4.5},
         V(1, 1.5),
         0.001,
         2000,
         {{V(3, 0.5), 0.0}},
         "Steep walls and a flat floor: the gradient varies over many orders of magnitude."},
        {"booth",
         "Booth",
         "(x + 2*y - 7)^2 + (2*x + y - 5)^2",
         {-10, 10, -10, 10},
         V(-8, 8),
         0.05,
         100,
         {{V(1, 3), 0.0}},
         "A tilted quadratic bowl: straight to the minimum once the step follows the long axis."},
        {"matyas",
         "Matyas",
         "0.26*(x^2 + y^2) - 0.48*x*y",
         {-10, 10, -10, 10},
         V(8, 3),
         1.0,
         300,
         {{V(0, 0), 0.0}},
         "A shallow diagonal valley: curvature 1 across but 0.04 along, so progress crawls."},
        {"three-hump-camel",
         "Three-hump camel",
         "2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2",
         {-3, 3, -3, 3},
         V(-2.5, 2),
         0.02,
         300,
         {{V(0, 0), 0.0}},
         "Two side humps hold local minima; only starts near the middle reach the global one."},
        {"six-hump-camel",
         "Six-hump camel",
         "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2",
         {-2, 2, -1.2, 1.2},
         V(-1, 1),
         0.01,
         300,
         {{V(0.08984201310031807, -0.7126564030207396), -1.0316284534898774},
          {V(-0.08984201310031807, 0.7126564030207396), -1.0316284534898774}},
         "Six local minima, two of them global: the start decides which one you get."},
        {"goldstein-price",
         "Goldstein-Price",
         "(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))*"
         "(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))",
         {-2, 2, -3, 1},
         V(0.5, -1.5),
         0.00005,
         500,
         {{V(0, -1), 3.0}},
         "Values from 3 to a million: a learning rate safe on the walls is slow on the floor."},
        {"mccormick",
         "McCormick",
         "sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1",
         {-1.5, 4, -3, 4},
         V(-1, 3),
         0.05,
         200,
         {{V(0.5 - pi / 3, -0.5 - pi / 3), -std::numbers::sqrt3 / 2 - pi / 3}},
         "A sine ripple on a tilted trough: the minimum sits at (1/2 - pi/3, -1/2 - pi/3)."},
        {"rastrigin",
         "Rastrigin",
         "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
         {-5.12, 5.12, -5.12, 5.12},
         V(2.2, -3.1),
         0.002,
         300,
         {{V(0, 0), 0.0}},
         "An egg box of local minima: plain descent stops in the nearest cup."},
        {"ackley",
         "Ackley",
         "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20",
         {-5, 5, -5, 5},
         V(2.6, -1.7),
         0.01,
         300,
         {{V(0, 0), 0.0, false}},
         "A funnel covered in ripples; the global minimum is a sharp tip with no gradient."},
        {"styblinski-tang",
         "Styblinski-Tang",
         "0.5*(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)",
         {-5, 5, -5, 5},
         V(0.5, 4),
         0.01,
         200,
         {{V(-2.903534027771177, -2.903534027771177), -78.33233140754282}},
         "Four basins of different depth: descent finds the one it starts in, not the deepest."},
    };
}

}  // namespace

std::span<const Preset> presets() {
    static const std::vector<Preset> all = make_presets();
    return all;
}

const Preset* find_preset(std::string_view name) {
    for (const auto& p : presets()) {
        if (p.name == name) return &p;
    }
    return nullptr;
}

const Preset& default_preset() {
    return presets().front();
}

}  // namespace gd
