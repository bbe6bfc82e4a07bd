#include "cli/commands.hpp"

#include <algorithm>
#include <string_view>

#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/closest_name.hpp"
#include "gd/text.hpp"
#include "scene/scene.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

namespace {

bool is_help(const std::string& word) {
    return word == "--help" || word == "-h";
}

const Command* find(std::span<const Command> commands, const std::string& name) {
    const auto found = std::ranges::find(commands, name, &Command::name);
    return found == commands.end() ? nullptr : &*found;
}

// "gdlab: unknown command 'plot'; the commands are trace, eval, contour, presets and export",
// or "...; did you mean trace?" for a near miss.
std::string unknown_command(const std::string& word, std::span<const Command> commands) {
    std::vector<std::string_view> names;
    for (const Command& c : commands) {
        if (!c.name.empty()) names.push_back(c.name);
    }
    std::string message = "gdlab: unknown command '" + gd::printable(word) + "'; ";
    if (const std::string hint = gd::closest_name(word, names); !hint.empty()) {
        return message + "did you mean " + hint + "?";
    }
    message += "the commands are ";
    for (std::size_t k = 0; k < names.size(); ++k) {
        message += (k == 0 ? "" : k + 1 == names.size() ? " and " : ", ") + std::string(names[k]);
    }
    return message;
}

}  // namespace

int run_gdlab(std::span<const Command> commands, const std::vector<std::string>& words,
              const Invocation& io) {
    const Command* window = find(commands, "");
    if (!words.empty() && (is_help(words[0]) || words[0] == "help")) {
        io.out << usage(*window, commands);
        return 0;
    }
    if (!words.empty() && words[0] == "--version") {
        io.out << "gdlab " GDLAB_VERSION "\n";
        return 0;
    }
    const bool to_window = words.empty() || words[0].rfind("--", 0) == 0 ||
                           words[0].ends_with(kSceneExtension) ||
                           words[0].ends_with(kLectureExtension);
    const Command* command = to_window ? window : find(commands, words[0]);
    if (command == nullptr) {
        io.err << unknown_command(words[0], commands) << "\n";
        return 2;
    }
    std::vector<std::string> options(words.begin() + (to_window ? 0 : 1), words.end());
    if (to_window) {
        // A lecture file given to the window, as a double-click gives it, stands for
        // --lecture FILE (unless it is the value of an option: --screenshot talk.gdlab-lecture).
        for (std::size_t i = 0; i < options.size(); ++i) {
            const bool a_value = i > 0 && options[i - 1].rfind("--", 0) == 0 &&
                                 options[i - 1].find('=') == std::string::npos;
            if (!a_value && options[i].rfind("--", 0) != 0 &&
                options[i].ends_with(kLectureExtension)) {
                options.insert(options.begin() + static_cast<std::ptrdiff_t>(i), "--lecture");
                ++i;
            }
        }
    }
    if (std::ranges::any_of(options, is_help)) {
        io.out << usage(*command, commands);
        return 0;
    }
    const std::string program = command->name.empty() ? "gdlab" : "gdlab " + command->name;
    OptionSet known{command->options, command->flags, command->positional,
                    command->positional_ending};
    if (command->scene) known.values.insert(scene_options().begin(), scene_options().end());
    try {
        const int status = command->run(Arguments(options, known, program), io);
        io.out.flush();
        return status;
    } catch (const UsageError& e) {
        io.err << e.message_for(program) << "\n";
        return 2;
    }
}

}  // namespace gdlab
