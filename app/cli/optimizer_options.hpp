// The command-line face of the optimizers: --optimizer and one option per hyper-parameter,
// their help lines and their JSON, all generated from the tables in gd/optimizer.hpp.
#pragma once

#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "gd/optimizer.hpp"

namespace gdlab {

class JsonWriter;

// "--optimizer" and "--lr", ... : every hyper-parameter option of every optimizer.
[[nodiscard]] std::vector<std::string> optimizer_options();

// The optimizer the options name (gd when none), with `default_lr` as its learning rate unless
// --lr gives one. Throws UsageError naming the option at fault: an unknown optimizer, a
// hyper-parameter the chosen optimizer lacks, a value outside its valid range.
[[nodiscard]] gd::Optimizer parse_optimizer(const Arguments& args, double default_lr);

// The help lines for --optimizer and the hyper-parameters, aligned as the other scene options.
[[nodiscard]] std::string optimizer_help();

// {"name": "gd", "lr": 0.1, ...}: the optimizer's name and every hyper-parameter by name.
void write_optimizer(JsonWriter& json, const gd::Optimizer& optimizer);

// "optimizer: gd, lr = 0.1"
[[nodiscard]] std::string optimizer_summary(const gd::Optimizer& optimizer);

}  // namespace gdlab
