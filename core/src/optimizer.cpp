#include "gd/optimizer.hpp"

namespace gd {

std::string_view optimizer_name(const Optimizer& o) {
    return name_of(o);
}

std::string_view optimizer_title(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.title; }, o);
}

std::string_view optimizer_formula(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.formula; }, o);
}

std::vector<std::string_view> optimizer_names() {
    return names_of<Optimizer>();
}

std::optional<Optimizer> make_optimizer(std::string_view name) {
    return make_named<Optimizer>(name);
}

std::span<const HyperParameter> hyper_parameters(const Optimizer& o) {
    return parameters_of(o);
}

std::span<const HyperParameter> hyper_parameters(std::string_view optimizer) {
    const auto o = make_optimizer(optimizer);
    return o ? hyper_parameters(*o) : std::span<const HyperParameter>{};
}

std::vector<std::string_view> all_hyper_parameter_names() {
    return all_parameter_names<Optimizer>();
}

std::optional<double> hyper_parameter(const Optimizer& o, std::string_view name) {
    return parameter_value(o, name);
}

bool set_hyper_parameter(Optimizer& o, std::string_view name, double value) {
    return set_parameter_value(o, name, value);
}

double learning_rate(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.learning_rate; }, o);
}

bool uses_hessian(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.uses_hessian; }, o);
}

std::span<const std::string_view> state_names(const Optimizer& o) {
    return std::visit(
        [](const auto& method) -> std::span<const std::string_view> {
            return std::remove_cvref_t<decltype(method)>::State::names;
        },
        o);
}

std::optional<HyperParameterProblem> check_optimizer(const Optimizer& o) {
    return check_parameters(o);
}

}  // namespace gd
