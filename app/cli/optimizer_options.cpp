#include "cli/optimizer_options.hpp"

#include <algorithm>
#include <optional>

#include "cli/usage_error.hpp"
#include "gd/number_format.hpp"

namespace gdlab {

namespace {

std::string joined(const std::vector<std::string_view>& names, std::string_view last_separator) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? last_separator : std::string_view(", ");
        out += names[i];
    }
    return out;
}

// What the optimizer and the schedule options share: a kind ("optimizer", "schedule"), its
// option, its names and the tables of each.
struct Family {
    std::string_view kind;
    std::string_view option;
    std::vector<std::string_view> names;
    std::span<const gd::HyperParameter> (*table)(std::string_view name);
    std::vector<std::string_view> parameter_names;
};

const Family& optimizers() {
    static const Family f{"optimizer", "--optimizer", gd::optimizer_names(),
                          [](std::string_view n) { return gd::hyper_parameters(n); },
                          gd::all_hyper_parameter_names()};
    return f;
}

const Family& schedules() {
    static const Family f{"schedule", "--schedule", gd::schedule_names(),
                          [](std::string_view n) { return gd::schedule_parameters(n); },
                          gd::all_schedule_parameter_names()};
    return f;
}

// The members of the family that have the parameter `name`.
std::vector<std::string_view> with_parameter(const Family& family, std::string_view name) {
    std::vector<std::string_view> with;
    for (const auto member : family.names) {
        if (gd::find_hyper_parameter(family.table(member), name) != nullptr) with.push_back(member);
    }
    return with;
}

// Reads the family's option and every parameter option into `value`, refusing parameters the
// chosen member lacks; returns the member's name. Without the family's option the member is
// `base` (a scene file's) when given, else the one `make` makes of `fallback`.
template <class Variant, class Make, class Set, class Name>
Variant parse_family(const Arguments& args, const Family& family, std::string_view fallback,
                     const std::optional<Variant>& base, Make make, Set set, Name name_of) {
    const auto option = args.text(std::string(family.option));
    std::optional<Variant> value = base;
    std::string chosen = base ? std::string(name_of(*base)) : std::string(fallback);
    if (option || !base) {
        chosen = option.value_or(std::string(fallback));
        value = make(chosen);
    }
    if (!value) {
        throw UsageError(std::string(family.option) + ": unknown " + std::string(family.kind) +
                         " '" + chosen + "'; available: " + joined(family.names, ", "));
    }
    for (const auto parameter : family.parameter_names) {
        const std::string parameter_option = gd::option_name(parameter);
        const auto number = args.number(parameter_option);
        if (!number) continue;
        if (!set(*value, parameter, *number)) {
            const auto with = with_parameter(family, parameter);
            throw UsageError(parameter_option + ": the " + std::string(family.kind) + " " + chosen +
                             " has no " + std::string(parameter) + "; " + joined(with, " and ") +
                             " " + (with.size() == 1 ? "has" : "have") + " it");
        }
    }
    if (auto problem = gd::check_parameters(*value))
        throw UsageError(gd::option_name(problem->name) + ": " + problem->message);
    return *value;
}

// The value's name in help: "LR", "ALPHA"; long names shorten to "V".
std::string upper(std::string_view name) {
    if (name.size() > 6) return "V";
    std::string out(name);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return c == '_' ? '-' : static_cast<char>(std::toupper(c));
    });
    return out;
}

// "--momentum 0.9 --eps 1e-8": a member's parameters with their defaults.
std::string defaults_text(std::span<const gd::HyperParameter> table) {
    std::string out;
    for (const gd::HyperParameter& p : table)
        out += (out.empty() ? "" : " ") + gd::option_name(p.name) + " " +
               gd::format_number(p.default_value);
    return out.empty() ? "no parameters" : out;
}

// One line per parameter of the family: its range, and the window's.
std::string parameter_help(const Family& family, std::string_view skip) {
    std::string help;
    for (const auto parameter : family.parameter_names) {
        if (parameter == skip) continue;
        // As the first member that has it describes it.
        const gd::HyperParameter& p = *gd::find_hyper_parameter(
            family.table(with_parameter(family, parameter).front()), parameter);
        std::string range = gd::describe_range(p, p.valid);
        range = range.substr(range.find(" must be ") + 9);  // "a positive number"
        const auto members = with_parameter(family, parameter);
        const std::string for_whom = members.size() == family.names.size()
                                         ? "every " + std::string(family.kind)
                                         : joined(members, " and ");
        // A preset suggests its own learning rate: say which default that replaces.
        const std::string preset = p.preset_default ? "; a preset suggests its own" : "";
        help += help_line(gd::option_name(parameter) + " " + upper(parameter),
                          std::string(p.label) + " (" + range + "), for " + for_whom + preset);
        // The window and export take a narrower range: say so before a usage error does.
        help += help_line("", "the window and export take " + gd::format_number(p.window.min) +
                                  " to " + gd::format_number(p.window.max));
    }
    return help;
}

}  // namespace

std::string help_line(const std::string& left, const std::string& right) {
    constexpr std::size_t kColumn = 26;
    constexpr std::size_t kWidth = 80;
    std::string out = "  " + left;
    out += out.size() < kColumn ? std::string(kColumn - out.size(), ' ') : std::string(" ");
    std::size_t line_start = 0;  // where the line being filled starts in `out`
    std::size_t word_start = 0;
    while (word_start < right.size()) {
        const std::size_t space = right.find(' ', word_start);
        const std::size_t end = space == std::string::npos ? right.size() : space;
        const std::string word = right.substr(word_start, end - word_start);
        if (word.empty()) {  // two spaces in a row
            word_start = end + 1;
            continue;
        }
        // Width in characters, not bytes: count UTF-8 lead bytes only.
        auto columns = [](const std::string& text) {
            return static_cast<std::size_t>(
                std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
        };
        const std::size_t used = columns(out.substr(line_start));
        const bool line_empty = used <= kColumn;
        if (!line_empty && used + 1 + columns(word) > kWidth) {
            out += "\n";
            line_start = out.size();
            out += std::string(kColumn, ' ');
        } else if (!line_empty) {
            out += ' ';
        }
        out += word;
        word_start = end + 1;
    }
    return out + "\n";
}

std::vector<std::string> optimizer_options() {
    std::vector<std::string> options;
    for (const Family* family : {&optimizers(), &schedules()}) {
        options.emplace_back(family->option);
        for (const auto name : family->parameter_names)
            options.push_back(gd::option_name(name));
    }
    return options;
}

gd::Optimizer parse_optimizer(const Arguments& args, double preset_lr,
                              const std::optional<gd::Optimizer>& base) {
    return parse_family<gd::Optimizer>(
        args, optimizers(), gd::kDefaultOptimizer, base,
        [&](std::string_view n) {
            auto o = gd::make_optimizer(n);
            if (!o) return o;
            for (const gd::HyperParameter& p : gd::hyper_parameters(*o)) {
                if (p.preset_default) gd::set_hyper_parameter(*o, p.name, preset_lr);
            }
            return o;
        },
        [](gd::Optimizer& o, std::string_view p, double v) {
            return gd::set_hyper_parameter(o, p, v);
        },
        [](const gd::Optimizer& o) { return gd::optimizer_name(o); });
}

gd::Schedule parse_schedule(const Arguments& args, const std::optional<gd::Schedule>& base) {
    return parse_family<gd::Schedule>(
        args, schedules(), gd::kDefaultSchedule, base,
        [](std::string_view n) { return gd::make_schedule(n); },
        [](gd::Schedule& s, std::string_view p, double v) {
            return gd::set_schedule_parameter(s, p, v);
        },
        [](const gd::Schedule& s) { return gd::schedule_name(s); });
}

std::string optimizer_help() {
    std::string help = help_line("--optimizer NAME",
                                 "the step rule (default gd), with its "
                                 "hyper-parameters' defaults:");
    for (const auto name : gd::optimizer_names()) {
        const auto o = *gd::make_optimizer(name);
        help += help_line("  " + std::string(name), std::string(gd::optimizer_title(o)) + ": " +
                                                        std::string(gd::optimizer_formula(o)));
        help += help_line("", "  " + defaults_text(gd::hyper_parameters(o)));
    }
    help += parameter_help(optimizers(), "");
    help += help_line("--schedule NAME",
                      "how the learning rate changes from update to update "
                      "(default constant):");
    for (const auto name : gd::schedule_names()) {
        const auto s = *gd::make_schedule(name);
        help += help_line("  " + std::string(name), std::string(gd::schedule_formula(s)) + "; " +
                                                        defaults_text(gd::schedule_parameters(s)));
    }
    help += parameter_help(schedules(), "");
    return help;
}

}  // namespace gdlab
