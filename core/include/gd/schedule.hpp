// Learning-rate schedules: the rate lr_k of update k = 1, 2, ... from the base rate lr and the
// iteration limit N, as PyTorch's StepLR, ExponentialLR and CosineAnnealingLR (T_max = N) give
// it, times a linear warm-up k/W over the first W updates. Each schedule publishes its
// parameters as a table (gd/hyper_parameter.hpp), like the optimizers.
#pragma once

#include <array>
#include <cmath>
#include <numbers>
#include <optional>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "gd/hyper_parameter.hpp"

namespace gd {

namespace parameters {

inline constexpr HyperParameter kWarmup{
    .name = "warmup",
    .label = "warm-up length",
    .symbol = "W",
    .default_value = 0.0,
    .valid = {0.0, 1e7, false, false},
    .window = {0.0, 1e6, false, false},
    .meaning = "updates over which the rate rises linearly from lr/W to lr (0: none)",
    .whole = true};

inline constexpr HyperParameter decay_factor(double default_value) {
    return {.name = "gamma",
            .label = "decay factor",
            .symbol = "γ",
            .default_value = default_value,
            .valid = {0.0, 1.0, true, false},
            .window = {0.01, 1.0, false, false},
            .meaning = "what the rate is multiplied by at each decay"};
}

}  // namespace parameters

struct ConstantRate {
    static constexpr std::string_view name = "constant";
    static constexpr std::string_view formula = "lr_k = lr";
    static constexpr std::array<HyperParameter, 1> parameters{parameters::kWarmup};

    double warmup = 0.0;

    static constexpr std::array<double ConstantRate::*, 1> fields{&ConstantRate::warmup};
    bool operator==(const ConstantRate&) const = default;

    [[nodiscard]] double rate(double lr, int /*k*/, int /*n*/) const { return lr; }
};

struct StepDecay {
    static constexpr std::string_view name = "step";
    static constexpr std::string_view formula = "lr_k = lr·γ^⌊(k − 1)/S⌋";
    static constexpr std::array<HyperParameter, 3> parameters{
        HyperParameter{.name = "step_size",
                       .label = "decay interval",
                       .symbol = "S",
                       .default_value = 10.0,
                       .valid = {1.0, 1e7, false, false},
                       .window = {1.0, 1e6, false, false},
                       .meaning = "updates between two decays",
                       .whole = true},
        parameters::decay_factor(0.5), parameters::kWarmup};

    double step_size = parameters[0].default_value;
    double gamma = parameters[1].default_value;
    double warmup = 0.0;

    static constexpr std::array<double StepDecay::*, 3> fields{
        &StepDecay::step_size, &StepDecay::gamma, &StepDecay::warmup};
    bool operator==(const StepDecay&) const = default;

    [[nodiscard]] double rate(double lr, int k, int /*n*/) const {
        return lr * std::pow(gamma, std::floor((k - 1) / step_size));
    }
};

struct ExponentialDecay {
    static constexpr std::string_view name = "exponential";
    static constexpr std::string_view formula = "lr_k = lr·γ^(k − 1)";
    static constexpr std::array<HyperParameter, 2> parameters{parameters::decay_factor(0.95),
                                                              parameters::kWarmup};

    double gamma = parameters[0].default_value;
    double warmup = 0.0;

    static constexpr std::array<double ExponentialDecay::*, 2> fields{&ExponentialDecay::gamma,
                                                                      &ExponentialDecay::warmup};
    bool operator==(const ExponentialDecay&) const = default;

    [[nodiscard]] double rate(double lr, int k, int /*n*/) const {
        return lr * std::pow(gamma, k - 1);
    }
};

struct CosineDecay {
    static constexpr std::string_view name = "cosine";
    static constexpr std::string_view formula =
        "lr_k = lr_min + (lr − lr_min)·(1 + cos(π·(k − 1)/N))/2";
    static constexpr std::array<HyperParameter, 2> parameters{
        HyperParameter{.name = "lr_min",
                       .label = "final learning rate",
                       .symbol = "lr_min",  // not "m": Adam's first moment is m
                       .default_value = 0.0,
                       .valid = {0.0, kUnbounded, false, false},
                       .window = {0.0, 10.0, false, false},
                       .meaning = "the rate the cosine ends at, after N updates"},
        parameters::kWarmup};

    double lr_min = parameters[0].default_value;
    double warmup = 0.0;

    static constexpr std::array<double CosineDecay::*, 2> fields{&CosineDecay::lr_min,
                                                                 &CosineDecay::warmup};
    bool operator==(const CosineDecay&) const = default;

    [[nodiscard]] double rate(double lr, int k, int n) const {
        // N = 0 takes no update; the rate of the one it refuses is lr_min.
        const double progress = n > 0 ? static_cast<double>(k - 1) / n : 1.0;
        return lr_min + (lr - lr_min) * (1.0 + std::cos(std::numbers::pi * progress)) / 2.0;
    }
};

// The one table of schedules, in the order help and pickers list them.
using Schedule = std::variant<ConstantRate, StepDecay, ExponentialDecay, CosineDecay>;

inline constexpr std::string_view kDefaultSchedule = ConstantRate::name;

// lr_k for update k = 1, 2, ... of a run of at most n updates with base rate lr.
[[nodiscard]] inline double learning_rate_at(const Schedule& s, double lr, int k, int n) {
    return std::visit(
        [&](const auto& rule) {
            const double rate = rule.rate(lr, k, n);
            return k <= rule.warmup ? rate * (k / rule.warmup) : rate;
        },
        s);
}

[[nodiscard]] std::string_view schedule_name(const Schedule& s);
[[nodiscard]] std::string_view schedule_formula(const Schedule& s);
[[nodiscard]] std::vector<std::string_view> schedule_names();
[[nodiscard]] std::optional<Schedule> make_schedule(std::string_view name);
[[nodiscard]] std::span<const HyperParameter> schedule_parameters(const Schedule& s);
[[nodiscard]] std::span<const HyperParameter> schedule_parameters(std::string_view schedule);
[[nodiscard]] std::vector<std::string_view> all_schedule_parameter_names();
[[nodiscard]] std::optional<double> schedule_parameter(const Schedule& s, std::string_view name);
bool set_schedule_parameter(Schedule& s, std::string_view name, double value);
[[nodiscard]] std::optional<HyperParameterProblem> check_schedule(const Schedule& s);
// Whether the rate ever differs from lr (not constant, or a warm-up).
[[nodiscard]] bool varies(const Schedule& s);

}  // namespace gd
