// The one way command-line code reports bad input: gdlab prints the message and exits 2.
#pragma once

#include <stdexcept>
#include <string>

namespace gdlab {

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;

    // The line gdlab prints for it. Messages from option parsing name the command already
    // ("gdlab trace: --lr ..."); the others get it in front ("gdlab trace: --expr: ...").
    [[nodiscard]] std::string message_for(const std::string& command) const {
        const std::string message = what();
        return message.rfind("gdlab ", 0) == 0 ? message : "gdlab " + command + ": " + message;
    }
};

}  // namespace gdlab
