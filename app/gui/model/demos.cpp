#include "gui/model/demos.hpp"

namespace gdlab {

namespace {

// A hyper-parameter of an optimizer or a schedule, by its name in their tables.
struct Setting {
    std::string_view name;
    double value;
};

// A run of `optimizer` at learning rate lr, its other hyper-parameters at their defaults but for
// `settings`. A name the tables do not know is a mistake in this file: the demo tests catch it
// (the run would be plain gradient descent and its caption's numbers would not hold).
RunSpec run(const Eigen::Vector2d& start, double lr, int iterations,
            std::string_view optimizer = gd::kDefaultOptimizer,
            std::initializer_list<Setting> settings = {}) {
    RunSpec s;
    if (auto o = gd::make_optimizer(optimizer)) s.optimizer = *o;
    gd::set_hyper_parameter(s.optimizer, "lr", lr);
    for (const Setting& p : settings)
        gd::set_hyper_parameter(s.optimizer, p.name, p.value);
    s.settings.start = start;
    s.settings.max_iterations = iterations;
    return s;
}

// `spec` with its learning rate following `schedule`, whose parameters are `settings`.
RunSpec scheduled(RunSpec spec, std::string_view schedule,
                  std::initializer_list<Setting> settings = {}) {
    if (auto s = gd::make_schedule(schedule)) spec.settings.schedule = *s;
    for (const Setting& p : settings)
        gd::set_schedule_parameter(spec.settings.schedule, p.name, p.value);
    return spec;
}

// How a demo is written down: a preset's name, the view when not the preset's own, the runs.
struct Recipe {
    QString title;
    QString preset;
    std::optional<gd::Rect> view;
    std::vector<RunSpec> runs;
    QString note;
    int active_run = 0;
    bool coordinates = false;
};

std::vector<Recipe> recipes() {
    using V = Eigen::Vector2d;
    return {
        {QStringLiteral("Learning rate: stall, converge, oscillate"),
         QStringLiteral("bowl"),
         gd::Rect{-4.6, 4.2, -2.6, 5.2},
         {run(V(-3, 4), 0.001, 100), run(V(-3, 4), 0.1, 100), run(V(-3, 4), 0.7, 100)},
         QStringLiteral("The bowl x² + y² from (−3, 4). Each step multiplies the distance to the "
                        "minimum by 1 − 2·lr: 0.998 at lr = 0.001 (it barely moves), 0.8 at 0.1 "
                        "(it creeps in), −0.4 at 0.7 (it jumps across the minimum every step, yet "
                        "converges). Past lr = 1 the factor exceeds 1 in size and the run "
                        "diverges."),
         2,
         true},
        {QStringLiteral("Zig-zag in a narrow valley"),
         QStringLiteral("ill-conditioned"),
         std::nullopt,
         {run(V(-4.5, 1.8), 0.09, 100), run(V(-4.5, 1.8), 0.02, 100)},
         QStringLiteral("Across the valley lr = 0.09 nearly overshoots, so the path zig-zags; "
                        "the smaller rate is smooth but crawls along the valley.")},
        {QStringLiteral("Divergence past lr = 1"),
         QStringLiteral("bowl"),
         gd::Rect{-12, 12, -12, 12},
         {run(V(-3, 4), 0.9, 3000), run(V(-3, 4), 1.0, 3000), run(V(-3, 4), 1.1, 3000)},
         QStringLiteral("On x² + y² each step multiplies the distance by 1 − 2·lr: past lr = 1 "
                        "that factor exceeds 1 in size and the run diverges.")},
        {QStringLiteral("Rosenbrock's banana valley"),
         QStringLiteral("rosenbrock"),
         std::nullopt,
         {run(V(-1.2, 1), 0.001, 20000), run(V(-1.2, 1), 0.002, 20000)},
         QStringLiteral("The valley is found in a few steps; following its curved floor to (1, "
                        "1) takes thousands.")},
        {QStringLiteral("Himmelblau: the start picks the minimum"),
         QStringLiteral("himmelblau"),
         std::nullopt,
         {run(V(0.5, 0.5), 0.01, 200), run(V(-0.5, 0.5), 0.01, 200), run(V(-1, -1), 0.01, 200),
          run(V(0.5, -0.5), 0.01, 200)},
         QStringLiteral("Four starts a step apart reach four different minima.")},
        {QStringLiteral("Saddle point"),
         QStringLiteral("saddle"),
         std::nullopt,
         {run(V(-2.5, 0.05), 0.1, 40), run(V(-2.5, 0), 0.1, 60)},
         QStringLiteral("Exactly on the axis the gradient never points away, and descent stops "
                        "at the saddle; a tiny offset escapes.")},
        {QStringLiteral("Momentum glides along the valley"),
         QStringLiteral("ill-conditioned"),
         std::nullopt,
         {run(V(-4.5, 1.8), 0.005, 700),
          run(V(-4.5, 1.8), 0.005, 700, "momentum", {{"momentum", 0.9}})},
         QStringLiteral(
             "x² + 10·y² at the same lr = 0.005. Gradient descent crawls along the flat valley "
             "floor: it needs 608 steps to stay within 0.01 of the minimum. Momentum (β = 0.9) "
             "adds each gradient to a velocity that keeps 90 % of the last one; along the floor "
             "the gradients agree, so its steps grow, and it stays within 0.01 from step 118, "
             "after swinging past (0, 0) to x = 0.69 first."),
         1},
        {QStringLiteral("Adaptive steps escape the saddle"),
         QStringLiteral("saddle"),
         gd::Rect{-3, 1.5, -0.6, 3.6},
         {run(V(-2.5, 0.001), 0.1, 45), run(V(-2.5, 0.001), 0.1, 45, "adam"),
          run(V(-2.5, 0.001), 0.01, 45, "rmsprop")},
         QStringLiteral(
             "x² − y² from (−2.5, 0.001), just off the axis. Gradient descent's step across is "
             "lr·2|y|, tiny while y is: it slides to the saddle and lingers, 27 steps within 0.5 "
             "of it, and is 1 away from the axis only at step 38. Adam and RMSProp divide each "
             "coordinate's step by the size of its own recent gradients, so they move across as "
             "fast as along: 1 away at steps 11 and 17, never nearer the saddle than 1.7. "
             "(RMSProp's first step is 10·lr, so it runs at lr = 0.01.)"),
         1},
        {QStringLiteral("Rosenbrock race"),
         QStringLiteral("rosenbrock"),
         gd::Rect{-1.6, 1.6, -0.4, 2.0},
         {run(V(-1.2, 1), 0.001, 3000), run(V(-1.2, 1), 0.001, 3000, "momentum"),
          run(V(-1.2, 1), 0.001, 3000, "nesterov"), run(V(-1.2, 1), 0.02, 3000, "adam")},
         QStringLiteral(
             "Four step rules from (−1.2, 1), in step. Within 0.01 of the minimum (1, 1) for good: "
             "momentum after 1027 steps, Nesterov after 1065, Adam (lr = 0.02: about the length of "
             "each coordinate's step) after 2530; gradient descent, at the momentum methods' lr = "
             "0.001, is still 0.33 away after 3000."),
         1},
        {QStringLiteral("Newton jumps to the saddle"),
         QStringLiteral("saddle"),
         std::nullopt,
         {run(V(-2.5, 0.2), 0.1, 14), run(V(-2.5, 0.2), 1.0, 14, "newton")},
         QStringLiteral(
             "Newton's method steps to the centre of the quadratic that fits f at x: x − H⁻¹·∇f. "
             "On a quadratic that is f itself, so one step lands on its centre: on the bowl x² + "
             "y² the minimum, but on x² − y² the saddle (0, 0). From (−2.5, 0.2) Newton lands "
             "exactly there in one step and stays (the gradient is 0); gradient descent from the "
             "same start slides off downhill, f = −6.6 after 14 steps."),
         1},
        {QStringLiteral("A decaying learning rate settles"),
         QStringLiteral("ill-conditioned"),
         std::nullopt,
         {run(V(-4.5, 1.8), 0.099, 100),
          scheduled(run(V(-4.5, 1.8), 0.099, 100), "step", {{"step_size", 20}, {"gamma", 0.5}})},
         QStringLiteral(
             "x² + 10·y² at lr = 0.099, just below the 0.1 where the steep direction diverges: "
             "each step multiplies y by 1 − 20·lr = −0.98, so at a constant rate the path zig-zags "
             "across the valley and is still 0.24 from the minimum after 100 steps. Step decay "
             "halves the rate every 20 steps: from step 21 the factor is 1 − 20·0.0495 = 0.01, "
             "the zig-zag stops at once, and the run is within 0.01 of the minimum for good at "
             "step 37."),
         1},
    };
}

std::vector<Demo> make_demos() {
    std::vector<Demo> all;
    for (Recipe& r : recipes()) {
        // Every demo names a preset that exists; one that did not would have no preset and no
        // text, which the test that loads each demo catches.
        const gd::Preset* preset = gd::find_preset(r.preset.toStdString());
        Scene scene = scene_of(preset != nullptr ? *preset : gd::default_preset());
        if (preset == nullptr) {
            scene.preset = nullptr;
            scene.expression.clear();
        }
        scene.runs = std::move(r.runs);
        scene.active_run = r.active_run;
        if (r.view) scene.view = *r.view;
        all.push_back({std::move(r.title), std::move(scene), std::move(r.note), r.coordinates});
    }
    return all;
}

}  // namespace

std::span<const Demo> demos() {
    static const std::vector<Demo> all = make_demos();
    return all;
}

}  // namespace gdlab
