// The window's own costs, measured on the real widgets at 1280x800 (offscreen):
//  - from a changed expression or view to the new picture: sampling 512x512, choosing levels,
//    contouring, filling the heatmap and a full replot (goal: under 30 ms);
//  - one animation frame (17 more steps, the runs' layer repainted) at step 10 and at step
//    100,000 of a long run, which should cost the same;
//  - a full redraw with a run of 1,000 and of 1,000,000 steps, which should cost the same;
//  - the worst event-loop latency while 1 and while 8 runs of a million steps recompute after
//    one typed character (goal: under 100 ms);
//  - exports of the learning-rate demo (three runs of 100 steps): a 1600x1000 PNG at 2x, SVG,
//    PDF, and the 101-frame GIF at 800x600 (its size in bytes is a counter).
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <optional>
#include <variant>

#include "gd/presets.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/export/image_export.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/objective_editor.hpp"
#include "gui/plot/convergence_plot.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/field.hpp"
#include "gui/window/main_window.hpp"

namespace {

// Set when a benchmark could not set up what it measures or its work failed: the program then
// exits with 1, so that CTest's quick pass fails instead of timing nothing.
bool failed = false;

void fail(benchmark::State& state, const char* what) {
    failed = true;
    state.SkipWithError(what);
}

// The window every benchmark drives, shown and drawn once; null when it could not be drawn.
gdlab::MainWindow* window() {
    static gdlab::MainWindow* w = [] {
        auto* created = new gdlab::MainWindow(false);
        created->resize(1280, 800);
        created->show();
        return created->waitUntilDrawn() ? created : nullptr;
    }();
    return w;
}

gd::Objective parse(const char* text) {
    return std::get<gd::Objective>(gd::Objective::parse(text));
}

void BM_ExpressionToPicture(benchmark::State& state) {
    gdlab::MainWindow* shown = window();
    if (shown == nullptr) return fail(state, "the window was never drawn");
    gdlab::MainWindow& w = *shown;
    const char* texts[] = {"(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "(1 - x)^2 + 100*(y - x^2)^2"};
    int k = 0;
    for (auto _ : state) {
        const gd::Objective f = parse(texts[k++ % 2]);
        w.plot().setField(*gdlab::compute_field(f, w.plot().view()));
        w.plot().replot(QCustomPlot::rpImmediateRefresh);
    }
    state.counters["plot_px"] = w.plot().width() * w.plot().height();
}
BENCHMARK(BM_ExpressionToPicture)->Unit(benchmark::kMillisecond);

void BM_ViewToPicture(benchmark::State& state) {
    gdlab::MainWindow* shown = window();
    if (shown == nullptr) return fail(state, "the window was never drawn");
    gdlab::MainWindow& w = *shown;
    const gd::Objective f = parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2");
    int k = 0;
    for (auto _ : state) {
        const double shift = (k++ % 2) * 0.5;  // a pan
        w.plot().setView({-5 + shift, 5 + shift, -5, 5});
        w.plot().setField(*gdlab::compute_field(f, w.plot().view()));
        w.plot().replot(QCustomPlot::rpImmediateRefresh);
    }
}
BENCHMARK(BM_ViewToPicture)->Unit(benchmark::kMillisecond);

// A frame at step `base`: the path shows iterates 0 ... base, the frame adds 17 (1000 steps
// per second at 60 frames per second) and repaints.
void BM_AnimationFrame(benchmark::State& state) {
    gdlab::MainWindow* shown = window();
    if (shown == nullptr) return fail(state, "the window was never drawn");
    gdlab::MainWindow& w = *shown;
    static bool prepared = false;
    if (!prepared) {
        // Rosenbrock from (-1.2, 1) with a small rate: 200,000 steps that keep moving along the
        // valley, so late iterates are still drawn.
        w.session().setScene(
            parse("(1 - x)^2 + 100*(y - x^2)^2"), QStringLiteral("(1 - x)^2 + 100*(y - x^2)^2"),
            nullptr,
            {gdlab::RunSpec{gd::GradientDescent{2e-5}, {{-1.2, 1.0}, 200'000, 0.0, {}, {}}}});
        w.plot().setView({-2, 2, -1, 3});
        if (!w.waitUntilDrawn()) return fail(state, "the run was never drawn");
        prepared = true;
    }
    const int base = static_cast<int>(state.range(0));
    gdlab::RunPath& path = w.plot().path(0);
    for (auto _ : state) {
        state.PauseTiming();
        w.plot().showStep(base, false);
        state.ResumeTiming();
        w.plot().showStep(base + 17, false);  // playing: the tail is not settled
    }
    state.counters["drawn_points"] = path.drawnPointCount();
}
BENCHMARK(BM_AnimationFrame)->Arg(10)->Arg(100'000)->Unit(benchmark::kMicrosecond);

// Drawing does not grow with a run's length: the whole window (descent plot and convergence
// plot) repainted with one run of `steps` steps on Rosenbrock shown to its end. A run of
// 1,000,000 steps should cost what one of 1,000 does.
void BM_RedrawWithRunOf(benchmark::State& state) {
    gdlab::MainWindow* shown = window();
    if (shown == nullptr) return fail(state, "the window was never drawn");
    gdlab::MainWindow& w = *shown;
    const int steps = static_cast<int>(state.range(0));
    const QString text = QStringLiteral("(1 - x)^2 + 100*(y - x^2)^2");
    w.session().setScene(
        parse(text.toUtf8().constData()), text, nullptr,
        {gdlab::RunSpec{gd::GradientDescent{1e-4}, {{-1.2, 1.0}, steps, 0.0, {}, {}}}});
    w.plot().setView({-2, 2, -1, 3});
    if (!w.waitUntilDrawn(120'000)) return fail(state, "the run was never drawn");
    w.animation().toEnd();
    for (auto _ : state) {
        w.plot().replot(QCustomPlot::rpImmediateRefresh);
        w.convergence().replot(QCustomPlot::rpImmediateRefresh);
    }
    state.counters["path_points"] = w.plot().path(0).drawnPointCount();
    state.counters["convergence_points"] = w.convergence().drawnPointCount();
}
BENCHMARK(BM_RedrawWithRunOf)->Arg(1'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// The window's responsiveness while long runs recompute: `runs` runs of 1,000,000 steps on
// Rosenbrock with tolerance 0 are computed, then one character is typed into the expression
// (which recomputes them all). A 1 ms timer on the GUI thread measures the longest time the
// event loop was away (worst_gap_ms, goal under 100) until every run is back and drawn.
void BM_RecomputeLatency(benchmark::State& state) {
    gdlab::MainWindow* shown = window();
    if (shown == nullptr) return fail(state, "the window was never drawn");
    gdlab::MainWindow& w = *shown;
    const int runs = static_cast<int>(state.range(0));
    const QString texts[] = {QStringLiteral("(1 - x)^2 + 100*(y - x^2)^2"),
                             QStringLiteral("(1 - x)^2 + 100*(y - x^2)^2 ")};
    std::vector<gdlab::RunSpec> specs;
    for (int k = 0; k < runs; ++k)
        specs.push_back(gdlab::RunSpec{gd::GradientDescent{1e-4},
                                       {{-1.2, 1.0 + 0.1 * k}, 1'000'000, 0.0, {}, {}}});
    w.session().setScene(parse(texts[0].toUtf8().constData()), texts[0], nullptr, specs);
    w.plot().setView({-2, 2, -1, 3});
    w.animation().toEnd();
    if (!w.waitUntilDrawn(120'000)) return fail(state, "the runs were never drawn");
    double worst_ms = 0.0;
    int typed = 1;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worst_ms = std::max(worst_ms, static_cast<double>(now - last));
            last = now;
        });
        tick.start();
        // The window's own event loop runs (no processEvents loop, which would starve the
        // timer) until every run is back, then 300 ms more for the queued repaints.
        QEventLoop loop;
        bool computed = false;
        const auto done = QObject::connect(&w.session(), &gdlab::Session::computingChanged, &loop,
                                           [&](bool computing) {
                                               if (computing || computed) return;
                                               computed = true;
                                               QTimer::singleShot(300, &loop, &QEventLoop::quit);
                                           });
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        const QString& text = texts[typed++ % 2];
        w.editor().expressionBox()->setEditText(text);  // as if typed and Enter pressed
        w.editor().validateNow();
        loop.exec();
        QObject::disconnect(done);
        tick.stop();
        if (!computed) fail(state, "the runs never came back");
        worst_ms = std::max(worst_ms, static_cast<double>(clock.elapsed() - last));
    }
    state.counters["worst_gap_ms"] = worst_ms;
    state.counters["runs"] = runs;
}
BENCHMARK(BM_RecomputeLatency)->Arg(1)->Arg(8)->Unit(benchmark::kMillisecond)->Iterations(2);

// How long Esc takes to stop `runs` runs of 1,000,000 steps on Rosenbrock 100 ms after they
// started (cancel_ms: from the cancel to the last run back, every run keeping what it reached).
void BM_CancelLatency(benchmark::State& state) {
    gdlab::MainWindow* shown = window();
    if (shown == nullptr) return fail(state, "the window was never drawn");
    gdlab::MainWindow& w = *shown;
    const int runs = static_cast<int>(state.range(0));
    const QString text = QStringLiteral("(1 - x)^2 + 100*(y - x^2)^2");
    double worst_ms = 0.0;
    for (auto _ : state) {
        std::vector<gdlab::RunSpec> specs;
        for (int k = 0; k < runs; ++k)
            specs.push_back(gdlab::RunSpec{gd::GradientDescent{1e-4},
                                           {{-1.2, 1.0 + 0.01 * k}, 1'000'000, 0.0, {}, {}}});
        w.session().setScene(parse(text.toUtf8().constData()), text, nullptr, specs);
        QElapsedTimer started;
        started.start();
        while (started.elapsed() < 100)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QElapsedTimer clock;
        clock.start();
        w.session().cancel();
        if (!w.session().waitUntilComputed(60'000)) return fail(state, "the runs never stopped");
        worst_ms = std::max(worst_ms, static_cast<double>(clock.elapsed()));
    }
    state.counters["cancel_ms"] = worst_ms;
}
BENCHMARK(BM_CancelLatency)->Arg(8)->Unit(benchmark::kMillisecond)->Iterations(3);

// The learning-rate demo at its last step; null when its runs could not be computed.
const gdlab::ExportScene* demo_scene() {
    static const std::optional<gdlab::ExportScene> scene =
        []() -> std::optional<gdlab::ExportScene> {
        gdlab::MainWindow w(false);
        w.loadDemo(0);
        if (!w.session().waitUntilComputed()) return std::nullopt;
        gdlab::ExportScene s = w.exportScene();
        s.step = s.lastStep();
        return s;
    }();
    return scene ? &*scene : nullptr;
}

void BM_ExportImage(benchmark::State& state) {
    const char* names[] = {"slide.png", "slide.svg", "slide.pdf"};
    const QTemporaryDir dir;
    const QString file = dir.filePath(QString::fromLatin1(names[state.range(0)]));
    gdlab::ExportLook look;
    look.size = QSize(1600, 1000);
    look.caption = true;
    const double scale = state.range(0) == 0 ? 2.0 : 1.0;
    const gdlab::ExportScene* scene = demo_scene();
    if (scene == nullptr) return fail(state, "the demo's runs were never computed");
    for (auto _ : state) {
        if (!gdlab::export_image(*scene, look, scale, file).isEmpty()) fail(state, "export failed");
    }
    state.SetLabel(names[state.range(0)]);
    state.counters["bytes"] = static_cast<double>(QFileInfo(file).size());
}
BENCHMARK(BM_ExportImage)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

void BM_ExportGif(benchmark::State& state) {
    const QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("descent.gif"));
    gdlab::ExportLook look;
    look.size = QSize(800, 600);
    int frames = 0;
    const gdlab::ExportScene* scene = demo_scene();
    if (scene == nullptr) return fail(state, "the demo's runs were never computed");
    for (auto _ : state) {
        const gdlab::AnimationResult r =
            gdlab::export_animation(*scene, look, gdlab::AnimationOptions{}, file);
        if (!r.error.isEmpty()) fail(state, "export failed");
        frames = r.frames;
    }
    state.counters["frames"] = frames;
    state.counters["bytes"] = static_cast<double>(QFileInfo(file).size());
}
BENCHMARK(BM_ExportGif)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return failed ? 1 : 0;
}
