#include "name_suggestion.hpp"

#include <vector>

#include "gd/closest_name.hpp"
#include "node.hpp"

namespace gd {

namespace {

// "xy" -> "x*y", "xxy" -> "x*x*y": a product of variables typed without '*'.
std::string as_product_of_variables(std::string_view name) {
    if (name.size() < 2 || name.size() > 8) return {};
    std::string out;
    for (const char c : name) {
        if (c != 'x' && c != 'y') return {};
        if (!out.empty()) out += '*';
        out += c;
    }
    return out;
}

}  // namespace

std::string suggest_name(std::string_view unknown, bool called_as_function) {
    if (!called_as_function) {
        if (auto product = as_product_of_variables(unknown); !product.empty()) return product;
    }
    std::vector<std::string_view> candidates;
    if (!called_as_function) candidates = {"x", "y", "pi", "e", "x0", "x1"};
    for (const auto& f : function_table())
        candidates.push_back(f.name);
    return closest_name(unknown, candidates);
}

}  // namespace gd
