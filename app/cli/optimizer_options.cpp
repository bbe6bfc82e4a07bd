#include "cli/optimizer_options.hpp"

#include <algorithm>

#include "cli/json_writer.hpp"
#include "cli/usage_error.hpp"
#include "gd/number_format.hpp"

namespace gdlab {

namespace {

std::string option_of(std::string_view parameter) {
    return "--" + std::string(parameter);
}

std::string joined(const std::vector<std::string_view>& names, std::string_view last_separator) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? last_separator : std::string_view(", ");
        out += names[i];
    }
    return out;
}

// The optimizers that have the hyper-parameter `name`.
std::vector<std::string_view> optimizers_with(std::string_view name) {
    std::vector<std::string_view> with;
    for (const auto optimizer : gd::optimizer_names()) {
        if (gd::find_hyper_parameter(gd::hyper_parameters(optimizer), name) != nullptr)
            with.push_back(optimizer);
    }
    return with;
}

// "  --lr LR                 learning rate (> 0; default 0.1)": the column of the other scene
// options' help.
std::string help_line(const std::string& left, const std::string& right) {
    constexpr std::size_t kColumn = 26;
    std::string line = "  " + left;
    line += line.size() < kColumn ? std::string(kColumn - line.size(), ' ') : std::string(" ");
    return line + right + "\n";
}

std::string upper(std::string_view name) {
    std::string out(name);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

}  // namespace

std::vector<std::string> optimizer_options() {
    std::vector<std::string> options = {"--optimizer"};
    for (const auto name : gd::all_hyper_parameter_names())
        options.push_back(option_of(name));
    return options;
}

gd::Optimizer parse_optimizer(const Arguments& args, double default_lr) {
    const std::string name = args.text("--optimizer").value_or(std::string(gd::kDefaultOptimizer));
    auto optimizer = gd::make_optimizer(name);
    if (!optimizer) {
        throw UsageError("--optimizer: unknown optimizer '" + name +
                         "'; available: " + joined(gd::optimizer_names(), ", "));
    }
    gd::set_hyper_parameter(*optimizer, "lr", default_lr);
    for (const auto parameter : gd::all_hyper_parameter_names()) {
        const std::string option = option_of(parameter);
        const auto value = args.number(option);
        if (!value) continue;
        if (!gd::set_hyper_parameter(*optimizer, parameter, *value)) {
            throw UsageError(option + ": the optimizer " + name + " has no " +
                             std::string(parameter) + "; " +
                             joined(optimizers_with(parameter), " and ") + " have it");
        }
    }
    if (auto problem = gd::check_optimizer(*optimizer)) {
        throw UsageError(option_of(problem->name) + ": " + problem->message);
    }
    return *optimizer;
}

std::string optimizer_help() {
    std::string help;
    std::string names;
    for (const auto name : gd::optimizer_names()) {
        const auto o = *gd::make_optimizer(name);
        names += (names.empty() ? "" : ", ") + std::string(name) + " (" +
                 std::string(gd::optimizer_title(o)) + ")";
    }
    help += help_line("--optimizer NAME", "step rule: " + names);
    for (const auto parameter : gd::all_hyper_parameter_names()) {
        // As the first optimizer that has it describes it.
        const gd::HyperParameter& p = *gd::find_hyper_parameter(
            gd::hyper_parameters(optimizers_with(parameter).front()), parameter);
        std::string range = gd::describe_range(p, p.valid);
        range = range.substr(range.find(" must be ") + 9);  // "a positive number"
        help += help_line(option_of(parameter) + " " + upper(parameter),
                          std::string(p.label) + " (" + range + "; default " +
                              gd::format_number(p.default_value) + ")");
        // The window and export take a narrower range: say so before a usage error does.
        help += help_line("", "the window and export take " + gd::format_number(p.window.min) +
                                  " to " + gd::format_number(p.window.max));
    }
    return help;
}

void write_optimizer(JsonWriter& json, const gd::Optimizer& optimizer) {
    nlohmann::ordered_json doc = {{"name", std::string(gd::optimizer_name(optimizer))}};
    for (const gd::HyperParameter& p : gd::hyper_parameters(optimizer))
        doc[std::string(p.name)] = *gd::hyper_parameter(optimizer, p.name);
    json.document(doc);
}

std::string optimizer_summary(const gd::Optimizer& optimizer) {
    std::string out = "optimizer: " + std::string(gd::optimizer_name(optimizer));
    for (const gd::HyperParameter& p : gd::hyper_parameters(optimizer)) {
        out += ", " + std::string(p.symbol) + " = " +
               gd::format_number(*gd::hyper_parameter(optimizer, p.name));
    }
    return out;
}

}  // namespace gdlab
