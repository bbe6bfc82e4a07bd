#include "cli/scene.hpp"

#include <cmath>

#include "cli/error_excerpt.hpp"
#include "cli/file_notes.hpp"
#include "cli/optimizer_options.hpp"
#include "cli/scene_file.hpp"
#include "cli/usage_error.hpp"
#include "cli/window_limits.hpp"
#include "gd/closest_name.hpp"

namespace gdlab {

namespace {

std::string join(const std::vector<std::string_view>& names) {
    std::string out;
    for (const auto n : names)
        out += (out.empty() ? "" : ", ") + std::string(n);
    return out;
}

const gd::Preset& require_preset(const std::string& name) {
    if (const auto* p = gd::find_preset(name)) return *p;
    std::vector<std::string_view> names;
    for (const auto& p : gd::presets())
        names.push_back(p.name);
    if (auto hint = gd::closest_name(name, names); !hint.empty()) {
        throw UsageError("--preset: unknown preset '" + name + "'; did you mean " + hint + "?");
    }
    throw UsageError("--preset: unknown preset '" + name + "'; the presets are " + join(names));
}

}  // namespace

std::string_view option_of(gd::Setting setting) {
    switch (setting) {
        case gd::Setting::start:
            return "--start";
        case gd::Setting::iterations:
            return "--iters";
        case gd::Setting::tolerance:
            return "--tol";
        case gd::Setting::h:
            return "--h";
    }
    return "--tol";
}

const std::set<std::string>& scene_options() {
    static const std::set<std::string> options = [] {
        std::set<std::string> o = {"--preset",   "--expr", "--start",  "--iters",  "--tol",
                                   "--gradient", "--h",    "--xrange", "--yrange", "--scene"};
        for (auto& option : optimizer_options())
            o.insert(std::move(option));
        return o;
    }();
    return options;
}

std::string describe_parse_error(std::string_view source, std::string_view text,
                                 const gd::ParseError& error) {
    const Excerpt shown = excerpt(text, error.offset, error.length);
    return std::string(source) + ": " + error.message + " (column " +
           std::to_string(error.offset + 1) + ")\n  " + shown.text + "\n  " +
           std::string(shown.caret, ' ') + std::string(shown.underline, '^');
}

gd::Objective parse_objective(const Arguments& args, const gd::Preset*& preset) {
    const auto expr = args.text("--expr");
    const auto preset_name = args.text("--preset");
    if (expr && preset_name) {
        throw UsageError("--expr and --preset both name the objective; give only one");
    }
    preset = nullptr;
    std::string text(gd::default_preset().formula);
    if (preset_name) {
        preset = &require_preset(*preset_name);
        text = preset->formula;
    } else if (!expr) {
        preset = &gd::default_preset();
    } else {
        text = *expr;
    }
    auto parsed = gd::Objective::parse(text);
    if (auto* error = std::get_if<gd::ParseError>(&parsed)) {
        throw UsageError(describe_parse_error("--expr", text, *error));
    }
    return std::get<gd::Objective>(std::move(parsed));
}

gd::GradientSettings parse_gradient(const Arguments& args, gd::GradientSettings gradient) {
    if (const auto mode = args.text("--gradient")) {
        const auto parsed = gd::gradient_mode_from_string(*mode);
        if (!parsed) throw UsageError("--gradient expects exact or numeric, got '" + *mode + "'");
        gradient.mode = *parsed;
    }
    if (const auto h = args.number("--h")) {
        if (gradient.mode != gd::GradientMode::numeric) {
            throw UsageError("--h sets the step of the numeric gradient; add --gradient numeric");
        }
        if (*h <= 0.0) {
            throw UsageError("--h: the finite-difference step h must be a positive number");
        }
        gradient.h = *h;
    }
    return gradient;
}

namespace {

// The one check that the gradient asked for can be used, for scenes and for eval.
std::optional<std::string> gradient_problem(const gd::Objective& f,
                                            const gd::GradientSettings& gradient) {
    if (gradient.mode == gd::GradientMode::exact && !f.has_exact_gradient()) {
        return "the symbolic gradient of this expression is too large to use; add --gradient "
               "numeric";
    }
    return std::nullopt;
}

}  // namespace

void require_usable_gradient(const gd::Objective& f, const gd::GradientSettings& gradient) {
    if (auto problem = gradient_problem(f, gradient)) throw UsageError("--gradient: " + *problem);
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

// Where a scene file keeps a descent setting.
std::string_view field_of(gd::Setting setting) {
    switch (setting) {
        case gd::Setting::start:
            return "start";
        case gd::Setting::iterations:
            return "iterations";
        case gd::Setting::tolerance:
            return "tolerance";
        case gd::Setting::h:
            return "gradient.h";
    }
    return "tolerance";
}

std::optional<SceneProblem> check_run(const gd::RunSpec& run, const gd::Objective& objective,
                                      const std::string& where) {
    if (auto problem = gd::check_settings(run.settings))
        return SceneProblem{std::string(option_of(problem->setting)), problem->message,
                            where + std::string(field_of(problem->setting))};
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

namespace {

// The scene of --scene FILE, or nothing without it. Throws UsageError naming the file's fault.
std::optional<Scene> scene_of_file(const Arguments& args, std::ostream& notes,
                                   std::string_view command) {
    const auto file = args.text("--scene");
    if (!file) return std::nullopt;
    try {
        SceneRead read = read_scene_file(*file);
        print_notes(notes, command, *file, read.notes);
        return std::move(read.scene);
    } catch (const SceneFileError& e) {
        throw UsageError(std::string("--scene: ") + e.what());
    }
}

}  // namespace

Scene parse_scene(const Arguments& args, std::ostream& notes, std::string_view command) {
    const std::optional<Scene> file = scene_of_file(args, notes, command);
    Scene scene = file.value_or(Scene{});
    if (!file || args.has("--expr") || args.has("--preset")) {
        const gd::Preset* preset = nullptr;
        scene.objective = parse_objective(args, preset);
        scene.preset = preset;
        scene.expression = preset ? std::string(preset->formula) : args.text("--expr").value_or("");
    }
    // A typed expression starts from the default scene's settings; a file from its own.
    const gd::Preset& base = scene.preset ? *scene.preset : gd::default_preset();
    if (!file) scene.view = base.view;

    // The options describe one run: the file's selected run, or the only one.
    gd::RunSpec run = file ? scene.runs[static_cast<std::size_t>(scene.active_run)] : gd::RunSpec{};
    gd::DescentSettings& settings = run.settings;
    if (!file) {
        settings.start = base.start;
        settings.max_iterations = base.iterations;
    }
    settings.start = args.pair("--start", "X,Y").value_or(settings.start);
    settings.max_iterations = static_cast<int>(
        args.integer("--iters", 0, gd::kMaxIterations).value_or(settings.max_iterations));
    settings.tolerance = args.number("--tol").value_or(settings.tolerance);
    settings.gradient = parse_gradient(args, settings.gradient);
    run.optimizer = parse_optimizer(args, base.learning_rate,
                                    file ? std::optional(run.optimizer) : std::nullopt);
    settings.schedule =
        parse_schedule(args, file ? std::optional(settings.schedule) : std::nullopt);

    if (const auto xr = args.pair("--xrange", "A,B")) {
        scene.view.x_min = xr->x();
        scene.view.x_max = xr->y();
    }
    if (const auto yr = args.pair("--yrange", "C,D")) {
        scene.view.y_min = yr->x();
        scene.view.y_max = yr->y();
    }
    if (file) {
        scene.runs[static_cast<std::size_t>(scene.active_run)] = run;
    } else {
        scene.runs = {run};
    }
    if (auto problem = check_scene(scene))
        throw UsageError(problem->option + ": " + problem->message);
    return scene;
}

}  // namespace gdlab
