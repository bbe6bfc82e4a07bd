// Hyper-parameters several step rules share, described once.
#pragma once

#include "gd/hyper_parameter.hpp"

namespace gd::parameters {

// The first-order methods' step size. The window from 1e-5: Goldstein-Price takes 5e-5.
inline constexpr HyperParameter kLearningRate{.name = "lr",
                                              .label = "learning rate",
                                              .symbol = "lr",
                                              .default_value = 0.1,
                                              .valid = {0.0, kUnbounded, true, false},
                                              .window = {1e-5, 10.0, false, false},
                                              .log_scale = true,
                                              .meaning = "how far each step moves",
                                              .preset_default = true};

inline constexpr HyperParameter kMomentum{.name = "momentum",
                                          .label = "momentum",
                                          .symbol = "β",
                                          .default_value = 0.9,
                                          .valid = {0.0, 1.0, false, true},
                                          .window = {0.0, 0.999, false, false},
                                          .meaning = "the share of the velocity kept each step"};

// ε keeps the division finite where the accumulated squares are 0; AdaGrad's default is
// smaller than the others' (PyTorch's defaults).
inline constexpr HyperParameter epsilon(double default_value) {
    return {.name = "eps",
            .label = "epsilon",
            .symbol = "ε",
            .default_value = default_value,
            .valid = {0.0, kUnbounded, true, false},
            .window = {1e-12, 1.0, false, false},
            .log_scale = true,
            .meaning = "added to √s so that a step never divides by 0"};
}

inline constexpr HyperParameter kBeta1{.name = "beta1",
                                       .label = "first-moment decay",
                                       .symbol = "β1",
                                       .default_value = 0.9,
                                       .valid = {0.0, 1.0, false, true},
                                       .window = {0.0, 0.999, false, false},
                                       .meaning = "how slowly the mean of the gradients forgets"};

inline constexpr HyperParameter kBeta2{
    .name = "beta2",
    .label = "second-moment decay",
    .symbol = "β2",
    .default_value = 0.999,
    .valid = {0.0, 1.0, false, true},
    .window = {0.0, 0.99999, false, false},
    .meaning = "how slowly the mean of the squared gradients forgets"};

}  // namespace gd::parameters
