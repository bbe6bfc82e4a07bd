// The window's own costs, measured on the real widgets at 1280x800 (offscreen):
//  - from a changed expression or view to the new picture: sampling 512x512, choosing levels,
//    contouring, filling the heatmap and a full replot (goal: under 30 ms);
//  - one animation frame (17 more steps, the runs' layer repainted) at step 10 and at step
//    100,000 of a long run, which should cost the same;
//  - exports of the learning-rate demo (three runs of 100 steps): a 1600x1000 PNG at 2x, SVG,
//    PDF, and the 101-frame GIF at 800x600 (its size in bytes is a counter).
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <variant>

#include "gd/presets.hpp"
#include "gui/animation_export.hpp"
#include "gui/descent_plot.hpp"
#include "gui/field.hpp"
#include "gui/image_export.hpp"
#include "gui/main_window.hpp"
#include "gui/session.hpp"

namespace {

gdlab::MainWindow& window() {
    static gdlab::MainWindow* w = [] {
        auto* created = new gdlab::MainWindow(false);
        created->resize(1280, 800);
        created->show();
        created->waitUntilDrawn();
        return created;
    }();
    return *w;
}

gd::Objective parse(const char* text) {
    return std::get<gd::Objective>(gd::Objective::parse(text));
}

void BM_ExpressionToPicture(benchmark::State& state) {
    gdlab::MainWindow& w = window();
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
    gdlab::MainWindow& w = window();
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
    gdlab::MainWindow& w = window();
    static bool prepared = false;
    if (!prepared) {
        // Rosenbrock from (-1.2, 1) with a small rate: 200,000 steps that keep moving along the
        // valley, so late iterates are still drawn.
        w.session().setScene(parse("(1 - x)^2 + 100*(y - x^2)^2"),
                             QStringLiteral("(1 - x)^2 + 100*(y - x^2)^2"), nullptr,
                             {gdlab::RunSpec{{-1.2, 1.0}, 2e-5, 200'000, 0.0, {}}});
        w.plot().setView({-2, 2, -1, 3});
        w.waitUntilDrawn();
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

const gdlab::ExportScene& demo_scene() {
    static const gdlab::ExportScene scene = [] {
        gdlab::MainWindow w(false);
        w.loadDemo(0);
        w.session().waitUntilComputed();
        gdlab::ExportScene s = w.exportScene();
        s.step = s.lastStep();
        return s;
    }();
    return scene;
}

void BM_ExportImage(benchmark::State& state) {
    const char* names[] = {"slide.png", "slide.svg", "slide.pdf"};
    const QTemporaryDir dir;
    const QString file = dir.filePath(QString::fromLatin1(names[state.range(0)]));
    gdlab::ExportLook look;
    look.size = QSize(1600, 1000);
    look.caption = true;
    const double scale = state.range(0) == 0 ? 2.0 : 1.0;
    for (auto _ : state) {
        if (!gdlab::export_image(demo_scene(), look, scale, file).isEmpty())
            state.SkipWithError("export failed");
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
    for (auto _ : state) {
        const gdlab::AnimationResult r =
            gdlab::export_animation(demo_scene(), look, gdlab::AnimationOptions{}, file);
        if (!r.error.isEmpty()) state.SkipWithError("export failed");
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
    return 0;
}
