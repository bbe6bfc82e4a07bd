#include "gui/plot/convergence_binding.hpp"

#include "gui/model/animation.hpp"
#include "gui/model/preset_lookup.hpp"
#include "gui/model/session.hpp"
#include "gui/plot/convergence_plot.hpp"
#include "gui/plot/palette.hpp"

namespace gdlab {

namespace {

void show_series(ConvergencePlot& plot, const Session& session, const Animation& animation) {
    const auto& runs = session.runs();
    const QStringList labels = legend_labels(session.specs());
    std::vector<ConvergenceSeries> series;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const int i = static_cast<int>(k);
        series.push_back({runs[k].trace, runs[k].reduced, run_colour(runs[k].colour), labels[i]});
    }
    plot.setSeries(series);
    plot.setActiveSeries(session.activeIndex());
    plot.setStep(animation.step());
}

}  // namespace

void connect_to_session(ConvergencePlot& plot, const Session& session, const Animation& animation) {
    QObject::connect(&session, &Session::runsChanged, &plot,
                     [&] { show_series(plot, session, animation); });
    QObject::connect(&session, &Session::tracesArrived, &plot,
                     [&] { show_series(plot, session, animation); });
    const auto show_minimum = [&] { plot.setMinimum(sole_minimum(session.preset())); };
    QObject::connect(&session, &Session::objectiveChanged, &plot, show_minimum);
    QObject::connect(&animation, &Animation::stepChanged, &plot, [&](int k) { plot.setStep(k); });
    // What the session holds already.
    show_minimum();
    show_series(plot, session, animation);
}

}  // namespace gdlab
