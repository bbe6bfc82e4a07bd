#include "gui/model/session.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <variant>

#include "gui/model/compute_pool.hpp"
#include "gui/model/preset_lookup.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

Session::Session(QObject* parent)
    : QObject(parent),
      objective_(objective_of(gd::default_preset())),
      text_(to_qstring(gd::default_preset().formula)),
      preset_(&gd::default_preset()),
      arrivals_(new QTimer(this)) {
    arrivals_->setSingleShot(true);
    arrivals_->setInterval(0);
    connect(arrivals_, &QTimer::timeout, this, &Session::tracesArrived);
    runs_.push_back({next_id_++, spec_of(gd::default_preset()), 0, nullptr, nullptr, false});
    compute(runs_.front());
}

Session::~Session() {
    // The workers hold copies of what they compute, and their results are dropped once the
    // session is gone (compute_in_background): they need only be told to stop.
    for (auto& [id, job] : jobs_)
        job.stop.request_stop();
}

void Session::setObjective(const gd::Objective& f, const QString& text, const gd::Preset* preset) {
    objective_ = f;
    text_ = text;
    preset_ = preset;
    emit objectiveChanged();
    for (Run& run : runs_)
        compute(run);  // may turn a run to the numeric gradient: announced after it
    announceSceneChange();
}

void Session::setScene(const gd::Objective& f, const QString& text, const gd::Preset* preset,
                       const std::vector<RunSpec>& specs) {
    Scene scene;
    scene.expression = text.toStdString();
    scene.preset = preset;
    scene.objective = f;
    scene.runs = specs;
    setScene(scene);
}

void Session::setScene(const Scene& scene) {
    objective_ = scene.objective;
    text_ = to_qstring(scene.expression);
    preset_ = scene.preset;
    emit objectiveChanged();
    in_scene_change_ = true;
    setRuns(scene.runs, scene.active_run, scene.colours);
    in_scene_change_ = false;
    announceSceneChange();
}

Scene Session::scene() const {
    Scene scene;
    scene.expression = text_.toStdString();
    scene.preset = preset_;
    scene.objective = objective_;
    scene.runs = specs();
    for (const Run& run : runs_)
        scene.colours.push_back(run.colour);
    scene.active_run = active_;
    return scene;
}

void Session::setActiveIndex(int index) {
    if (index < 0 || index >= static_cast<int>(runs_.size()) || index == active_) return;
    active_ = index;
    emit runsChanged();
    announceSceneChange();
}

void Session::setActiveSpec(const RunSpec& spec) {
    Run& run = runs_[static_cast<std::size_t>(active_)];
    if (run.spec == spec) return;
    run.spec = spec;
    emit runsChanged();
    compute(run);
    announceSceneChange();
}

bool Session::addRun() {
    if (static_cast<int>(runs_.size()) >= kMaxRuns) return false;
    Run copy = activeRun();
    // The copy shares the original's trace until the user changes something, unless that
    // trace is still being computed (it belongs to the settings before): then the copy needs
    // its own. The original, not the last run: copying the first of two runs while it
    // computed gave a copy that kept the old settings' result for good.
    const bool needs_own = copy.trace == nullptr || copy.computing;
    copy.id = next_id_++;
    copy.computing = false;
    // The first colour no run has: one removed before is given out again.
    for (int slot = 0; slot < kMaxRuns; ++slot) {
        if (std::none_of(runs_.begin(), runs_.end(),
                         [slot](const Run& run) { return run.colour == slot; })) {
            copy.colour = slot;
            break;
        }
    }
    runs_.push_back(copy);
    active_ = static_cast<int>(runs_.size()) - 1;
    emit runsChanged();
    if (needs_own) compute(runs_.back());
    announceSceneChange();
    return true;
}

void Session::removeRun(int index) {
    if (runs_.size() <= 1 || index < 0 || index >= static_cast<int>(runs_.size())) return;
    const auto it = jobs_.find(runs_[static_cast<std::size_t>(index)].id);
    if (it != jobs_.end()) it->second.stop.request_stop();  // its result will be dropped
    runs_.erase(runs_.begin() + index);
    if (active_ >= index && active_ > 0) --active_;
    emit runsChanged();
    emit computingChanged(computing());
    announceSceneChange();
}

void Session::setRuns(const std::vector<RunSpec>& specs, int active,
                      const std::vector<int>& colours) {
    if (specs.empty()) return;
    for (auto& [id, job] : jobs_)
        job.stop.request_stop();
    runs_.clear();
    const std::size_t count = std::min<std::size_t>(specs.size(), kMaxRuns);
    // The colours given, when they are one distinct slot of the palette per run.
    const std::vector<int>& given = colours;
    std::vector<int> sorted = given;
    std::sort(sorted.begin(), sorted.end());
    const bool usable = given.size() == count &&
                        std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end() &&
                        std::all_of(given.begin(), given.end(),
                                    [](int slot) { return slot >= 0 && slot < kMaxRuns; });
    for (std::size_t k = 0; k < count; ++k) {
        const int colour = usable ? given[k] : static_cast<int>(k);
        runs_.push_back({next_id_++, specs[k], colour, nullptr, nullptr, false});
    }
    active_ = active >= 0 && active < static_cast<int>(runs_.size()) ? active : 0;
    emit runsChanged();
    for (Run& run : runs_)
        compute(run);
    announceSceneChange();
}

std::vector<RunSpec> Session::specs() const {
    std::vector<RunSpec> all;
    all.reserve(runs_.size());
    for (const Run& r : runs_)
        all.push_back(r.spec);
    return all;
}

bool Session::computing() const {
    return std::any_of(runs_.begin(), runs_.end(), [](const Run& r) { return r.computing; });
}

double Session::progress() const {
    // Over every run of this round of computing, those finished counting in full: a run that
    // finished first used to leave the sum, and the bar went back (19 % to 17 %).
    double done = batch_finished_;
    for (const Run& run : runs_) {
        const auto it = jobs_.find(run.id);
        if (!run.computing || it == jobs_.end()) continue;
        done += it->second.done->load(std::memory_order_relaxed);
    }
    const double share = batch_total_ > 0.0 ? std::min(done / batch_total_, 1.0) : 1.0;
    // Work added meanwhile (a setting changed again) holds the bar where it is until the
    // runs catch up: it never goes back.
    shown_progress_ = std::max(shown_progress_, share);
    return shown_progress_;
}

void Session::cancel() {
    for (auto& [id, job] : jobs_)
        job.stop.request_stop();
}

bool Session::waitUntilComputed(int timeout_ms) {
    QElapsedTimer clock;
    clock.start();
    while (computing() || !jobs_.empty()) {
        if (clock.elapsed() > timeout_ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

void Session::compute(Run& run) {
    // The exact gradient of a huge expression cannot be derived; the parameter panel says so and
    // offers only the numeric mode.
    if (!objective_.has_exact_gradient())
        run.spec.settings.gradient.mode = gd::GradientMode::numeric;
    const auto old = jobs_.find(run.id);
    if (old != jobs_.end()) old->second.stop.request_stop();
    if (!computing()) {  // a new round of computing
        batch_total_ = 0.0;
        batch_finished_ = 0.0;
        shown_progress_ = 0.0;
    }
    if (old != jobs_.end()) batch_total_ -= old->second.total;  // it will not finish

    Job job;
    job.generation = next_generation_++;
    job.done = std::make_shared<std::atomic<int>>(0);
    job.total = std::max(run.spec.settings.max_iterations, 1);
    batch_total_ += job.total;
    const std::uint64_t id = run.id;
    const std::uint64_t generation = job.generation;
    // The previous job (if any) still runs until it sees its stop request; its result is
    // dropped (finished() knows it by its generation).
    compute_in_background(
        this,
        [f = objective_, spec = run.spec, token = job.stop.get_token(), done = job.done] {
            Computed c;
            c.trace = gd::run_descent(f, spec, {.cancel = token, .progress = [&done](int k) {
                                                    done->store(k, std::memory_order_relaxed);
                                                }});
            c.reduced = gd::reduce_trace(c.trace, kReducedBuckets);
            return c;
        },
        [this, id, generation](Computed computed) {
            finished(id, generation, std::move(computed));
        });
    if (old != jobs_.end()) jobs_.erase(old);
    jobs_[id] = std::move(job);
    run.computing = true;
    // Every time, not only when the first run starts: the window marks this run as computing.
    emit computingChanged(true);
}

void Session::finished(std::uint64_t run_id, std::uint64_t generation, Computed computed) {
    const auto it = jobs_.find(run_id);
    if (it == jobs_.end() || it->second.generation != generation) return;
    batch_finished_ += it->second.total;
    auto trace = std::make_shared<const gd::Trace>(std::move(computed.trace));
    auto reduced = std::make_shared<const gd::ReducedTrace>(std::move(computed.reduced));
    jobs_.erase(it);
    const int index = indexOf(run_id);
    if (index < 0) {  // the run was removed meanwhile
        if (!computing() && arrivals_->isActive()) announceArrivals();
        emit computingChanged(computing());
        return;
    }
    Run& run = runs_[static_cast<std::size_t>(index)];
    run.trace = std::move(trace);
    run.reduced = std::move(reduced);
    run.computing = false;
    emit traceReady(index);
    if (computing()) {
        arrivals_->start();
        return;
    }
    // The last trace is in: announced now, so that whoever waits for the session sees it drawn.
    announceArrivals();
    emit computingChanged(false);
}

void Session::announceSceneChange() {
    if (!in_scene_change_) emit sceneChanged();
}

void Session::announceArrivals() {
    arrivals_->stop();
    emit tracesArrived();
}

int Session::indexOf(std::uint64_t run_id) const {
    for (std::size_t k = 0; k < runs_.size(); ++k) {
        if (runs_[k].id == run_id) return static_cast<int>(k);
    }
    return -1;
}

}  // namespace gdlab
