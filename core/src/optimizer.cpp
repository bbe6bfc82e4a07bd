#include "gd/optimizer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gd/number_format.hpp"

namespace gd {

namespace {

// Every optimizer of the variant, in the order help and pickers list them: the one list of
// methods outside their own definitions.
template <class... Methods>
std::vector<Optimizer> defaults_of(const std::variant<Methods...>* /*tag*/) {
    return {Optimizer{Methods{}}...};
}

const std::vector<Optimizer>& all_methods() {
    static const std::vector<Optimizer> methods = defaults_of(static_cast<Optimizer*>(nullptr));
    return methods;
}

// The index of `name` in the optimizer's table, or nothing.
std::optional<std::size_t> index_of(const Optimizer& o, std::string_view name) {
    const auto table = hyper_parameters(o);
    const HyperParameter* p = find_hyper_parameter(table, name);
    if (p == nullptr) return std::nullopt;
    return static_cast<std::size_t>(p - table.data());
}

}  // namespace

std::string_view optimizer_name(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.name; }, o);
}

std::string_view optimizer_title(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.title; }, o);
}

std::string_view optimizer_formula(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.formula; }, o);
}

std::vector<std::string_view> optimizer_names() {
    std::vector<std::string_view> names;
    for (const Optimizer& o : all_methods())
        names.push_back(optimizer_name(o));
    return names;
}

std::optional<Optimizer> make_optimizer(std::string_view name) {
    for (const Optimizer& o : all_methods()) {
        if (optimizer_name(o) == name) return o;
    }
    return std::nullopt;
}

std::span<const HyperParameter> hyper_parameters(const Optimizer& o) {
    return std::visit(
        [](const auto& method) -> std::span<const HyperParameter> {
            return std::remove_cvref_t<decltype(method)>::parameters;
        },
        o);
}

std::span<const HyperParameter> hyper_parameters(std::string_view optimizer) {
    const auto o = make_optimizer(optimizer);
    return o ? hyper_parameters(*o) : std::span<const HyperParameter>{};
}

const HyperParameter* find_hyper_parameter(std::span<const HyperParameter> table,
                                           std::string_view name) {
    const auto it = std::find_if(table.begin(), table.end(),
                                 [&](const HyperParameter& p) { return p.name == name; });
    return it == table.end() ? nullptr : &*it;
}

std::vector<std::string_view> all_hyper_parameter_names() {
    std::vector<std::string_view> names;
    for (const Optimizer& o : all_methods()) {
        for (const HyperParameter& p : hyper_parameters(o)) {
            if (std::find(names.begin(), names.end(), p.name) == names.end())
                names.push_back(p.name);
        }
    }
    return names;
}

std::optional<double> hyper_parameter(const Optimizer& o, std::string_view name) {
    const auto i = index_of(o, name);
    if (!i) return std::nullopt;
    return std::visit([&](const auto& method) { return method.values()[*i]; }, o);
}

bool set_hyper_parameter(Optimizer& o, std::string_view name, double value) {
    const auto i = index_of(o, name);
    if (!i) return false;
    std::visit(
        [&](auto& method) {
            auto values = method.values();
            values[*i] = value;
            method.set_values(values);
        },
        o);
    return true;
}

double learning_rate(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.learning_rate; }, o);
}

std::string describe_range(const HyperParameter& p, const ValueRange& range) {
    const std::string what = "the " + std::string(p.label) + " must be ";
    const bool unbounded = range.max == std::numeric_limits<double>::infinity();
    if (range.min_open && unbounded) {
        return what + (range.min == 0.0 ? std::string("a positive number")
                                        : "a number > " + format_number(range.min));
    }
    if (unbounded) return what + "a number >= " + format_number(range.min);
    if (range.min_open) {
        return what + "> " + format_number(range.min) + " and at most " + format_number(range.max);
    }
    return what + "between " + format_number(range.min) + " and " + format_number(range.max);
}

std::optional<HyperParameterProblem> check_optimizer(const Optimizer& o) {
    const auto table = hyper_parameters(o);
    for (const HyperParameter& p : table) {
        const double v = *hyper_parameter(o, p.name);
        if (!p.valid.contains(v)) return HyperParameterProblem{p.name, describe_range(p, p.valid)};
    }
    return std::nullopt;
}

}  // namespace gd
