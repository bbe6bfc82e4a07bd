// The one command-line parser of gdlab: every command, `gdlab export` and the window declare
// the options they know (an OptionSet) and this reads the words after the command against them.
// Hand-written rather than CLI11, cxxopts or Boost.Program_options (all in Debian 12): each words
// its errors its own way and differs on repeats (cxxopts keeps the last one silently), so keeping
// every message and exit status exact would mean catching and rewording each error, for a new
// dependency larger than these 150 lines.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "Eigen/Core"

namespace gdlab {

// The options one command knows. Each of `values` takes exactly one value, as "--lr 0.1" or
// "--lr=0.1", so a value may start with '-' ("--start -3,4"); each of `flags` takes none
// ("--caption").
struct OptionSet {
    std::set<std::string> values;
    std::set<std::string> flags = {};
    // The option a word ending in `positional_ending` stands for, once: the window's "--scene"
    // for a word ending in ".gdlab", so that `gdlab bowl.gdlab` opens the file. Any other word
    // that is not an option is refused.
    std::string positional = {};
    std::string positional_ending = {};
};

class Arguments {
  public:
    // Throws UsageError for a stray word, an option without a value, a flag with one, a
    // repeated option, or an option not in `known`. `program` is what messages begin with:
    // "gdlab trace", "gdlab".
    Arguments(const std::vector<std::string>& words, const OptionSet& known,
              std::string_view program);

    // Whether the option, or the flag, was given.
    [[nodiscard]] bool has(std::string_view option) const;
    // Whether any of `options` was given.
    [[nodiscard]] bool has_any(const std::set<std::string>& options) const;
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
    std::vector<std::pair<std::string, std::string>> values_;  // a flag's value is ""
};

// Parses a whole string as a double (no leading spaces, no trailing text); nothing otherwise.
[[nodiscard]] std::optional<double> parse_double(std::string_view text);

}  // namespace gdlab
