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

}  // namespace gdlab
