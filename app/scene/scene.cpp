#include "scene/scene.hpp"

#include <cmath>

#include "gd/run_setting.hpp"
#include "scene/error_excerpt.hpp"
#include "scene/window_limits.hpp"

namespace gdlab {

std::string describe_parse_error(std::string_view source, std::string_view text,
                                 const gd::ParseError& error) {
    const Excerpt shown = excerpt(text, error.offset, error.length);
    return std::string(source) + ": " + error.message + " (column " +
           std::to_string(error.offset + 1) + ")\n  " + shown.text + "\n  " +
           std::string(shown.caret, ' ') + std::string(shown.underline, '^');
}

std::optional<std::string> gradient_problem(const gd::Objective& f,
                                            const gd::GradientSettings& gradient) {
    if (gradient.mode == gd::GradientMode::exact && !f.has_exact_gradient()) {
        return "the symbolic gradient of this expression is too large to use; add --gradient "
               "numeric";
    }
    return std::nullopt;
}

const gd::Objective& default_objective() {
    static const gd::Objective f =
        std::get<gd::Objective>(gd::Objective::parse(gd::default_preset().formula));
    return f;
}

Scene scene_of(const gd::Preset& preset) {
    auto parsed = gd::Objective::parse(preset.formula);  // every preset's formula parses
    gd::RunSpec run;
    gd::set_hyper_parameter(run.optimizer, "lr", preset.learning_rate);  // gd follows presets
    run.settings.start = preset.start;
    run.settings.max_iterations = preset.iterations;
    Scene scene;
    scene.expression = preset.formula;
    scene.preset = &preset;
    scene.objective = std::get<gd::Objective>(std::move(parsed));
    scene.runs = {run};
    scene.view = preset.view;
    return scene;
}

namespace {

std::optional<SceneProblem> check_run(const gd::RunSpec& run, const gd::Objective& objective,
                                      const std::string& where) {
    if (auto problem = gd::check_settings(run.settings))
        return SceneProblem{std::string(gd::run_setting(problem->setting).option), problem->message,
                            where + std::string(gd::run_setting(problem->setting).field)};
    if (auto problem = gd::check_optimizer(run.optimizer))
        return SceneProblem{gd::option_name(problem->name), problem->message,
                            where + "optimizer." + std::string(problem->name)};
    if (auto problem = gd::check_schedule(run.settings.schedule))
        return SceneProblem{gd::option_name(problem->name), problem->message,
                            where + "schedule." + std::string(problem->name)};
    if (auto problem = gradient_problem(objective, run.settings.gradient))
        return SceneProblem{"--gradient", *problem, where + "gradient.mode"};
    if (gd::uses_hessian(run.optimizer) && run.settings.gradient.mode == gd::GradientMode::exact &&
        !objective.has_exact_hessian()) {
        return SceneProblem{"--optimizer",
                            std::string(gd::optimizer_title(run.optimizer)) +
                                " needs the Hessian, and this expression's symbolic Hessian "
                                "is too large to use; add --gradient numeric",
                            where + "optimizer.name"};
    }
    return std::nullopt;
}

}  // namespace

std::optional<SceneProblem> check_scene(const Scene& scene) {
    if (scene.runs.empty() || scene.runs.size() > static_cast<std::size_t>(kMaxRuns)) {
        return SceneProblem{"--runs",
                            "a scene has 1 to " + std::to_string(kMaxRuns) + " runs, not " +
                                std::to_string(scene.runs.size()),
                            "runs"};
    }
    if (scene.active_run < 0 || scene.active_run >= static_cast<int>(scene.runs.size())) {
        return SceneProblem{"--active",
                            "the selected run " + std::to_string(scene.active_run + 1) +
                                " is not one of the " + std::to_string(scene.runs.size()),
                            "selected_run"};
    }
    for (std::size_t i = 0; i < scene.runs.size(); ++i) {
        if (auto problem =
                check_run(scene.runs[i], scene.objective, "runs[" + std::to_string(i) + "]."))
            return problem;
    }
    if (auto problem = gd::check_rect(scene.view)) {
        const bool x = problem->axis == gd::Axis::x;
        return SceneProblem{x ? "--xrange" : "--yrange", problem->message, x ? "view.x" : "view.y"};
    }
    if (scene.step && *scene.step < 0)
        return SceneProblem{"--step", "the step shown must be 0 or more", "step"};
    return std::nullopt;
}

}  // namespace gdlab
