// The command-line face of the optimizers and the learning-rate schedules: --optimizer,
// --schedule and one option per hyper-parameter and their help lines, all generated from the tables
// in gd/optimizer.hpp and gd/schedule.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "gd/optimizer.hpp"
#include "gd/schedule.hpp"

namespace gdlab {

// "--optimizer", "--lr", "--momentum", ..., "--schedule", "--gamma", ...: every option of
// every optimizer and schedule.
[[nodiscard]] std::vector<std::string> optimizer_options();

// The optimizer the options name (gd when none). A preset's suggested learning rate
// `preset_lr` replaces the default where the optimizer's table says so, unless --lr gives one.
// Throws UsageError naming the option at fault: an unknown optimizer, a hyper-parameter the
// chosen optimizer lacks, a value outside its valid range. With a `base` (a scene file's run)
// and no --optimizer, the options change the base's hyper-parameters.
[[nodiscard]] gd::Optimizer parse_optimizer(const Arguments& args, double preset_lr,
                                            const std::optional<gd::Optimizer>& base = {});

// The schedule the options name (constant when none, or `base`); UsageError as
// parse_optimizer.
[[nodiscard]] gd::Schedule parse_schedule(const Arguments& args,
                                          const std::optional<gd::Schedule>& base = {});

// "  --lr LR                 learning rate (> 0; default 0.1)": one line of the scene options'
// help, the right column wrapped at 80 characters.
[[nodiscard]] std::string help_line(const std::string& left, const std::string& right);

// The help lines for --optimizer, --schedule and their parameters, aligned as the other scene
// options: each optimizer with its hyper-parameters and defaults.
[[nodiscard]] std::string optimizer_help();

}  // namespace gdlab
