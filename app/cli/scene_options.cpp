#include "cli/scene_options.hpp"

#include "cli/optimizer_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/closest_name.hpp"
#include "gd/run_setting.hpp"
#include "scene/file_notes.hpp"
#include "scene/scene_file.hpp"

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

namespace {

// The option of one run setting, as its row describes it ("--start X,Y", "--iters N"), into
// `settings`; its range is checked with the whole scene (check_scene).
void parse_setting(const Arguments& args, const gd::RunSetting& r, gd::DescentSettings& settings) {
    if (!args.has(r.option)) return;
    if (r.numeric_gradient_only && settings.gradient.mode != gd::GradientMode::numeric) {
        throw UsageError(std::string(r.option) + " sets the " + std::string(r.describe.label) +
                         " of the numeric gradient; add --gradient numeric");
    }
    if (r.components == 2) {
        const auto p = args.pair(r.option, r.value_name);
        r.set(settings, 0, p->x());
        r.set(settings, 1, p->y());
    } else if (r.describe.whole) {
        r.set(settings, 0,
              static_cast<double>(*args.integer(r.option,
                                                static_cast<long long>(r.describe.valid.min),
                                                static_cast<long long>(r.describe.valid.max))));
    } else {
        r.set(settings, 0, *args.number(r.option));
    }
}

}  // namespace

gd::GradientSettings parse_gradient(const Arguments& args, gd::GradientSettings gradient) {
    if (const auto mode = args.text("--gradient")) {
        const auto parsed = gd::gradient_mode_from_string(*mode);
        if (!parsed) throw UsageError("--gradient expects exact or numeric, got '" + *mode + "'");
        gradient.mode = *parsed;
    }
    // The settings of the numeric gradient (h), once its mode is known.
    gd::DescentSettings settings;
    settings.gradient = gradient;
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (r.numeric_gradient_only) parse_setting(args, r, settings);
    }
    return settings.gradient;
}

void require_usable_gradient(const gd::Objective& f, const gd::GradientSettings& gradient) {
    if (auto problem = gradient_problem(f, gradient)) throw UsageError("--gradient: " + *problem);
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
    settings.gradient = parse_gradient(args, settings.gradient);
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (!r.numeric_gradient_only) parse_setting(args, r, settings);  // those: parse_gradient
    }
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
