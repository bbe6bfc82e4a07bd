// The JSON and the one-line summary of a run's optimizer and schedule, generated from the tables
// in gd/optimizer.hpp and gd/schedule.hpp: what scene files, the trace's header and the window
// write.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "gd/descent.hpp"
#include "gd/optimizer.hpp"
#include "gd/run_setting.hpp"
#include "gd/schedule.hpp"

namespace gdlab {

class JsonWriter;

// {"name": "gd", "lr": 0.1, ...}: the optimizer's name and every hyper-parameter by name (the
// trace's header and the scene file alike).
[[nodiscard]] nlohmann::ordered_json optimizer_json(const gd::Optimizer& optimizer);
void write_optimizer(JsonWriter& json, const gd::Optimizer& optimizer);
// {"name": "step", "step_size": 10, "gamma": 0.5, "warmup": 0}
[[nodiscard]] nlohmann::ordered_json schedule_json(const gd::Schedule& schedule);
void write_schedule(JsonWriter& json, const gd::Schedule& schedule);

// "optimizer: gd, lr = 0.1"; the schedule follows when it varies the rate.
[[nodiscard]] std::string optimizer_summary(const gd::Optimizer& optimizer,
                                            const gd::Schedule& schedule = {});

// A run setting as scene files and traces write it, as its row says: a point [x, y], a whole
// number, or a number.
[[nodiscard]] nlohmann::ordered_json setting_json(const gd::RunSetting& setting,
                                                  const gd::DescentSettings& settings);
// Every run setting kept at the top of a run ("start", "iterations", "tolerance"; not the
// gradient's h, which goes with its mode), by its row's field name: what a scene file's run and
// a trace's header hold.
[[nodiscard]] nlohmann::ordered_json run_settings_json(const gd::DescentSettings& settings);
void write_run_settings(JsonWriter& json, const gd::DescentSettings& settings);

// "start (-3, 4), 100 iterations, tol = 1e-5": the same settings in words, for a heading.
[[nodiscard]] std::string settings_summary(const gd::DescentSettings& settings);

}  // namespace gdlab
