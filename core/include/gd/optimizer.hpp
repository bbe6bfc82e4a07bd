// The step rules a run can take. Each is a small value type in gd/methods/ holding its
// hyper-parameters (published once as a table, see gd/hyper_parameter.hpp), with a State made
// fresh for every run (velocity, accumulated squares, moments) whose `step` computes update k,
// and an `explain` that takes an update apart for the window.
//
// Adding a step rule: one header in gd/methods/, its name in the `Optimizer` variant below, and
// its tests. The command-line options, --help, JSON, the legend, the window's picker and
// fields, its drawings and explanation and the saved settings follow from the variant.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "gd/hyper_parameter.hpp"
#include "gd/methods/adagrad.hpp"
#include "gd/methods/adam.hpp"
#include "gd/methods/adamw.hpp"
#include "gd/methods/gradient_descent.hpp"
#include "gd/methods/momentum.hpp"
#include "gd/methods/nesterov.hpp"
#include "gd/methods/newton.hpp"
#include "gd/methods/rmsprop.hpp"

namespace gd {

// The one table of step rules, in the order help and pickers list them.
using Optimizer =
    std::variant<GradientDescent, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW, Newton>;

// The optimizer a run takes when none is named.
inline constexpr std::string_view kDefaultOptimizer = GradientDescent::name;

[[nodiscard]] std::string_view optimizer_name(const Optimizer& o);
// "gradient descent": for sentences and the window's picker.
[[nodiscard]] std::string_view optimizer_title(const Optimizer& o);
// The update rule in one line, for tooltips and help.
[[nodiscard]] std::string_view optimizer_formula(const Optimizer& o);
// The names make_optimizer accepts, in the order help and pickers list them.
[[nodiscard]] std::vector<std::string_view> optimizer_names();
// The optimizer of that name with every hyper-parameter at its default; nothing for an
// unknown name.
[[nodiscard]] std::optional<Optimizer> make_optimizer(std::string_view name);

[[nodiscard]] std::span<const HyperParameter> hyper_parameters(const Optimizer& o);
// The table of the optimizer of that name (empty for an unknown name).
[[nodiscard]] std::span<const HyperParameter> hyper_parameters(std::string_view optimizer);
// Every hyper-parameter name any optimizer has, each once, in table order.
[[nodiscard]] std::vector<std::string_view> all_hyper_parameter_names();
// The value of the hyper-parameter `name`; nothing when `o` has none of that name.
[[nodiscard]] std::optional<double> hyper_parameter(const Optimizer& o, std::string_view name);
// Sets it; false (and nothing changes) when `o` has none of that name. Not checked: see
// check_optimizer.
bool set_hyper_parameter(Optimizer& o, std::string_view name, double value);
// The step size every optimizer has (Newton's damping).
[[nodiscard]] double learning_rate(const Optimizer& o);
// Whether the optimizer needs the Hessian (and so an objective that has one).
[[nodiscard]] bool uses_hessian(const Optimizer& o);
// The names of the state vectors a run of `o` carries ("v"; "m", "s"), empty for none.
[[nodiscard]] std::span<const std::string_view> state_names(const Optimizer& o);

// The first hyper-parameter outside its valid range, or nothing when all are valid.
[[nodiscard]] std::optional<HyperParameterProblem> check_optimizer(const Optimizer& o);

}  // namespace gd
