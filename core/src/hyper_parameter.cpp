#include "gd/hyper_parameter.hpp"

#include <cmath>

#include "gd/number_format.hpp"

namespace gd {

std::string option_name(std::string_view parameter) {
    std::string option = "--" + std::string(parameter);
    std::replace(option.begin(), option.end(), '_', '-');
    return option;
}

const HyperParameter* find_hyper_parameter(std::span<const HyperParameter> table,
                                           std::string_view name) {
    const auto it = std::find_if(table.begin(), table.end(),
                                 [&](const HyperParameter& p) { return p.name == name; });
    return it == table.end() ? nullptr : &*it;
}

bool accepts(const HyperParameter& p, const ValueRange& range, double v) {
    return range.contains(v) && (!p.whole || std::floor(v) == v);
}

std::string describe_range(const HyperParameter& p, const ValueRange& range) {
    const std::string what =
        "the " + std::string(p.label) + " must be " + (p.whole ? "a whole number " : "");
    const bool unbounded = range.max == kUnbounded;
    const std::string number = p.whole ? "" : "a number ";
    if (unbounded) {
        if (range.min_open && range.min == 0.0 && !p.whole) return what + "a positive number";
        return what + (p.whole ? "" : number) + (range.min_open ? "> " : ">= ") +
               format_number(range.min);
    }
    if (!range.min_open && !range.max_open) {
        return what + "between " + format_number(range.min) + " and " + format_number(range.max);
    }
    return what + (range.min_open ? "> " : ">= ") + format_number(range.min) + " and " +
           (range.max_open ? "< " : "at most ") + format_number(range.max);
}

}  // namespace gd
