#include "cli/arguments.hpp"

#include <charconv>
#include <cmath>

#include "cli/usage_error.hpp"

namespace gdlab {

namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<double> parse_double(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

Arguments::Arguments(const std::vector<std::string>& words, const OptionSet& known,
                     std::string_view program) {
    const std::string p(program);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.rfind("--", 0) != 0 && !known.positional.empty() &&
            word.ends_with(known.positional_ending) && !has(known.positional)) {
            values_.emplace_back(known.positional, word);
            continue;
        }
        if (word.rfind("--", 0) != 0) {
            throw UsageError(p + ": unexpected argument '" + word +
                             "' (options start with --; see " + p + " --help)");
        }
        const auto eq = word.find('=');
        const std::string name = word.substr(0, eq);
        std::string value;
        if (known.flags.contains(name)) {
            if (eq != std::string::npos) {
                throw UsageError(p + ": option " + name + " takes no value");
            }
        } else if (!known.values.contains(name)) {
            throw UsageError(p + ": unknown option '" + name + "' (see " + p + " --help)");
        } else if (eq != std::string::npos) {
            value = word.substr(eq + 1);
        } else if (i + 1 < words.size()) {
            value = words[++i];
        } else {
            throw UsageError(p + ": option " + name + " needs a value");
        }
        if (has(name)) {
            throw UsageError(p + ": option " + name + " is given twice");
        }
        values_.emplace_back(name, value);
    }
}

bool Arguments::has(std::string_view option) const {
    return text(option).has_value();
}

bool Arguments::has_any(const std::set<std::string>& options) const {
    for (const auto& given : values_) {
        if (options.contains(given.first)) return true;
    }
    return false;
}

std::optional<std::string> Arguments::text(std::string_view option) const {
    for (const auto& [name, value] : values_) {
        if (name == option) return value;
    }
    return std::nullopt;
}

std::optional<double> Arguments::number(std::string_view option) const {
    const auto t = text(option);
    if (!t) return std::nullopt;
    const auto v = parse_double(trim(*t));
    if (!v || !std::isfinite(*v)) {
        throw UsageError(std::string(option) + " expects a finite number, got '" + *t + "'");
    }
    return v;
}

std::optional<long long> Arguments::integer(std::string_view option, long long min,
                                            long long max) const {
    const auto t = text(option);
    if (!t) return std::nullopt;
    const std::string_view s = trim(*t);
    long long value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || value < min ||
        value > max) {
        throw UsageError(std::string(option) + " expects a whole number from " +
                         std::to_string(min) + " to " + std::to_string(max) + ", got '" + *t + "'");
    }
    return value;
}

std::optional<Eigen::Vector2d> Arguments::pair(std::string_view option,
                                               std::string_view shape) const {
    const auto t = text(option);
    if (!t) return std::nullopt;
    const auto parts = split(*t, ',');
    std::optional<double> a;
    std::optional<double> b;
    if (parts.size() == 2) {
        a = parse_double(trim(parts[0]));
        b = parse_double(trim(parts[1]));
    }
    if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b)) {
        throw UsageError(std::string(option) + " expects two finite numbers " + std::string(shape) +
                         ", got '" + *t + "'");
    }
    return Eigen::Vector2d(*a, *b);
}

std::optional<std::vector<double>> Arguments::list(std::string_view option) const {
    const auto t = text(option);
    if (!t) return std::nullopt;
    std::vector<double> values;
    for (const auto part : split(*t, ',')) {
        const auto v = parse_double(trim(part));
        if (!v || !std::isfinite(*v)) {
            throw UsageError(std::string(option) +
                             " expects finite numbers separated by commas; '" + std::string(part) +
                             "' in '" + *t + "' is not one");
        }
        values.push_back(*v);
    }
    return values;
}

}  // namespace gdlab
