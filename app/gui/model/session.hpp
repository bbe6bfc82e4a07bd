// The model behind the window: one objective and up to kMaxRuns descent runs on it. Traces are
// computed off the GUI thread (a million iterations never freeze the window); a run whose
// settings change is cancelled and started again, and stale results are dropped.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <stop_token>
#include <vector>

#include "gd/descent.hpp"
#include "gd/objective.hpp"
#include "gd/presets.hpp"
#include "gd/trace_series.hpp"
#include "gui/model/run_spec.hpp"
#include "scene/scene.hpp"

class QTimer;

namespace gdlab {

struct Run {
    std::uint64_t id = 0;
    RunSpec spec;
    int colour = 0;  // its slot of the palette (palette.hpp): kept when another run goes
    std::shared_ptr<const gd::Trace> trace;  // null until its first computation finishes
    // The trace's series for the convergence plot, reduced where the trace was computed.
    std::shared_ptr<const gd::ReducedTrace> reduced;
    bool computing = false;
};

class Session : public QObject {
    Q_OBJECT
  public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    [[nodiscard]] const gd::Objective& objective() const { return objective_; }
    [[nodiscard]] const QString& expressionText() const { return text_; }
    // The preset whose formula the objective is, or null for a typed expression.
    [[nodiscard]] const gd::Preset* preset() const { return preset_; }
    void setObjective(const gd::Objective& f, const QString& text, const gd::Preset* preset);
    // A whole new scene at once (a preset, a demo, a restored session): objective and runs.
    void setScene(const gd::Objective& f, const QString& text, const gd::Preset* preset,
                  const std::vector<RunSpec>& specs);
    // The objective, runs and selected run of `scene` (its view and step are the plot's).
    void setScene(const Scene& scene);
    // The objective and runs as a Scene; its view and step are left for the window to fill.
    [[nodiscard]] Scene scene() const;

    [[nodiscard]] const std::vector<Run>& runs() const { return runs_; }
    [[nodiscard]] std::vector<RunSpec> specs() const;
    [[nodiscard]] int activeIndex() const { return active_; }
    [[nodiscard]] const Run& activeRun() const { return runs_[static_cast<std::size_t>(active_)]; }
    void setActiveIndex(int index);
    void setActiveSpec(const RunSpec& spec);
    // Keeps every run and appends a copy of the active one, which becomes active. False (and
    // nothing changes) when kMaxRuns are already shown.
    bool addRun();
    // Removes a run; the last remaining run cannot be removed.
    void removeRun(int index);
    // Replaces every run (a demo scene, a restored session); `active` (the first when out of
    // range) becomes the selected one, announced once with the runs.
    // `colours`: each run's palette slot (Scene::colours); in run order unless one distinct
    // slot per run.
    void setRuns(const std::vector<RunSpec>& specs, int active = 0,
                 const std::vector<int>& colours = {});

    [[nodiscard]] bool computing() const;
    // Iterations done over iterations asked for, across the runs being computed (0 ... 1).
    [[nodiscard]] double progress() const;
    // Stops every computation; those runs end with the `cancelled` stop reason.
    void cancel();
    // Blocks until no run is being computed (tests, screenshots); false on timeout.
    bool waitUntilComputed(int timeout_ms = 30000);

  signals:
    void objectiveChanged();
    // Runs were added, removed or re-specified, or the active run changed.
    void runsChanged();
    // A trace arrived (runs()[index].trace is new).
    void traceReady(int index);
    // Traces arrived: once for those finishing together (eight runs on two cores), so views
    // redraw once, not once each; at once when the last computation ends.
    void tracesArrived();
    void computingChanged(bool computing);
    // The objective, a run or the selected run changed: once per change, after all of it (a
    // new scene announces objectiveChanged and runsChanged first, then this once), so that
    // scene() is whole when it is read (the undo history, the unsaved-change mark).
    void sceneChanged();

  public:
    // Columns the convergence plot's series are reduced to (ConvergencePlot::kBuckets).
    static constexpr std::size_t kReducedBuckets = 2048;

  private:
    // What a worker hands back: the trace and its reduced series.
    struct Computed {
        gd::Trace trace;
        gd::ReducedTrace reduced;
    };
    struct Job {
        std::uint64_t generation = 0;
        std::stop_source stop;
        std::shared_ptr<std::atomic<int>> done;
        int total = 0;
    };

    void compute(Run& run);
    void finished(std::uint64_t run_id, std::uint64_t generation, Computed computed);
    [[nodiscard]] int indexOf(std::uint64_t run_id) const;
    void announceArrivals();
    // sceneChanged, unless a larger change (setScene) is under way and announces it at its end.
    void announceSceneChange();

    gd::Objective objective_;
    QString text_;
    const gd::Preset* preset_ = nullptr;
    std::vector<Run> runs_;
    int active_ = 0;
    std::uint64_t next_id_ = 1;
    std::uint64_t next_generation_ = 1;
    std::map<std::uint64_t, Job> jobs_;  // by run id
    QTimer* arrivals_;                   // gathers traceReady into one tracesArrived
    bool in_scene_change_ = false;       // setScene: its setRuns does not announce on its own
    // The round of computing under way (from the first run started to the last finished): the
    // updates asked for, those of the runs finished, and the progress last reported.
    double batch_total_ = 0.0;
    double batch_finished_ = 0.0;
    mutable double shown_progress_ = 0.0;
};

}  // namespace gdlab
