#include "gd/optimizer.hpp"

#include <cmath>

namespace gd {

std::string_view optimizer_name(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.name; }, o);
}

double learning_rate(const Optimizer& o) {
    return std::visit([](const auto& method) { return method.learning_rate; }, o);
}

std::vector<std::string_view> optimizer_names() {
    return {GradientDescent::name};
}

std::optional<Optimizer> make_optimizer(std::string_view name, double learning_rate) {
    if (name == GradientDescent::name) return GradientDescent{learning_rate};
    return std::nullopt;
}

std::optional<std::string> check_optimizer(const Optimizer& o) {
    const double lr = learning_rate(o);
    if (!std::isfinite(lr) || lr <= 0.0) {
        return "the learning rate must be a positive number";
    }
    return std::nullopt;
}

}  // namespace gd
