#include "gui/run_spec.hpp"

#include <functional>
#include <vector>

#include "gui/number_text.hpp"

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
    return labels;
}

}  // namespace gdlab
