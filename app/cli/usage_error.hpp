// The one way command-line code reports bad input: gdlab prints the message and exits 2.
#pragma once

#include <stdexcept>
#include <string>

#include "gd/text.hpp"

namespace gdlab {

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;

    // The text gdlab prints for it, beginning with the program ("gdlab trace: --lr ..."), with
    // anything the user typed that a terminal could act on shown as an escape.
    [[nodiscard]] std::string message_for(const std::string& program) const {
        const std::string message = what();
        const bool named = message.rfind(program + ":", 0) == 0;
        return gd::printable(named ? message : program + ": " + message, true);
    }
};

}  // namespace gdlab
