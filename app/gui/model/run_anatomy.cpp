#include "gui/model/run_anatomy.hpp"

#include <algorithm>
#include <utility>

#include "gui/model/session.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

gd::NumberText window_number_text() {
    return [](double v) { return short_number(v, 5).toStdString(); };
}

RunAnatomy::RunAnatomy(const gd::Objective& f, const RunSpec& spec,
                       std::shared_ptr<const gd::Trace> trace)
    : trace_(std::move(trace)), replay_(f, spec, *trace_) {}

std::optional<gd::StepAnatomy> RunAnatomy::at(int k) {
    if (trace_->points.empty()) return std::nullopt;
    const int last = static_cast<int>(trace_->points.size()) - 1;
    return replay_.anatomy_at(static_cast<std::size_t>(std::clamp(k, 0, last)),
                              window_number_text());
}

std::optional<gd::StepAnatomy> SelectedRunAnatomy::at(int k) {
    const Run& run = session_.activeRun();
    if (!run.trace) return std::nullopt;
    if (!replay_ || replay_->trace() != run.trace) {
        // While computing, the run's settings (or the objective) are already the new ones and
        // the trace is not: a replay built now would mix them.
        if (run.computing) return std::nullopt;
        replay_ = std::make_unique<RunAnatomy>(session_.objective(), run.spec, run.trace);
    }
    return replay_->at(k);
}

}  // namespace gdlab
