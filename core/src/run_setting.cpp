#include "gd/run_setting.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gd/number_format.hpp"

namespace gd {

namespace {

// The smallest h for which v + h and v - h both differ from v: the gap to the next double.
double smallest_step_at(double v) {
    const double a = std::fabs(v);
    return std::nextafter(a, std::numeric_limits<double>::infinity()) - a;
}

}  // namespace

HyperParameter component_parameter(const RunSetting& setting, int component) {
    HyperParameter p = setting.describe;
    p.label = component_label(setting, component);
    p.default_value = setting.get(DescentSettings{}, component);
    return p;
}

std::optional<SettingProblem> check_settings(const DescentSettings& s) {
    // Each setting within its valid range, as its table row describes it.
    for (const RunSetting& r : kRunSettings) {
        if (r.numeric_gradient_only && s.gradient.mode != GradientMode::numeric) continue;
        for (int c = 0; c < r.components; ++c) {
            if (accepts(r.describe, r.describe.valid, r.get(s, c))) continue;
            const HyperParameter named = component_parameter(r, c);
            return SettingProblem{r.id, describe_range(named, named.valid)};
        }
    }
    if (s.gradient.mode != GradientMode::numeric) return std::nullopt;
    const double h = s.gradient.h;
    const double needed = std::max(smallest_step_at(s.start.x()), smallest_step_at(s.start.y()));
    if (h < needed) {
        return SettingProblem{
            Setting::h, "the finite-difference step h = " + format_number(h) +
                            " is too small at the start point (" + format_number(s.start.x()) +
                            ", " + format_number(s.start.y()) +
                            "): x ± h rounds back to x there, so the gradient would be 0; h must "
                            "be at least " +
                            format_number(needed)};
    }
    return std::nullopt;
}

}  // namespace gd
