#include "gui/model/run_spec.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "cli/scene.hpp"
#include "gui/text/display_text.hpp"

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

std::string option(gd::Setting setting) {
    return std::string(option_of(setting));
}

std::string option(const gd::HyperParameter& p) {
    return "--" + std::string(p.name);
}

// The message for a value outside [lo, hi] (or not a number), naming the field and the option
// that sets it.
std::optional<RunProblem> outside(std::string option, const QString& what, double v, double lo,
                                  double hi) {
    if (v >= lo && v <= hi) return std::nullopt;
    return RunProblem{std::move(option), QStringLiteral("the %1 %2 is outside %3")
                                             .arg(what, short_number(v, 6), range_text(lo, hi))};
}

// v if it lies in [lo, hi]; else the nearer bound, or `fallback` for a value that is not a
// number, with a note saying so.
double fitted(double v, double lo, double hi, double fallback, const QString& what,
              QStringList& notes) {
    if (v >= lo && v <= hi) return v;
    const double used = std::isnan(v) ? fallback : std::clamp(v, lo, hi);
    notes << QStringLiteral("the %1 %2 is outside %3; %4 is used")
                 .arg(what, short_number(v, 6), range_text(lo, hi), short_number(used, 6));
    return used;
}

}  // namespace

std::optional<RunProblem> window_problem(const RunSpec& spec) {
    const gd::DescentSettings& s = spec.settings;
    const auto start = option(gd::Setting::start);
    if (auto p = outside(start, QStringLiteral("start x"), s.start.x(), -kCoordinateLimit,
                         kCoordinateLimit))
        return p;
    if (auto p = outside(start, QStringLiteral("start y"), s.start.y(), -kCoordinateLimit,
                         kCoordinateLimit))
        return p;
    for (const gd::HyperParameter& h : gd::hyper_parameters(spec.optimizer)) {
        if (auto p =
                outside(option(h), to_qstring(h.label),
                        *gd::hyper_parameter(spec.optimizer, h.name), h.window.min, h.window.max))
            return p;
    }
    if (auto p = outside(option(gd::Setting::iterations), QStringLiteral("number of iterations"),
                         s.max_iterations, 1, kWindowMaxIterations))
        return p;
    if (auto p = outside(option(gd::Setting::tolerance), QStringLiteral("tolerance"), s.tolerance,
                         0.0, kToleranceMax))
        return p;
    if (s.gradient.mode == gd::GradientMode::numeric) {
        return outside(option(gd::Setting::h), QStringLiteral("step h"), s.gradient.h, kStepMin,
                       kStepMax);
    }
    return std::nullopt;
}

RunSpec fit_to_window(const RunSpec& spec, QStringList& notes) {
    const gd::DescentSettings defaults;
    RunSpec fit = spec;
    gd::DescentSettings& s = fit.settings;
    s.start = {fitted(s.start.x(), -kCoordinateLimit, kCoordinateLimit, defaults.start.x(),
                      QStringLiteral("start x"), notes),
               fitted(s.start.y(), -kCoordinateLimit, kCoordinateLimit, defaults.start.y(),
                      QStringLiteral("start y"), notes)};
    for (const gd::HyperParameter& h : gd::hyper_parameters(fit.optimizer)) {
        const double v = *gd::hyper_parameter(fit.optimizer, h.name);
        gd::set_hyper_parameter(
            fit.optimizer, h.name,
            fitted(v, h.window.min, h.window.max, h.default_value, to_qstring(h.label), notes));
    }
    s.max_iterations =
        static_cast<int>(fitted(s.max_iterations, 1, kWindowMaxIterations, defaults.max_iterations,
                                QStringLiteral("number of iterations"), notes));
    s.tolerance = fitted(s.tolerance, 0.0, kToleranceMax, defaults.tolerance,
                         QStringLiteral("tolerance"), notes);
    s.gradient.h = fitted(s.gradient.h, kStepMin, kStepMax, defaults.gradient.h,
                          QStringLiteral("step h"), notes);
    if (auto problem = gd::check_settings(s)) {
        // In range but too small beside this start (see gd::check_settings).
        notes << QString::fromStdString(problem->message) +
                     QStringLiteral("; %1 is used").arg(short_number(defaults.gradient.h, 6));
        s.gradient.h = defaults.gradient.h;
    }
    return fit;
}

namespace {

// One way of telling runs apart: the text it gives a run (empty when it does not apply).
using Describe = std::function<QString(const RunSpec&)>;

std::vector<Describe> legend_fields() {
    std::vector<Describe> fields = {
        [](const RunSpec& s) { return QStringLiteral("start ") + point_text(s.settings.start, 6); },
        [](const RunSpec& s) { return to_qstring(gd::optimizer_title(s.optimizer)); },
    };
    for (const auto name : gd::all_hyper_parameter_names()) {
        fields.push_back([name](const RunSpec& s) {
            const gd::HyperParameter* p =
                gd::find_hyper_parameter(gd::hyper_parameters(s.optimizer), name);
            if (p == nullptr) return QString();
            return to_qstring(p->symbol) + QStringLiteral(" = ") +
                   short_number(*gd::hyper_parameter(s.optimizer, name), 6);
        });
    }
    // "schedule step, S = 20, γ = 0.5": its parameters, but a warm-up only when there is one.
    fields.push_back([](const RunSpec& s) {
        const gd::Schedule& schedule = s.settings.schedule;
        QString text = QStringLiteral("schedule ") + to_qstring(gd::schedule_name(schedule));
        for (const gd::HyperParameter& p : gd::schedule_parameters(schedule)) {
            const double value = *gd::schedule_parameter(schedule, p.name);
            if (p.name == gd::parameters::kWarmup.name && value == 0.0) continue;
            text += QStringLiteral(", ") + to_qstring(p.symbol) + QStringLiteral(" = ") +
                    short_number(value, 6);
        }
        return text;
    });
    fields.push_back([](const RunSpec& s) {
        return QStringLiteral("%1 iterations").arg(s.settings.max_iterations);
    });
    fields.push_back([](const RunSpec& s) {
        return s.settings.tolerance > 0
                   ? QStringLiteral("tol = ") + short_number(s.settings.tolerance, 6)
                   : QStringLiteral("tol off");
    });
    fields.push_back([](const RunSpec& s) {
        return s.settings.gradient.mode == gd::GradientMode::exact
                   ? QStringLiteral("exact ∇f")
                   : QStringLiteral("numeric ∇f, h = ") + short_number(s.settings.gradient.h, 6);
    });
    return fields;
}

}  // namespace

QStringList legend_labels(std::span<const RunSpec> specs) {
    QStringList labels;
    if (specs.empty()) return labels;
    const std::vector<Describe> fields = legend_fields();
    if (specs.size() == 1) {
        // A lone run: its learning rate, and its method unless it is plain gradient descent.
        const RunSpec& s = specs[0];
        const QString lr =
            QStringLiteral("lr = ") + short_number(gd::learning_rate(s.optimizer), 6);
        if (gd::optimizer_name(s.optimizer) == gd::kDefaultOptimizer) return {lr};
        return {to_qstring(gd::optimizer_title(s.optimizer)) + QStringLiteral(", ") + lr};
    }
    // A field is shown when two runs that have it disagree: a hyper-parameter only some of the
    // optimizers have (β1 of one Adam run beside gd) is implied by the optimizer's name.
    std::vector<bool> differs(fields.size(), false);
    for (std::size_t f = 0; f < fields.size(); ++f) {
        QString first;
        for (const RunSpec& s : specs) {
            const QString text = fields[f](s);
            if (text.isEmpty()) continue;
            if (first.isEmpty()) first = text;
            differs[f] = differs[f] || text != first;
        }
    }
    for (std::size_t r = 0; r < specs.size(); ++r) {
        QStringList parts;
        for (std::size_t f = 0; f < fields.size(); ++f) {
            if (differs[f] && !fields[f](specs[r]).isEmpty()) parts << fields[f](specs[r]);
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
