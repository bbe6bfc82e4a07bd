#include "cli/json_output.hpp"

#include <cmath>

#include "cli/optimizer_options.hpp"
#include "gd/run_replay.hpp"
#include "scene/run_json.hpp"

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

void write_trace_json(std::ostream& out, const Scene& scene, const gd::Trace& trace,
                      long long every) {
    JsonWriter json(out);
    json.begin_object();
    json.key("objective");
    json.string(scene.objective.expression().to_string());
    json.key("gradient");
    json.string(gd::to_string(scene.run().settings.gradient.mode));
    if (scene.run().settings.gradient.mode == gd::GradientMode::numeric) {
        json.key("h");
        json.number(scene.run().settings.gradient.h);
    }
    json.key("optimizer");
    write_optimizer(json, scene.run().optimizer);
    json.key("schedule");
    write_schedule(json, scene.run().settings.schedule);
    write_run_settings(json, scene.run().settings);
    json.key("points");
    json.begin_array();
    // The rate and the optimizer's state of each update, replayed alongside.
    gd::RunReplay replay(scene.objective, scene.run(), trace);
    for_sampled_indices(trace.points.size(), every, [&](std::size_t k) {
        const auto& p = trace.points[k];
        json.begin_object();
        json.key("k");
        json.integer(static_cast<long long>(k));
        for (const auto& [name, value] :
             {std::pair{"x", p.x.x()}, std::pair{"y", p.x.y()}, std::pair{"f", p.f},
              std::pair{"gx", p.gradient.x()}, std::pair{"gy", p.gradient.y()}}) {
            json.key(name);
            json.number(value);
        }
        if (k >= 1) {
            json.key("lr");
            json.number(replay.rate_of_update(static_cast<int>(k)));
            const auto state = replay.state_after(k);
            if (!state.empty()) {
                json.key("state");
                Json doc = Json::object();
                for (const auto& [name, v] : state)
                    doc[std::string(name)] = point(v);
                json.document(doc);
            }
        }
        json.end_object();
    });
    json.end_array();
    json.key("stop");
    Json stop = {{"reason", std::string(gd::to_string(trace.stop))},
                 {"iterations", trace.iterations},
                 {"message", gd::describe_stop(trace, scene.run())}};
    // Where the gradient vanished: the kind of point, from the Hessian's eigenvalues.
    if (trace.stationary.kind != gd::StationaryKind::unknown) {
        stop["point"] = {{"kind", std::string(gd::to_string(trace.stationary.kind))},
                         {"hessian_eigenvalues", point(trace.stationary.eigenvalues)}};
    }
    json.document(stop);
    json.end_object();
    json.flush();
    out << "\n";
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

void begin_contour_json(JsonWriter& json, const gd::Grid& grid) {
    json.begin_object();
    json.key("grid");
    json.document({{"n", grid.nx()},
                   {"xrange", Json::array({grid.rect.x_min, grid.rect.x_max})},
                   {"yrange", Json::array({grid.rect.y_min, grid.rect.y_max})}});
    json.key("levels");
    json.begin_array();
}

void write_contour_level_json(JsonWriter& json, const gd::ContourLevel& level) {
    json.begin_object();
    json.key("value");
    json.number(level.value);
    json.key("lines");
    json.begin_array();
    for (const auto& line : level.lines) {
        json.begin_object();
        json.key("closed");
        json.boolean(line.closed);
        json.key("points");
        json.begin_array();
        for (const auto& p : line.points) {
            json.begin_array();
            json.number(p.x());
            json.number(p.y());
            json.end_array();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

void end_contour_json(JsonWriter& json) {
    json.end_array();
    json.end_object();
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
