// A run's updates taken apart (gd::StepAnatomy) at any point of its trace, with numbers as the
// window shows them: for the parts the plot draws beside the step arrow and the arithmetic the
// explanation writes. Replays forward one update at a time; moving back replays from the start.
#pragma once

#include <memory>
#include <optional>

#include "gd/objective.hpp"
#include "gd/run_replay.hpp"
#include "gd/step_rule.hpp"
#include "gui/model/run_spec.hpp"

namespace gdlab {

class Session;

// The window's numbers in the core's arithmetic: "0.9·(−4.8, 6.4)", five significant digits.
[[nodiscard]] gd::NumberText window_number_text();

class RunAnatomy {
  public:
    // `trace` must be the run of `spec` on `f`.
    RunAnatomy(const gd::Objective& f, const RunSpec& spec, std::shared_ptr<const gd::Trace> trace);

    // The update from point k (clamped to the trace); nothing where the trace has no usable
    // gradient there.
    [[nodiscard]] std::optional<gd::StepAnatomy> at(int k);
    [[nodiscard]] const std::shared_ptr<const gd::Trace>& trace() const { return trace_; }

  private:
    std::shared_ptr<const gd::Trace> trace_;  // held here: the replay reads it
    gd::RunReplay replay_;
};

// The selected run of a session, replayed: built again when the selected run's trace changes
// (a new run, another run selected, a new objective). While a run is computed again the trace
// shown is the old one, and so is the replay kept for it.
class SelectedRunAnatomy {
  public:
    explicit SelectedRunAnatomy(const Session& session) : session_(session) {}

    [[nodiscard]] std::optional<gd::StepAnatomy> at(int k);

  private:
    const Session& session_;
    std::unique_ptr<RunAnatomy> replay_;
};

}  // namespace gdlab
