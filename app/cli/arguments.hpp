// The options after a subcommand: every option takes exactly one value ("--lr 0.1" or
// "--lr=0.1"), so a value may start with '-' ("--start -3,4").
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "Eigen/Core"

namespace gdlab {

class Arguments {
  public:
    // Throws UsageError for a stray word, an option without a value, a repeated option, or an
    // option not in `known`. `program` is what messages begin with: "gdlab trace", "gdlab".
    Arguments(const std::vector<std::string>& words, const std::set<std::string>& known,
              std::string_view program);

    [[nodiscard]] bool has(std::string_view option) const;
    [[nodiscard]] std::optional<std::string> text(std::string_view option) const;
    [[nodiscard]] std::optional<double> number(std::string_view option) const;
    [[nodiscard]] std::optional<long long> integer(std::string_view option, long long min,
                                                   long long max) const;
    // "X,Y" as two numbers.
    [[nodiscard]] std::optional<Eigen::Vector2d> pair(std::string_view option,
                                                      std::string_view shape) const;
    // "A,B,C,..." as one or more numbers.
    [[nodiscard]] std::optional<std::vector<double>> list(std::string_view option) const;

  private:
    std::vector<std::pair<std::string, std::string>> values_;
};

// Parses a whole string as a double (no leading spaces, no trailing text); nothing otherwise.
[[nodiscard]] std::optional<double> parse_double(std::string_view text);

}  // namespace gdlab
