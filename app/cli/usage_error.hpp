// The one way command-line code reports bad input: gdlab prints the message and exits 2.
#pragma once

#include <stdexcept>
#include <string>

namespace gdlab {

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace gdlab
