#include "gui/model/scene_change.hpp"

#include <span>
#include <string_view>
#include <vector>

#include "gd/run_setting.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

namespace {

struct FieldChange {
    QString text;
    QString field;
};

// Every hyper-parameter of `table` whose value differs between two variants of the same type.
template <class Variant, class ValueOf>
void compare_parameters(const Variant& a, const Variant& b,
                        std::span<const gd::HyperParameter> table, const QString& prefix,
                        ValueOf value_of, std::vector<FieldChange>& changes) {
    for (const gd::HyperParameter& p : table) {
        if (value_of(a, p.name) != value_of(b, p.name))
            changes.push_back(
                {QStringLiteral("change ") + to_qstring(p.label), prefix + to_qstring(p.name)});
    }
}

// What differs between two settings of one run, the dominant change first: another optimizer
// or schedule brings its own defaults, which are part of that one change.
std::vector<FieldChange> run_changes(const gd::RunSpec& a, const gd::RunSpec& b) {
    if (a.optimizer.index() != b.optimizer.index())
        return {{QStringLiteral("change optimizer"), QStringLiteral("optimizer")}};
    std::vector<FieldChange> changes;
    compare_parameters(
        a.optimizer, b.optimizer, gd::hyper_parameters(a.optimizer), QStringLiteral("optimizer."),
        [](const gd::Optimizer& o, std::string_view n) { return gd::hyper_parameter(o, n); },
        changes);
    const gd::DescentSettings& s = a.settings;
    const gd::DescentSettings& t = b.settings;
    if (s.schedule.index() != t.schedule.index()) {
        changes.push_back({QStringLiteral("change schedule"), QStringLiteral("schedule")});
    } else {
        compare_parameters(
            s.schedule, t.schedule, gd::schedule_parameters(s.schedule),
            QStringLiteral("schedule."),
            [](const gd::Schedule& x, std::string_view n) { return gd::schedule_parameter(x, n); },
            changes);
    }
    for (const gd::RunSetting& r : gd::kRunSettings) {
        for (int c = 0; c < r.components; ++c) {
            if (r.get(s, c) == r.get(t, c)) continue;
            changes.push_back({to_qstring(r.change), to_qstring(r.describe.name)});
            break;
        }
    }
    if (s.gradient.mode != t.gradient.mode)
        changes.push_back({QStringLiteral("change gradient"), QStringLiteral("gradient")});
    return changes;
}

}  // namespace

bool same_content(const Scene& a, const Scene& b) {
    return a.expression == b.expression && a.preset == b.preset && a.runs == b.runs;
}

SceneChange describe_change(const Scene& before, const Scene& after) {
    if (same_content(before, after)) return {};
    const auto count = before.runs.size();
    if (before.expression != after.expression || before.preset != after.preset) {
        // A new objective can turn runs to the numeric gradient: still one objective change.
        if (count == after.runs.size())
            return {QStringLiteral("change objective"), QStringLiteral("objective")};
        return {QStringLiteral("change scene"), QString()};
    }
    if (after.runs.size() == count + 1) return {QStringLiteral("add run"), QString()};
    if (after.runs.size() + 1 == count) return {QStringLiteral("remove run"), QString()};
    if (after.runs.size() != count) return {QStringLiteral("change runs"), QString()};
    std::vector<std::size_t> changed;
    for (std::size_t k = 0; k < count; ++k) {
        if (before.runs[k] != after.runs[k]) changed.push_back(k);
    }
    if (changed.size() != 1) return {QStringLiteral("change runs"), QStringLiteral("runs")};
    const std::size_t k = changed.front();
    const auto changes = run_changes(before.runs[k], after.runs[k]);
    const QString run = QStringLiteral("run %1 ").arg(k);
    if (changes.size() == 1) return {changes.front().text, run + changes.front().field};
    return {QStringLiteral("change run settings"), run + QStringLiteral("settings")};
}

}  // namespace gdlab
