#include "scene/run_json.hpp"

#include "gd/number_format.hpp"
#include "scene/json_writer.hpp"

namespace gdlab {

namespace {

nlohmann::ordered_json parameters_json(std::string_view name,
                                       std::span<const gd::HyperParameter> table, auto value_of) {
    nlohmann::ordered_json doc = {{"name", std::string(name)}};
    for (const gd::HyperParameter& p : table) {
        const double v = value_of(p.name);
        // A count reads as one: "warmup": 0, not 0.0.
        doc[std::string(p.name)] =
            p.whole ? nlohmann::ordered_json(static_cast<long long>(v)) : nlohmann::ordered_json(v);
    }
    return doc;
}

}  // namespace

nlohmann::ordered_json optimizer_json(const gd::Optimizer& optimizer) {
    return parameters_json(gd::optimizer_name(optimizer), gd::hyper_parameters(optimizer),
                           [&](std::string_view p) { return *gd::hyper_parameter(optimizer, p); });
}

nlohmann::ordered_json schedule_json(const gd::Schedule& schedule) {
    return parameters_json(
        gd::schedule_name(schedule), gd::schedule_parameters(schedule),
        [&](std::string_view p) { return *gd::schedule_parameter(schedule, p); });
}

void write_optimizer(JsonWriter& json, const gd::Optimizer& optimizer) {
    json.document(optimizer_json(optimizer));
}

void write_schedule(JsonWriter& json, const gd::Schedule& schedule) {
    json.document(schedule_json(schedule));
}

std::string optimizer_summary(const gd::Optimizer& optimizer, const gd::Schedule& schedule) {
    std::string out = "optimizer: " + std::string(gd::optimizer_name(optimizer));
    for (const gd::HyperParameter& p : gd::hyper_parameters(optimizer)) {
        out += ", " + std::string(p.symbol) + " = " +
               gd::format_number(*gd::hyper_parameter(optimizer, p.name));
    }
    if (!gd::varies(schedule)) return out;
    out += "; schedule: " + std::string(gd::schedule_name(schedule));
    for (const gd::HyperParameter& p : gd::schedule_parameters(schedule)) {
        out += ", " + std::string(p.symbol) + " = " +
               gd::format_number(*gd::schedule_parameter(schedule, p.name));
    }
    return out;
}

nlohmann::ordered_json setting_json(const gd::RunSetting& setting,
                                    const gd::DescentSettings& settings) {
    if (setting.components == 2)
        return nlohmann::ordered_json::array({setting.get(settings, 0), setting.get(settings, 1)});
    if (setting.describe.whole) return static_cast<long long>(setting.get(settings, 0));
    return setting.get(settings, 0);
}

namespace {

bool at_top_of_run(const gd::RunSetting& setting) {
    return setting.field.find('.') == std::string_view::npos;
}

}  // namespace

nlohmann::ordered_json run_settings_json(const gd::DescentSettings& settings) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (at_top_of_run(r)) j[std::string(r.field)] = setting_json(r, settings);
    }
    return j;
}

void write_run_settings(JsonWriter& json, const gd::DescentSettings& settings) {
    const nlohmann::ordered_json all = run_settings_json(settings);
    for (const auto& [key, value] : all.items()) {
        json.key(key);
        json.document(value);
    }
}

std::string settings_summary(const gd::DescentSettings& settings) {
    std::string out;
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (!at_top_of_run(r)) continue;
        const std::string symbol(r.describe.symbol);
        const double v = r.get(settings, 0);
        std::string part;
        if (r.components == 2) {
            part = symbol + " (" + gd::format_number(v) + ", " +
                   gd::format_number(r.get(settings, 1)) + ")";
        } else if (r.describe.whole) {
            part = gd::format_number(v) + " " + symbol;
        } else if (r.off_at_zero && v == 0.0) {
            part = symbol + " off";
        } else {
            part = symbol + " = " + gd::format_number(v);
        }
        out += (out.empty() ? "" : ", ") + part;
    }
    return out;
}

}  // namespace gdlab
