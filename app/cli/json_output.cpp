#include "cli/json_output.hpp"

#include <cmath>

namespace gdlab {

namespace {

using Json = nlohmann::ordered_json;

// nlohmann prints NaN and infinities as null already; spelling it out keeps that a decision.
Json number(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json point(const Eigen::Vector2d& p) {
    return Json::array({number(p.x()), number(p.y())});
}

}  // namespace

std::vector<std::size_t> sampled_indices(std::size_t count, long long every) {
    std::vector<std::size_t> indices;
    const auto step = static_cast<std::size_t>(std::max(1LL, every));
    for (std::size_t k = 0; k < count; k += step)
        indices.push_back(k);
    if (count > 0 && indices.back() != count - 1) indices.push_back(count - 1);
    return indices;
}

Json trace_json(const Scene& scene, const gd::Trace& trace, std::span<const std::size_t> indices) {
    Json doc;
    doc["objective"] = scene.objective.expression().to_string();
    doc["gradient"] = std::string(gd::to_string(scene.settings.gradient.mode));
    if (scene.settings.gradient.mode == gd::GradientMode::numeric) {
        doc["h"] = scene.settings.gradient.h;
    }
    doc["optimizer"] = {{"name", std::string(gd::optimizer_name(scene.optimizer))},
                        {"lr", gd::learning_rate(scene.optimizer)}};
    doc["start"] = point(scene.settings.start);
    doc["iters"] = scene.settings.max_iterations;
    doc["tol"] = scene.settings.tolerance;
    Json points = Json::array();
    for (const std::size_t k : indices) {
        const auto& p = trace.points[k];
        points.push_back({{"k", k},
                          {"x", number(p.x.x())},
                          {"y", number(p.x.y())},
                          {"f", number(p.f)},
                          {"gx", number(p.gradient.x())},
                          {"gy", number(p.gradient.y())}});
    }
    doc["points"] = std::move(points);
    doc["stop"] = {{"reason", std::string(gd::to_string(trace.stop))},
                   {"iterations", trace.iterations},
                   {"message", gd::describe_stop(trace, scene.settings)}};
    return doc;
}

Json eval_json(const gd::Objective& f, const Eigen::Vector2d& at,
               const gd::GradientSettings& gradient) {
    const Eigen::Vector2d g = f.gradient(at, gradient);
    const Eigen::Matrix2d h = f.hessian(at);
    Json doc;
    doc["f"] = number(f.value(at));
    doc["grad"] = point(g);
    // A Hessian too large to derive symbolically is null as a whole, not four unknown numbers.
    if (f.has_exact_hessian()) {
        doc["hessian"] = Json::array({Json::array({number(h(0, 0)), number(h(0, 1))}),
                                      Json::array({number(h(1, 0)), number(h(1, 1))})});
    } else {
        doc["hessian"] = nullptr;
    }
    if (f.has_exact_gradient()) {
        doc["grad_formula"] = Json::array(
            {f.partial(gd::Variable::x).to_string(), f.partial(gd::Variable::y).to_string()});
    } else {
        doc["grad_formula"] = nullptr;
    }
    return doc;
}

Json contour_json(const gd::Grid& grid, const gd::ContourSet& contours) {
    Json doc;
    doc["grid"] = {{"n", grid.nx()},
                   {"xrange", Json::array({grid.rect.x_min, grid.rect.x_max})},
                   {"yrange", Json::array({grid.rect.y_min, grid.rect.y_max})}};
    Json levels = Json::array();
    for (const auto& level : contours) {
        Json lines = Json::array();
        for (const auto& line : level.lines) {
            Json points = Json::array();
            for (const auto& p : line.points)
                points.push_back(point(p));
            lines.push_back({{"closed", line.closed}, {"points", std::move(points)}});
        }
        levels.push_back({{"value", level.value}, {"lines", std::move(lines)}});
    }
    doc["levels"] = std::move(levels);
    return doc;
}

Json presets_json() {
    Json list = Json::array();
    for (const auto& p : gd::presets()) {
        Json minima = Json::array();
        for (const auto& m : p.minima) {
            minima.push_back({{"x", m.point.x()}, {"y", m.point.y()}, {"f", m.value}});
        }
        list.push_back({{"name", std::string(p.name)},
                        {"title", std::string(p.title)},
                        {"formula", std::string(p.formula)},
                        {"xrange", Json::array({p.view.x_min, p.view.x_max})},
                        {"yrange", Json::array({p.view.y_min, p.view.y_max})},
                        {"start", point(p.start)},
                        {"lr", p.learning_rate},
                        {"iters", p.iterations},
                        {"minima", std::move(minima)},
                        {"note", std::string(p.note)}});
    }
    return list;
}

}  // namespace gdlab
