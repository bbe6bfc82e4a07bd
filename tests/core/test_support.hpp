// Helpers shared by the core tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "gd/expression.hpp"
#include "gd/objective.hpp"

namespace gd::testing {

inline Expression parse_ok(std::string_view text) {
    auto r = parse_expression(text);
    if (auto* e = std::get_if<ParseError>(&r)) {
        ADD_FAILURE() << "'" << text << "' failed to parse: " << e->message << " at " << e->offset;
        return std::get<Expression>(parse_expression("0"));
    }
    return std::get<Expression>(r);
}

inline ParseError parse_fail(std::string_view text) {
    auto r = parse_expression(text);
    if (auto* e = std::get_if<ParseError>(&r)) return *e;
    ADD_FAILURE() << "'" << text << "' parsed but should not have";
    return {};
}

inline Objective objective(std::string_view text) {
    return Objective(parse_ok(text));
}

inline double eval(std::string_view text, double x, double y) {
    return parse_ok(text).compile().evaluate(x, y);
}

}  // namespace gd::testing
