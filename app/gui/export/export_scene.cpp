#include "gui/export/export_scene.hpp"

#include <QStringList>
#include <algorithm>
#include <memory>

#include "gui/model/last_step.hpp"
#include "gui/model/preset_lookup.hpp"
#include "gui/model/run_anatomy.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/field.hpp"
#include "gui/plot/step_caption.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

int ExportScene::lastStep() const {
    return last_step_of_longest(runs);
}

ExportScene export_scene_of(const Scene& scene,
                            std::vector<std::shared_ptr<const gd::Trace>> traces) {
    ExportScene out{scene.objective};
    out.minima = known_minima(scene.preset);
    const QStringList labels = legend_labels(scene.runs);
    const bool coloured = scene.colours.size() == scene.runs.size();
    for (std::size_t k = 0; k < scene.runs.size(); ++k) {
        out.runs.push_back({k < traces.size() ? std::move(traces[k]) : nullptr, scene.runs[k],
                            labels[static_cast<qsizetype>(k)],
                            coloured ? scene.colours[k] : static_cast<int>(k)});
    }
    out.active_run = scene.active_run;
    out.view = scene.view;
    out.title = scene.title;
    out.note = scene.note;
    if (out.title.empty() && out.note.empty() && scene.preset != nullptr) {
        // What the window shows above the plot for a preset with no title of the scene's own:
        // its name and its description (a picture asked to carry the title had none).
        out.title = std::string(scene.preset->title);
        out.note = std::string(scene.preset->note);
    }
    out.contours = scene.contours;
    out.step = std::min(scene.step.value_or(out.lastStep()), out.lastStep());
    return out;
}

std::vector<std::shared_ptr<const gd::Trace>> compute_traces(const Scene& scene) {
    std::vector<std::shared_ptr<const gd::Trace>> traces;
    for (const RunSpec& run : scene.runs)
        traces.push_back(std::make_shared<const gd::Trace>(gd::run_descent(scene.objective, run)));
    return traces;
}

QString scene_caption(const ExportScene& scene, int k) {
    QStringList parts{QStringLiteral("f(x, y) = ") +
                      QString::fromStdString(scene.objective.expression().to_pretty_string())};
    if (scene.runs.empty()) return parts.front();
    const RunSpec& first = scene.runs.front().spec;
    const auto shared = [&](const auto& same) {
        return std::all_of(scene.runs.begin(), scene.runs.end(),
                           [&](const ExportRun& r) { return same(r.spec); });
    };
    const gd::DescentSettings& settings = first.settings;
    if (shared([&](const RunSpec& s) { return s.settings.start == settings.start; }))
        parts << QStringLiteral("start ") + point_text(settings.start);
    const std::string_view method = gd::optimizer_name(first.optimizer);
    if (shared([&](const RunSpec& s) { return gd::optimizer_name(s.optimizer) == method; }) &&
        method != gd::kDefaultOptimizer)
        parts << to_qstring(gd::optimizer_title(first.optimizer));
    // The hyper-parameters every run has, at one value, whatever its method (gradient descent
    // and momentum both at lr 0.01: "lr = 0.01"); the legend names those that differ.
    for (const gd::HyperParameter& p : gd::hyper_parameters(first.optimizer)) {
        const double v = *gd::hyper_parameter(first.optimizer, p.name);
        if (shared([&](const RunSpec& s) { return gd::hyper_parameter(s.optimizer, p.name) == v; }))
            parts << to_qstring(p.symbol) + QStringLiteral(" = ") + short_number(v);
    }
    // The schedule every run shares, when it varies the rate (the legend names one that
    // differs), with the parameters they share, but none at a default of 0 ("no warm-up").
    const gd::Schedule& schedule = settings.schedule;
    const std::string_view rule = gd::schedule_name(schedule);
    if (gd::varies(schedule) &&
        shared([&](const RunSpec& s) { return gd::schedule_name(s.settings.schedule) == rule; })) {
        parts << to_qstring(rule) + QStringLiteral(" schedule");
        for (const gd::HyperParameter& p : gd::schedule_parameters(schedule)) {
            const double v = *gd::schedule_parameter(schedule, p.name);
            if (v == 0.0 && p.default_value == 0.0) continue;
            if (shared([&](const RunSpec& s) {
                    return gd::schedule_parameter(s.settings.schedule, p.name) == v;
                }))
                parts << to_qstring(p.symbol) + QStringLiteral(" = ") + short_number(v);
        }
    }
    if (shared([&](const RunSpec& s) {
            return s.settings.gradient.mode == gd::GradientMode::numeric &&
                   s.settings.gradient.h == settings.gradient.h;
        }))
        parts << QStringLiteral("numeric ∇f, h = ") + short_number(settings.gradient.h);
    // The steps shown: k, or fewer where every run stopped sooner. With several runs that
    // ended apart (100, 51 and 15 steps) "100 steps" would be false for two of them: the
    // picture is at step k.
    const int steps = std::min(k, scene.lastStep());
    const bool all_there =
        std::all_of(scene.runs.begin(), scene.runs.end(), [&](const ExportRun& r) {
            return r.trace && static_cast<int>(r.trace->points.size()) - 1 >= steps;
        });
    if (all_there || scene.runs.size() == 1) {
        parts << (steps == 1 ? QStringLiteral("1 step") : QStringLiteral("%1 steps").arg(steps));
    } else {
        // The line above the plot gives the selected run's own last step ("step 56 —
        // converged"): this one says which step the picture is at, and whose.
        parts << QStringLiteral("at step %1 of the longest run").arg(steps);
    }
    return parts.join(QStringLiteral(" · "));
}

PlotStyle readable_style(const ExportLook& look) {
    PlotStyle style = look.style;
    const double needed = kMinTextShare * look.size.height() / DescentPlot::smallestTextPixels();
    style.font_scale = std::max(style.font_scale, needed);
    // Lines grow too, less: enough to keep their weight beside the text, not so much that a
    // path of dense iterates (a dot each) turns into a band.
    style.line_scale = std::max(style.line_scale, 1.0 + 0.4 * (style.font_scale - 1.0));
    style.fixed_text = true;
    return style;
}

std::unique_ptr<DescentPlot> make_export_plot(const ExportScene& scene, const ExportLook& look) {
    auto plot = std::make_unique<DescentPlot>();
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    plot->resize(look.size);
    // A widget never shown gets no resize event, so the plot's own viewport is set here.
    plot->setViewport(QRect(QPoint(0, 0), look.size));
    plot->setStyle(readable_style(look));
    // Equal scaling is settled on screen (it does not refit for every change of tick labels),
    // so a picture of the screen's size takes the view as it is.
    plot->setEqualScaling(scene.equal_scaling && look.size != scene.screen_size);
    plot->setArrowsVisible(scene.arrows);
    plot->setGradientFieldShown(scene.gradient_field);
    plot->setIterateNumbersVisible(scene.numbers);
    plot->setMinima(scene.minima);
    const int count = static_cast<int>(scene.runs.size());
    plot->setRunCount(count);
    for (int i = 0; i < count; ++i) {
        const ExportRun& run = scene.runs[static_cast<std::size_t>(i)];
        plot->path(i).setColourSlot(run.colour);
        plot->path(i).setTrace(run.trace);
        plot->path(i).setLabel(run.label);
    }

    if (count > 0) {
        const int active = std::clamp(scene.active_run, 0, count - 1);
        const ExportRun& run = scene.runs[static_cast<std::size_t>(active)];
        plot->setActiveRun(active);
        plot->setStartMarker(run.spec.settings.start);
        // The selected run's updates taken apart, as the window draws them with the arrows.
        if (run.trace) {
            plot->setStepAnatomySource(
                [anatomy = std::make_shared<RunAnatomy>(scene.objective, run.spec, run.trace)](
                    int k) { return anatomy->at(k); });
        }
    }
    // The caption row first: it takes height from the axis rect, which equal scaling fits.
    show_export_step(*plot, scene, look, scene.step);
    plot->setView(scene.view);
    plot->replot(QCustomPlot::rpImmediateRefresh);  // lays out; equal scaling fits the view
    plot->placeLegend();
    // Wrapped to the width the layout gives the plot's column (the colour scale has its own).
    if (look.title) {
        plot->setHeading(QString::fromStdString(scene.title), QString::fromStdString(scene.note));
        plot->replot(QCustomPlot::rpImmediateRefresh);
    }
    // The field's values change the colour scale's tick labels, so the plot's width, so (with
    // equal scaling) the view: sample again until the view holds still (twice at most).
    for (int round = 0; round < 3; ++round) {
        const gd::Rect shown = plot->view();
        plot->setField(*compute_field(scene.objective, shown, scene.contours));
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const gd::Rect now = plot->view();
        if (now.x_min == shown.x_min && now.x_max == shown.x_max && now.y_min == shown.y_min &&
            now.y_max == shown.y_max) {
            break;
        }
    }
    return plot;
}

void show_export_step(DescentPlot& plot, const ExportScene& scene, const ExportLook& look, int k) {
    plot.showStep(k, true);
    if (!scene.runs.empty()) {
        const ExportRun& active = scene.runs[static_cast<std::size_t>(
            std::clamp(scene.active_run, 0, static_cast<int>(scene.runs.size()) - 1))];
        plot.setCaption(active.trace ? step_caption(*active.trace, active.spec, k) : QString());
    }
    plot.setFooter(look.caption ? scene_caption(scene, k) : QString());
}

}  // namespace gdlab
