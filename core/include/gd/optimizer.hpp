// Step rules. Each optimizer is a small value type holding its hyper-parameters; whatever it
// must remember during a run (momentum, Adam's moments) lives in a State made fresh per run.
//
// Each optimizer publishes its hyper-parameters once, as a table of HyperParameter (name,
// default, valid range, meaning): the command-line options, --help, JSON, the legend, the
// window's fields and the saved settings are all generated from these tables, so adding an
// optimizer touches this file, optimizer.cpp's list of methods and its tests.
#pragma once

#include <Eigen/Core>
#include <array>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gd {

// No upper bound.
inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();

// A closed interval, or open at its lower end: a learning rate must be > 0, not >= 0.
struct ValueRange {
    double min = 0.0;
    double max = 0.0;
    bool min_open = false;

    [[nodiscard]] constexpr bool contains(double v) const {
        // False for NaN and for ±infinity, whatever the bounds.
        return (min_open ? v > min : v >= min) && v <= max && v != kUnbounded && v != -kUnbounded;
    }
};

struct HyperParameter {
    std::string_view name;    // the option (--lr), JSON key and saved-settings key: "lr"
    std::string_view label;   // in sentences: "learning rate"
    std::string_view symbol;  // in formulas and the legend: "lr", "β"
    double default_value = 0.0;
    ValueRange valid;  // what a run accepts
    // What the window's field spans (within `valid`): a learning rate of 1e6 is valid but is
    // no lesson, and a slider over it would leave no room for 0.01 ... 1.
    ValueRange window;
    bool log_scale = false;    // a slider over it is logarithmic
    std::string_view meaning;  // one line, for --help and tooltips
};

// Plain gradient descent: x_{k+1} = x_k - lr * grad f(x_k).
struct GradientDescent {
    static constexpr std::string_view name = "gd";
    static constexpr std::string_view title = "gradient descent";
    static constexpr std::string_view formula = "x ← x − lr·∇f(x)";
    static constexpr std::array<HyperParameter, 1> parameters{{
        {"lr",
         "learning rate",
         "lr",
         0.1,
         {0.0, kUnbounded, true},
         {1e-5, 10.0, false},
         true,
         "how far each step moves along −∇f"},  // the window from 1e-5: Goldstein-Price takes 5e-5
    }};

    double learning_rate = parameters[0].default_value;

    bool operator==(const GradientDescent&) const = default;

    // The values in the order of `parameters`.
    [[nodiscard]] std::array<double, 1> values() const { return {learning_rate}; }
    void set_values(const std::array<double, 1>& v) { learning_rate = v[0]; }

    struct State {
        [[nodiscard]] Eigen::Vector2d step(const GradientDescent& o,
                                           const Eigen::Vector2d& gradient) const {
            return -o.learning_rate * gradient;
        }
    };
};

// Further methods (momentum, Nesterov, AdaGrad, RMSProp, Adam) join this variant.
using Optimizer = std::variant<GradientDescent>;

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
// The entry named `name` in a table, or null: the one lookup by name.
[[nodiscard]] const HyperParameter* find_hyper_parameter(std::span<const HyperParameter> table,
                                                         std::string_view name);
// Every hyper-parameter name any optimizer has, each once, in table order.
[[nodiscard]] std::vector<std::string_view> all_hyper_parameter_names();
// The value of the hyper-parameter `name`; nothing when `o` has none of that name.
[[nodiscard]] std::optional<double> hyper_parameter(const Optimizer& o, std::string_view name);
// Sets it; false (and nothing changes) when `o` has none of that name. Not checked: see
// check_optimizer.
bool set_hyper_parameter(Optimizer& o, std::string_view name, double value);
// The step size every optimizer has.
[[nodiscard]] double learning_rate(const Optimizer& o);

struct HyperParameterProblem {
    std::string_view name;  // the hyper-parameter at fault
    std::string message;    // "the learning rate must be a positive number"
};

// The first hyper-parameter outside its valid range, or nothing when all are valid.
[[nodiscard]] std::optional<HyperParameterProblem> check_optimizer(const Optimizer& o);
// "the learning rate must be a positive number": a range in words, naming the parameter.
[[nodiscard]] std::string describe_range(const HyperParameter& p, const ValueRange& range);

}  // namespace gd
