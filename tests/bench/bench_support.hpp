// Data shared by the benchmarks: parsed presets and the points of square grids.
#pragma once

#include <Eigen/Core>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "gd/expression.hpp"
#include "gd/grid.hpp"

namespace gdbench {

inline gd::Expression parse(std::string_view text) {
    auto r = gd::parse_expression(text);
    if (auto* e = std::get_if<gd::ParseError>(&r)) throw std::runtime_error(e->message);
    return std::get<gd::Expression>(r);
}

struct Points {
    Eigen::ArrayXd x;
    Eigen::ArrayXd y;
};

// The n x n sample points of [-5, 5]^2, x varying fastest (as sample_grid lays them out).
inline const Points& grid_points(Eigen::Index n) {
    static std::map<Eigen::Index, Points> cache;
    auto [it, inserted] = cache.try_emplace(n);
    if (inserted) {
        const Eigen::ArrayXd xs = gd::linspace(-5, 5, n);
        it->second.x = xs.replicate(n, 1);
        it->second.y.resize(n * n);
        for (Eigen::Index j = 0; j < n; ++j)
            it->second.y.segment(j * n, n).setConstant(xs[j]);
    }
    return it->second;
}

}  // namespace gdbench
