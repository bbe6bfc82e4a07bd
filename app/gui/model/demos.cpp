#include "gui/model/demos.hpp"

namespace gdlab {

namespace {

RunSpec run(const Eigen::Vector2d& start, double lr, int iterations, double tol = 1e-5) {
    RunSpec s;
    gd::set_hyper_parameter(s.optimizer, "lr", lr);
    s.settings.start = start;
    s.settings.max_iterations = iterations;
    s.settings.tolerance = tol;
    return s;
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
         QStringLiteral("The bowl x² + y² from (−3, 4), as in the classic numpy example. Each step "
                        "multiplies the distance to the minimum by 1 − 2·lr: 0.998 at lr = 0.001 "
                        "(it barely moves), 0.8 at 0.1 (it creeps in), −0.4 at 0.7 (it jumps "
                        "across the minimum every step, yet converges). Past lr = 1 the factor "
                        "exceeds 1 in size and the run diverges."),
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
