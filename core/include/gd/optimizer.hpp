// Step rules. Each optimizer is a small value type holding its hyper-parameters; whatever it
// must remember during a run (momentum, Adam's moments) lives in a State made fresh per run.
#pragma once

#include <Eigen/Core>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gd {

// Plain gradient descent: x_{k+1} = x_k - lr * grad f(x_k).
struct GradientDescent {
    static constexpr std::string_view name = "gd";
    double learning_rate = 0.1;

    struct State {
        [[nodiscard]] Eigen::Vector2d step(const GradientDescent& o,
                                           const Eigen::Vector2d& gradient) const {
            return -o.learning_rate * gradient;
        }
    };
};

// Further methods (momentum, Nesterov, AdaGrad, RMSProp, Adam) join this variant.
using Optimizer = std::variant<GradientDescent>;

[[nodiscard]] std::string_view optimizer_name(const Optimizer& o);
[[nodiscard]] double learning_rate(const Optimizer& o);
// The names make_optimizer accepts.
[[nodiscard]] std::vector<std::string_view> optimizer_names();
[[nodiscard]] std::optional<Optimizer> make_optimizer(std::string_view name, double learning_rate);
// A message naming the bad hyper-parameter, or nothing when all are valid.
[[nodiscard]] std::optional<std::string> check_optimizer(const Optimizer& o);

}  // namespace gd
