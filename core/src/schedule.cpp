#include "gd/schedule.hpp"

namespace gd {

std::string_view schedule_name(const Schedule& s) {
    return name_of(s);
}

std::string_view schedule_formula(const Schedule& s) {
    return std::visit([](const auto& rule) { return rule.formula; }, s);
}

std::vector<std::string_view> schedule_names() {
    return names_of<Schedule>();
}

std::optional<Schedule> make_schedule(std::string_view name) {
    return make_named<Schedule>(name);
}

std::span<const HyperParameter> schedule_parameters(const Schedule& s) {
    return parameters_of(s);
}

std::span<const HyperParameter> schedule_parameters(std::string_view schedule) {
    const auto s = make_schedule(schedule);
    return s ? schedule_parameters(*s) : std::span<const HyperParameter>{};
}

std::vector<std::string_view> all_schedule_parameter_names() {
    return all_parameter_names<Schedule>();
}

std::optional<double> schedule_parameter(const Schedule& s, std::string_view name) {
    return parameter_value(s, name);
}

bool set_schedule_parameter(Schedule& s, std::string_view name, double value) {
    return set_parameter_value(s, name, value);
}

std::optional<HyperParameterProblem> check_schedule(const Schedule& s) {
    return check_parameters(s);
}

bool varies(const Schedule& s) {
    return !std::holds_alternative<ConstantRate>(s) || std::get<ConstantRate>(s).warmup > 0.0;
}

}  // namespace gd
