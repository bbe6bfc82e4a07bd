#include "gui/plot/descent_plot_binding.hpp"

#include <algorithm>
#include <memory>

#include "gui/plot/step_caption.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/preset_lookup.hpp"
#include "gui/model/run_anatomy.hpp"
#include "gui/model/session.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/run_path.hpp"

namespace gdlab {

namespace {

// The line above the plot: the selected run's step, large enough for the back of a room.
void show_caption(DescentPlot& plot, const Session& session, int step) {
    const Run& run = session.activeRun();
    if (!run.trace || run.trace->points.empty()) return;
    const int k = std::min(step, static_cast<int>(run.trace->points.size()) - 1);
    // While the run is computed again, the trace shown is the old one: its stop reason no
    // longer holds.
    plot.setCaption(run.computing ? QStringLiteral("step %1   —   computing the new run…").arg(k)
                                  : step_caption(*run.trace, run.spec, k));
}

void show_step(DescentPlot& plot, const Session& session, const Animation& animation) {
    plot.showStep(animation.step(), !animation.playing());
    show_caption(plot, session, animation.step());
}

// Hands every path its trace; a path whose trace did not change keeps what it drew.
void show_traces(DescentPlot& plot, const Session& session) {
    const auto& runs = session.runs();
    for (std::size_t k = 0; k < runs.size(); ++k) {
        plot.path(static_cast<int>(k)).setColourSlot(runs[k].colour);
        plot.path(static_cast<int>(k)).setTrace(runs[k].trace);
    }
}

}  // namespace

void connect_to_session(DescentPlot& plot, const Session& session, const Animation& animation) {
    // The selected run's updates taken apart, beside its step arrow: one replay, kept while
    // its trace is shown, moving on with the animation.
    plot.setStepAnatomySource([anatomy = std::make_shared<SelectedRunAnatomy>(session)](int k) {
        return anatomy->at(k);
    });
    const auto show_runs = [&] {
        plot.setRunCount(static_cast<int>(session.runs().size()));
        show_traces(plot, session);
        plot.setActiveRun(session.activeIndex());
        plot.setStartMarker(session.activeRun().spec.settings.start);
        const QStringList labels = legend_labels(session.specs());
        for (int i = 0; i < static_cast<int>(session.runs().size()); ++i)
            plot.path(i).setLabel(labels[i]);
        show_step(plot, session, animation);
        plot.placeLegend();
        plot.replot(QCustomPlot::rpQueuedReplot);
    };
    const auto show_minima = [&] { plot.setMinima(known_minima(session.preset())); };
    QObject::connect(&session, &Session::runsChanged, &plot, show_runs);
    QObject::connect(&session, &Session::tracesArrived, &plot, [&] {
        // The legend names runs by their settings, which did not change: only the paths'
        // layers are drawn again, not the whole plot.
        show_traces(plot, session);
        show_step(plot, session, animation);
        plot.placeLegend();
    });
    QObject::connect(&session, &Session::objectiveChanged, &plot, show_minima);
    QObject::connect(&session, &Session::computingChanged, &plot,
                     [&] { show_caption(plot, session, animation.step()); });
    QObject::connect(&animation, &Animation::stepChanged, &plot,
                     [&] { show_step(plot, session, animation); });
    // Paused: the paths are settled onto the trail layer, in their stacking order.
    QObject::connect(&animation, &Animation::playingChanged, &plot, [&](bool playing) {
        if (!playing) plot.showStep(animation.step(), true);
    });
    // What the session holds already.
    show_minima();
    show_runs();
}

}  // namespace gdlab
