// A tunable number of a step rule or a learning-rate schedule, described once: the command-line
// option, --help, JSON, the legend, the window's fields and the saved settings are all generated
// from these descriptions.
//
// A type that has hyper-parameters publishes them as `static constexpr std::array<HyperParameter,
// N> parameters` with `static constexpr std::array<double T::*, N> fields` pointing at the
// members that hold them, in the same order. The functions at the end of this file read and
// write them by name for any std::variant of such types (the optimizers, the schedules).
#pragma once

#include <algorithm>
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

// An interval whose ends are each closed or open: a learning rate must be > 0, a momentum < 1.
struct ValueRange {
    double min = 0.0;
    double max = 0.0;
    bool min_open = false;
    bool max_open = false;

    [[nodiscard]] constexpr bool contains(double v) const {
        // False for NaN and for ±infinity, whatever the bounds.
        return (min_open ? v > min : v >= min) && (max_open ? v < max : v <= max) &&
               v != kUnbounded && v != -kUnbounded;
    }
};

struct HyperParameter {
    std::string_view name;    // JSON and saved-settings key ("weight_decay"); option --weight-decay
    std::string_view label;   // in sentences: "learning rate"
    std::string_view symbol;  // in formulas and the legend: "lr", "β"
    double default_value = 0.0;
    ValueRange valid;  // what a run accepts
    // What the window's field spans (within `valid`): a learning rate of 1e6 is valid but is
    // no lesson, and a slider over it would leave no room for 0.01 ... 1.
    ValueRange window;
    bool log_scale = false;    // a slider over it is logarithmic
    std::string_view meaning;  // one line, for --help and tooltips
    bool whole = false;        // a count (a step size in updates, a warm-up length)
    // A preset's suggested learning rate replaces the default (true for the first-order
    // methods' lr; Newton's lr is a damping factor whose classic value is 1 everywhere).
    bool preset_default = false;
};

// "--weight-decay" for "weight_decay".
[[nodiscard]] std::string option_name(std::string_view parameter);

// The entry named `name` in a table, or null: the one lookup by name.
[[nodiscard]] const HyperParameter* find_hyper_parameter(std::span<const HyperParameter> table,
                                                         std::string_view name);

struct HyperParameterProblem {
    std::string_view name;  // the hyper-parameter at fault
    std::string message;    // "the learning rate must be a positive number"
};

// "the learning rate must be a positive number": a range in words, naming the parameter.
[[nodiscard]] std::string describe_range(const HyperParameter& p, const ValueRange& range);
// Whether `v` is a value `p` accepts within `range` (a whole number when `p` is a count).
[[nodiscard]] bool accepts(const HyperParameter& p, const ValueRange& range, double v);

// ---- By name, for any variant of parametrised types ------------------------------------------

template <class Variant>
[[nodiscard]] std::span<const HyperParameter> parameters_of(const Variant& v) {
    return std::visit(
        [](const auto& t) -> std::span<const HyperParameter> {
            return std::remove_cvref_t<decltype(t)>::parameters;
        },
        v);
}

template <class Variant>
[[nodiscard]] std::optional<double> parameter_value(const Variant& v, std::string_view name) {
    return std::visit(
        [&](const auto& t) -> std::optional<double> {
            using T = std::remove_cvref_t<decltype(t)>;
            for (std::size_t i = 0; i < T::parameters.size(); ++i) {
                if (T::parameters[i].name == name) return t.*T::fields[i];
            }
            return std::nullopt;
        },
        v);
}

// Sets it; false (and nothing changes) when `v` has none of that name. Not checked: see
// check_parameters.
template <class Variant>
bool set_parameter_value(Variant& v, std::string_view name, double value) {
    return std::visit(
        [&](auto& t) {
            using T = std::remove_cvref_t<decltype(t)>;
            for (std::size_t i = 0; i < T::parameters.size(); ++i) {
                if (T::parameters[i].name != name) continue;
                t.*T::fields[i] = value;
                return true;
            }
            return false;
        },
        v);
}

// The first hyper-parameter outside its valid range, or nothing when all are valid.
template <class Variant>
[[nodiscard]] std::optional<HyperParameterProblem> check_parameters(const Variant& v) {
    for (const HyperParameter& p : parameters_of(v)) {
        if (!accepts(p, p.valid, *parameter_value(v, p.name)))
            return HyperParameterProblem{p.name, describe_range(p, p.valid)};
    }
    return std::nullopt;
}

// Every alternative of the variant with its defaults, in the variant's order: the one list of
// them outside their own definitions.
template <class... Types>
[[nodiscard]] std::vector<std::variant<Types...>> alternatives_of(
    const std::variant<Types...>* /*tag*/) {
    return {std::variant<Types...>{Types{}}...};
}

template <class Variant>
[[nodiscard]] const std::vector<Variant>& all_alternatives() {
    static const std::vector<Variant> all = alternatives_of(static_cast<Variant*>(nullptr));
    return all;
}

template <class Variant>
[[nodiscard]] std::string_view name_of(const Variant& v) {
    return std::visit([](const auto& t) { return t.name; }, v);
}

template <class Variant>
[[nodiscard]] std::vector<std::string_view> names_of() {
    std::vector<std::string_view> names;
    for (const Variant& v : all_alternatives<Variant>())
        names.push_back(name_of(v));
    return names;
}

template <class Variant>
[[nodiscard]] std::optional<Variant> make_named(std::string_view name) {
    for (const Variant& v : all_alternatives<Variant>()) {
        if (name_of(v) == name) return v;
    }
    return std::nullopt;
}

// Every parameter name any alternative has, each once, in table order.
template <class Variant>
[[nodiscard]] std::vector<std::string_view> all_parameter_names() {
    std::vector<std::string_view> names;
    for (const Variant& v : all_alternatives<Variant>()) {
        for (const HyperParameter& p : parameters_of(v)) {
            if (std::find(names.begin(), names.end(), p.name) == names.end())
                names.push_back(p.name);
        }
    }
    return names;
}

}  // namespace gd
