#include "gd/number_format.hpp"

#include <charconv>
#include <cmath>

namespace gd {

namespace {

std::string tidy_exponent(std::string s) {
    // to_chars writes "1e-05"; people write "1e-5".
    if (const auto e = s.find('e'); e != std::string::npos) {
        std::size_t digits = e + 1;
        if (digits < s.size() && (s[digits] == '-' || s[digits] == '+')) ++digits;
        if (s[e + 1] == '+') {
            s.erase(e + 1, 1);
            --digits;
        }
        while (digits + 1 < s.size() && s[digits] == '0')
            s.erase(digits, 1);
    }
    return s;
}

}  // namespace

std::string format_number(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buffer[40];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return tidy_exponent(std::string(buffer, ec == std::errc() ? end : buffer));
}

std::string format_short(double v, int significant_digits) {
    if (!std::isfinite(v)) return format_number(v);
    char buffer[40];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v,
                                         std::chars_format::general, significant_digits);
    return tidy_exponent(std::string(buffer, ec == std::errc() ? end : buffer));
}

}  // namespace gd
