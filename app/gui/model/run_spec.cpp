#include "gui/model/run_spec.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "gd/run_setting.hpp"
#include "gui/text/display_text.hpp"
#include "scene/scene.hpp"

namespace gdlab {

RunSpec spec_of(const gd::Preset& preset) {
    RunSpec spec;
    gd::set_hyper_parameter(spec.optimizer, "lr", preset.learning_rate);
    spec.settings.start = preset.start;
    spec.settings.max_iterations = preset.iterations;
    return spec;
}

namespace {

QString range_text(double lo, double hi) {
    return QStringLiteral("%1 to %2").arg(short_number(lo, 6), short_number(hi, 6));
}

// A value the window does not take: outside the parameter's window range, or a fraction of a
// count. `option` and `field` name where it is set.
std::optional<RunProblem> window_value_problem(const gd::HyperParameter& p, double v,
                                               std::string option, std::string field) {
    if (gd::accepts(p, p.window, v)) return std::nullopt;
    const QString what = to_qstring(p.label);
    if (p.window.contains(v)) {
        return RunProblem{
            std::move(option), std::move(field),
            QStringLiteral("the %1 %2 is not a whole number").arg(what, short_number(v, 6))};
    }
    return RunProblem{std::move(option), std::move(field),
                      QStringLiteral("the %1 %2 is outside %3")
                          .arg(what, short_number(v, 6), range_text(p.window.min, p.window.max))};
}

// A hyper-parameter or schedule parameter the window does not take.
std::optional<RunProblem> parameter_problem(const gd::HyperParameter& p, double v,
                                            std::string_view table) {
    return window_value_problem(p, v, gd::option_name(p.name),
                                std::string(table) + "." + std::string(p.name));
}

// Whether the window reads the setting for this run (h only with the numeric gradient).
bool in_use(const gd::RunSetting& r, const gd::DescentSettings& s) {
    return !r.numeric_gradient_only || s.gradient.mode == gd::GradientMode::numeric;
}

// v if the window takes it; else the nearest value it takes (a count rounded), or the
// default for a value that is not a number, with a note saying so.
double fitted_parameter(const gd::HyperParameter& p, double v, QStringList& notes) {
    const auto problem = parameter_problem(p, v, {});
    if (!problem) return v;
    double used = std::isnan(v) ? p.default_value : std::clamp(v, p.window.min, p.window.max);
    if (p.whole) used = std::round(used);
    if (!gd::accepts(p, p.window, used)) used = p.default_value;  // an open end of the range
    notes << problem->message + QStringLiteral("; %1 is used").arg(short_number(used, 6));
    return used;
}

}  // namespace

std::optional<RunProblem> window_problem(const RunSpec& spec) {
    const gd::DescentSettings& s = spec.settings;
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (!in_use(r, s)) continue;
        for (int c = 0; c < r.components; ++c) {
            if (auto p = window_value_problem(gd::component_parameter(r, c), r.get(s, c),
                                              std::string(r.option), std::string(r.field)))
                return p;
        }
    }
    for (const gd::HyperParameter& h : gd::hyper_parameters(spec.optimizer)) {
        if (auto p =
                parameter_problem(h, *gd::hyper_parameter(spec.optimizer, h.name), "optimizer"))
            return p;
    }
    for (const gd::HyperParameter& h : gd::schedule_parameters(s.schedule)) {
        if (auto p = parameter_problem(h, *gd::schedule_parameter(s.schedule, h.name), "schedule"))
            return p;
    }
    return std::nullopt;
}

double fit_setting(const gd::RunSetting& setting, int component, double value, QStringList& notes) {
    return fitted_parameter(gd::component_parameter(setting, component), value, notes);
}

RunSpec fit_to_window(const RunSpec& spec, QStringList& notes) {
    const gd::DescentSettings defaults;
    RunSpec fit = spec;
    gd::DescentSettings& s = fit.settings;
    // Every setting, h too: the window keeps h for when the numeric gradient is chosen again.
    for (const gd::RunSetting& r : gd::kRunSettings) {
        for (int c = 0; c < r.components; ++c)
            r.set(s, c, fitted_parameter(gd::component_parameter(r, c), r.get(s, c), notes));
    }
    for (const gd::HyperParameter& h : gd::hyper_parameters(fit.optimizer)) {
        const double v = *gd::hyper_parameter(fit.optimizer, h.name);
        gd::set_hyper_parameter(fit.optimizer, h.name, fitted_parameter(h, v, notes));
    }
    for (const gd::HyperParameter& h : gd::schedule_parameters(s.schedule)) {
        const double v = *gd::schedule_parameter(s.schedule, h.name);
        gd::set_schedule_parameter(s.schedule, h.name, fitted_parameter(h, v, notes));
    }
    if (auto problem = gd::check_settings(s)) {
        // In range but too small beside this start (see gd::check_settings).
        notes << QString::fromStdString(problem->message) +
                     QStringLiteral("; %1 is used").arg(short_number(defaults.gradient.h, 6));
        s.gradient.h = defaults.gradient.h;
    }
    return fit;
}

namespace {

// One way of telling runs apart: the text it gives a run (empty when it does not apply to that
// run, as a momentum to gradient descent).
struct LegendField {
    std::function<QString(const RunSpec&)> text;
    // Whether the run has it at its default (a parameter only some methods have is named
    // only off its default: "gradient descent" beside "momentum", not "momentum · β = 0.9").
    std::function<bool(const RunSpec&)> at_default = [](const RunSpec&) { return false; };
};

QString assignment(const gd::HyperParameter& p, double v) {
    return to_qstring(p.symbol) + QStringLiteral(" = ") + short_number(v, 6);
}

// A run setting in the legend: "start (1, 2)", "500 iterations", "tol = 1e−5", "tol off".
QString setting_text(const gd::RunSetting& r, const RunSpec& spec) {
    const double v = r.get(spec.settings, 0);
    if (r.components == 2)
        return to_qstring(r.describe.symbol) + QStringLiteral(" ") +
               point_text({v, r.get(spec.settings, 1)}, 6);
    if (r.describe.whole)
        return QStringLiteral("%1 ").arg(static_cast<long long>(v)) + to_qstring(r.describe.symbol);
    if (r.off_at_zero && v == 0.0) return to_qstring(r.describe.symbol) + QStringLiteral(" off");
    return assignment(r.describe, v);
}

QString schedule_text(const gd::Schedule& s) {
    return to_qstring(gd::schedule_name(s)) + QStringLiteral(" schedule");
}

// A field per parameter name of a family (the optimizers' or the schedules'), from its tables.
template <class Table, class Value>
void add_parameter_fields(std::vector<LegendField>& fields,
                          const std::vector<std::string_view>& names, Table table, Value value) {
    for (const auto name : names) {
        fields.push_back({[=](const RunSpec& s) {
                              const gd::HyperParameter* p =
                                  gd::find_hyper_parameter(table(s), name);
                              return p == nullptr ? QString() : assignment(*p, *value(s, name));
                          },
                          [=](const RunSpec& s) {
                              const gd::HyperParameter* p =
                                  gd::find_hyper_parameter(table(s), name);
                              return p != nullptr && *value(s, name) == p->default_value;
                          }});
    }
}

std::vector<LegendField> legend_fields() {
    // Where a run starts leads (the run settings that are points); its method and the
    // settings that tune the method follow; then the other run settings.
    std::vector<LegendField> fields;
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (r.components == 2)
            fields.push_back({[&r](const RunSpec& s) { return setting_text(r, s); }});
    }
    fields.push_back(
        {[](const RunSpec& s) { return to_qstring(gd::optimizer_title(s.optimizer)); }});
    add_parameter_fields(
        fields, gd::all_hyper_parameter_names(),
        [](const RunSpec& s) { return gd::hyper_parameters(s.optimizer); },
        [](const RunSpec& s, std::string_view n) { return gd::hyper_parameter(s.optimizer, n); });
    // A run at a constant rate names no schedule parameters: beside a step-decay run with a
    // warm-up it reads "constant schedule", not "constant schedule · W = 0".
    fields.push_back({[](const RunSpec& s) { return schedule_text(s.settings.schedule); }});
    add_parameter_fields(
        fields, gd::all_schedule_parameter_names(),
        [](const RunSpec& s) {
            return gd::varies(s.settings.schedule) ? gd::schedule_parameters(s.settings.schedule)
                                                   : std::span<const gd::HyperParameter>{};
        },
        [](const RunSpec& s, std::string_view n) {
            return gd::schedule_parameter(s.settings.schedule, n);
        });
    // The numeric gradient's own settings (h) are named with it, below.
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (r.components == 1 && !r.numeric_gradient_only)
            fields.push_back({[&r](const RunSpec& s) { return setting_text(r, s); }});
    }
    fields.push_back({[](const RunSpec& s) {
        return s.settings.gradient.mode == gd::GradientMode::exact
                   ? QStringLiteral("exact ∇f")
                   : QStringLiteral("numeric ∇f, h = ") + short_number(s.settings.gradient.h, 6);
    }});
    return fields;
}

// Which runs a field names: all that have it when its text differs among them; when only
// some runs have it, also those off its default.
std::vector<bool> runs_named(const LegendField& field, std::span<const RunSpec> specs) {
    std::vector<QString> texts;
    for (const RunSpec& s : specs)
        texts.push_back(field.text(s));
    std::optional<QString> first;
    bool differs = false;
    bool everyone = true;
    for (const QString& t : texts) {
        if (t.isEmpty()) {
            everyone = false;
            continue;
        }
        if (!first) first = t;
        differs = differs || t != *first;
    }
    std::vector<bool> named(specs.size(), false);
    for (std::size_t r = 0; r < specs.size(); ++r) {
        if (texts[r].isEmpty()) continue;
        named[r] = differs || (!everyone && !field.at_default(specs[r]));
    }
    return named;
}

}  // namespace

QStringList legend_labels(std::span<const RunSpec> specs) {
    QStringList labels;
    if (specs.empty()) return labels;
    if (specs.size() == 1) {
        // A lone run: its learning rate, its method unless it is plain gradient descent, and
        // its schedule when the rate varies.
        const RunSpec& s = specs[0];
        QString label = QStringLiteral("lr = ") + short_number(gd::learning_rate(s.optimizer), 6);
        if (gd::optimizer_name(s.optimizer) != gd::kDefaultOptimizer)
            label = to_qstring(gd::optimizer_title(s.optimizer)) + QStringLiteral(", ") + label;
        if (gd::varies(s.settings.schedule))
            label += QStringLiteral(", ") + schedule_text(s.settings.schedule);
        return {label};
    }
    const std::vector<LegendField> fields = legend_fields();
    std::vector<std::vector<bool>> named;
    named.reserve(fields.size());
    for (const LegendField& field : fields)
        named.push_back(runs_named(field, specs));
    for (std::size_t r = 0; r < specs.size(); ++r) {
        QStringList parts;
        for (std::size_t f = 0; f < fields.size(); ++f) {
            if (named[f][r]) parts << fields[f].text(specs[r]);
        }
        labels << (parts.isEmpty() ? QStringLiteral("run %1").arg(r + 1)
                                   : parts.join(QStringLiteral(" · ")));
    }
    // Runs alike in every field shown (copies of one run) are told apart by their number.
    const QStringList plain = labels;
    for (qsizetype r = 0; r < labels.size(); ++r) {
        if (plain.count(plain[r]) > 1 && !plain[r].startsWith(QStringLiteral("run ")))
            labels[r] = QStringLiteral("%1 · run %2").arg(plain[r]).arg(r + 1);
    }
    return labels;
}

}  // namespace gdlab
