#include "cli/commands.hpp"

#include <exception>
#include <functional>
#include <map>

#include "cli/usage_error.hpp"
#include "gd/text.hpp"

namespace gdlab {

int run_command_line(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
    using Command =
        std::function<void(const std::vector<std::string>&, std::ostream&, std::ostream&)>;
    static const std::map<std::string, Command> commands = {{"trace", trace_command},
                                                            {"eval", eval_command},
                                                            {"contour", contour_command},
                                                            {"presets", presets_command}};
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        out << usage("");
        return 0;
    }
    const auto command = commands.find(words[0]);
    if (command == commands.end()) {
        err << "gdlab: unknown command '" << gd::printable(words[0])
            << "'; the commands are trace, eval, contour, presets and export\n";
        return 2;
    }
    const std::vector<std::string> options(words.begin() + 1, words.end());
    for (const auto& w : options) {
        if (w == "--help" || w == "-h") {
            out << usage(words[0]);
            return 0;
        }
    }
    try {
        command->second(options, out, err);
        out.flush();
        return 0;
    } catch (const UsageError& e) {
        err << e.message_for("gdlab " + words[0]) << "\n";
        return 2;
    }
}

}  // namespace gdlab
