#include "gui/model/run_spec.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "gui/text/display_text.hpp"

namespace gdlab {

bool RunSpec::operator==(const RunSpec& other) const {
    return start == other.start && learning_rate == other.learning_rate &&
           iterations == other.iterations && tolerance == other.tolerance &&
           gradient.mode == other.gradient.mode && gradient.h == other.gradient.h;
}

RunSpec spec_of(const gd::Preset& preset) {
    RunSpec spec;
    spec.start = preset.start;
    spec.learning_rate = preset.learning_rate;
    spec.iterations = preset.iterations;
    return spec;
}

gd::DescentSettings descent_settings(const RunSpec& spec) {
    gd::DescentSettings s;
    s.start = spec.start;
    s.max_iterations = spec.iterations;
    s.tolerance = spec.tolerance;
    s.gradient = spec.gradient;
    return s;
}

gd::Optimizer optimizer_of(const RunSpec& spec) {
    return gd::GradientDescent{spec.learning_rate};
}

namespace {

QString range_text(double lo, double hi) {
    return QStringLiteral("%1 to %2").arg(short_number(lo, 6), short_number(hi, 6));
}

// The message for a value outside [lo, hi] (or not a number), naming the field.
std::optional<QString> outside(const QString& what, double v, double lo, double hi) {
    if (v >= lo && v <= hi) return std::nullopt;
    return QStringLiteral("the %1 %2 is outside %3")
        .arg(what, short_number(v, 6), range_text(lo, hi));
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
    const auto check = [](RunField field, const QString& what, double v, double lo, double hi) {
        auto message = outside(what, v, lo, hi);
        return message ? std::optional<RunProblem>(RunProblem{field, *message}) : std::nullopt;
    };
    if (auto p = check(RunField::start, QStringLiteral("start x"), spec.start.x(),
                       -kCoordinateLimit, kCoordinateLimit)) {
        return p;
    }
    if (auto p = check(RunField::start, QStringLiteral("start y"), spec.start.y(),
                       -kCoordinateLimit, kCoordinateLimit)) {
        return p;
    }
    if (auto p = check(RunField::learning_rate, QStringLiteral("learning rate"), spec.learning_rate,
                       kLearningRateMin, kLearningRateMax)) {
        return p;
    }
    if (auto p = check(RunField::iterations, QStringLiteral("number of iterations"),
                       spec.iterations, 1, kWindowMaxIterations)) {
        return p;
    }
    if (auto p = check(RunField::tolerance, QStringLiteral("tolerance"), spec.tolerance, 0.0,
                       kToleranceMax)) {
        return p;
    }
    if (spec.gradient.mode == gd::GradientMode::numeric) {
        return check(RunField::h, QStringLiteral("step h"), spec.gradient.h, kStepMin, kStepMax);
    }
    return std::nullopt;
}

RunSpec fit_to_window(const RunSpec& spec, QStringList& notes) {
    const RunSpec defaults;
    RunSpec s = spec;
    s.start = {fitted(spec.start.x(), -kCoordinateLimit, kCoordinateLimit, defaults.start.x(),
                      QStringLiteral("start x"), notes),
               fitted(spec.start.y(), -kCoordinateLimit, kCoordinateLimit, defaults.start.y(),
                      QStringLiteral("start y"), notes)};
    s.learning_rate = fitted(spec.learning_rate, kLearningRateMin, kLearningRateMax,
                             defaults.learning_rate, QStringLiteral("learning rate"), notes);
    s.iterations =
        static_cast<int>(fitted(spec.iterations, 1, kWindowMaxIterations, defaults.iterations,
                                QStringLiteral("number of iterations"), notes));
    s.tolerance = fitted(spec.tolerance, 0.0, kToleranceMax, defaults.tolerance,
                         QStringLiteral("tolerance"), notes);
    s.gradient.h = fitted(spec.gradient.h, kStepMin, kStepMax, defaults.gradient.h,
                          QStringLiteral("step h"), notes);
    if (auto problem = gd::check_settings(descent_settings(s))) {
        // In range but too small beside this start (see gd::check_settings).
        notes << QString::fromStdString(problem->message) +
                     QStringLiteral("; %1 is used").arg(short_number(defaults.gradient.h, 6));
        s.gradient.h = defaults.gradient.h;
    }
    return s;
}

QStringList legend_labels(std::span<const RunSpec> specs) {
    using Describe = std::function<QString(const RunSpec&)>;
    const std::vector<Describe> fields = {
        [](const RunSpec& s) { return QStringLiteral("start ") + point_text(s.start, 6); },
        [](const RunSpec& s) { return QStringLiteral("lr = ") + short_number(s.learning_rate, 6); },
        [](const RunSpec& s) { return QStringLiteral("%1 iterations").arg(s.iterations); },
        [](const RunSpec& s) {
            return s.tolerance > 0 ? QStringLiteral("tol = ") + short_number(s.tolerance, 6)
                                   : QStringLiteral("tol off");
        },
        [](const RunSpec& s) {
            return s.gradient.mode == gd::GradientMode::exact
                       ? QStringLiteral("exact ∇f")
                       : QStringLiteral("numeric ∇f, h = ") + short_number(s.gradient.h, 6);
        },
    };
    QStringList labels;
    if (specs.empty()) return labels;
    if (specs.size() == 1) return {fields[1](specs[0])};
    std::vector<bool> differs(fields.size(), false);
    for (std::size_t f = 0; f < fields.size(); ++f) {
        for (const RunSpec& s : specs)
            differs[f] = differs[f] || fields[f](s) != fields[f](specs[0]);
    }
    for (std::size_t r = 0; r < specs.size(); ++r) {
        QStringList parts;
        for (std::size_t f = 0; f < fields.size(); ++f) {
            if (differs[f]) parts << fields[f](specs[r]);
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
