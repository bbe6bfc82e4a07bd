#include "simplify.hpp"

#include <charconv>
#include <cmath>
#include <optional>

namespace gd::build {

namespace {

// A folded constant is kept only if it prints as a short decimal: 2*3 becomes 6 and 0.1 - 1
// becomes -0.9 (one rounding away), but 1/3 stays 1/3 so that formulas stay readable.
std::optional<double> nice(double v) {
    if (!std::isfinite(v)) return std::nullopt;
    char buffer[32];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, 12);
    if (ec != std::errc()) return std::nullopt;
    double rounded = 0.0;
    std::from_chars(buffer, end, rounded);
    if (rounded == v) return v;
    if (std::nextafter(rounded, v) == v) return rounded;
    return std::nullopt;
}

std::optional<double> fold(Op op, double a, double b = 0.0) {
    return nice(apply(op, a, b));
}

bool is_negative_number(const NodePtr& n) {
    return n->op == Op::number && n->value < 0.0;
}

// Splits c*t into (c, t); a term without a numeric factor has the coefficient 1.
std::pair<double, NodePtr> split_coefficient(const NodePtr& n) {
    if (n->op == Op::mul && is_number(n->a)) return {n->a->value, n->b};
    if (n->op == Op::neg) {
        auto [c, t] = split_coefficient(n->a);
        return {-c, t};
    }
    return {1.0, n};
}

// Variables, constants and their numeric powers come first in a product: 2*x*(y + 1).
bool is_simple_factor(const NodePtr& n) {
    switch (n->op) {
        case Op::x:
        case Op::y:
        case Op::pi:
        case Op::e:
            return true;
        case Op::pow:
            return (n->a->op == Op::x || n->a->op == Op::y) && is_number(n->b);
        default:
            return false;
    }
}

int factor_rank(const NodePtr& n) {
    const Op base = n->op == Op::pow ? n->a->op : n->op;
    switch (base) {
        case Op::pi:
        case Op::e:
            return 0;
        case Op::x:
            return 1;
        case Op::y:
            return 2;
        default:
            return 3;
    }
}

// a^m as (a, m), so that x*x^2 becomes x^3.
std::pair<NodePtr, NodePtr> split_power(const NodePtr& n) {
    if (n->op == Op::pow) return {n->a, n->b};
    return {n, number(1.0)};
}

// Like terms: c1*t + c2*t = (c1 + c2)*t, when the sum of coefficients is a short number.
std::optional<NodePtr> combine_like_terms(const NodePtr& a, const NodePtr& b, double sign) {
    auto [ca, ta] = split_coefficient(a);
    auto [cb, tb] = split_coefficient(b);
    if (is_number(ta) || !structurally_equal(ta, tb)) return std::nullopt;
    const auto c = nice(ca + sign * cb);
    if (!c) return std::nullopt;
    return mul(number(*c), ta);
}

}  // namespace

NodePtr number(double v) {
    return make_leaf(Op::number, v == 0.0 ? 0.0 : v);
}

NodePtr neg(const NodePtr& a) {
    if (is_number(a)) return number(-a->value);
    if (a->op == Op::neg) return a->a;
    if (a->op == Op::sub) return sub(a->b, a->a);  // -(a - b) = b - a
    if (a->op == Op::mul && is_number(a->a)) return mul(number(-a->a->value), a->b);
    if (a->op == Op::div && is_number(a->a)) return div(number(-a->a->value), a->b);
    return make_node(Op::neg, a);
}

NodePtr add(const NodePtr& a, const NodePtr& b) {
    if (is_number(a) && is_number(b)) {
        if (auto v = fold(Op::add, a->value, b->value)) return number(*v);
    }
    if (is_number(a, 0.0)) return b;
    if (is_number(b, 0.0)) return a;
    if (b->op == Op::neg) return sub(a, b->a);
    if (is_negative_number(b)) return sub(a, number(-b->value));
    if (b->op == Op::mul && is_negative_number(b->a)) {
        return sub(a, mul(number(-b->a->value), b->b));
    }
    if (a->op == Op::neg) return sub(b, a->a);
    if (auto combined = combine_like_terms(a, b, 1.0)) return *combined;
    return make_node(Op::add, a, b);
}

NodePtr sub(const NodePtr& a, const NodePtr& b) {
    if (is_number(a) && is_number(b)) {
        if (auto v = fold(Op::sub, a->value, b->value)) return number(*v);
    }
    if (is_number(b, 0.0)) return a;
    if (is_number(a, 0.0)) return neg(b);
    if (structurally_equal(a, b)) return number(0.0);
    if (b->op == Op::neg) return add(a, b->a);
    if (is_negative_number(b)) return add(a, number(-b->value));
    if (b->op == Op::mul && is_negative_number(b->a)) {
        return add(a, mul(number(-b->a->value), b->b));
    }
    if (auto combined = combine_like_terms(a, b, -1.0)) return *combined;
    return make_node(Op::sub, a, b);
}

NodePtr mul(const NodePtr& a, const NodePtr& b) {
    if (is_number(a) && is_number(b)) {
        if (auto v = fold(Op::mul, a->value, b->value)) return number(*v);
    }
    if (is_number(a, 0.0) || is_number(b, 0.0)) return number(0.0);
    if (is_number(a, 1.0)) return b;
    if (is_number(b, 1.0)) return a;
    if (is_number(a, -1.0)) return neg(b);
    if (is_number(b, -1.0)) return neg(a);
    if (is_number(b) && !is_number(a)) return mul(b, a);
    if (a->op == Op::neg) return neg(mul(a->a, b));
    if (b->op == Op::neg) return neg(mul(a, b->a));
    // Numeric factors gather at the front: 2*(3*x) = 6*x, x*(2*y) = 2*(x*y).
    if (is_number(a) && b->op == Op::mul && is_number(b->a)) {
        if (auto v = fold(Op::mul, a->value, b->a->value)) return mul(number(*v), b->b);
    }
    if (!is_number(a) && a->op == Op::mul && is_number(a->a)) return mul(a->a, mul(a->b, b));
    if (!is_number(a) && b->op == Op::mul && is_number(b->a)) return mul(b->a, mul(a, b->b));
    // Divisions rise to the top: 2*(1/x) = 2/x.
    if (b->op == Op::div) return div(mul(a, b->a), b->b);
    if (a->op == Op::div) return div(mul(a->a, b), a->b);
    // Powers of one base add up: x*x = x^2, x^2*x = x^3.
    if (!is_number(a) && !is_number(b)) {
        auto [base_a, exp_a] = split_power(a);
        auto [base_b, exp_b] = split_power(b);
        if (is_number(exp_a) && is_number(exp_b) && structurally_equal(base_a, base_b)) {
            if (auto v = fold(Op::add, exp_a->value, exp_b->value)) return pow(base_a, number(*v));
        }
    }
    if (!is_number(a) && is_simple_factor(b) &&
        (!is_simple_factor(a) || factor_rank(b) < factor_rank(a))) {
        return make_node(Op::mul, b, a);
    }
    return make_node(Op::mul, a, b);
}

NodePtr div(const NodePtr& a, const NodePtr& b) {
    if (is_number(a) && is_number(b)) {
        if (auto v = fold(Op::div, a->value, b->value)) return number(*v);
    }
    if (is_number(a, 0.0) && !is_number(b, 0.0)) return number(0.0);
    if (is_number(b, 1.0)) return a;
    if (is_number(b, -1.0)) return neg(a);
    if (structurally_equal(a, b) && !is_number(a, 0.0)) return number(1.0);
    if (a->op == Op::neg) return neg(div(a->a, b));
    if (b->op == Op::neg) return neg(div(a, b->a));
    if (is_negative_number(b)) return neg(div(a, number(-b->value)));
    if (a->op == Op::div) return div(a->a, mul(a->b, b));
    if (b->op == Op::div) return div(mul(a, b->b), b->a);
    if (is_number(b) && a->op == Op::mul && is_number(a->a)) {
        if (auto v = fold(Op::div, a->a->value, b->value)) return mul(number(*v), a->b);
    }
    // Common numeric factors cancel: (2*x)/(2*r) = x/r.
    if (a->op == Op::mul && is_number(a->a) && b->op == Op::mul && is_number(b->a)) {
        if (auto v = fold(Op::div, a->a->value, b->a->value)) {
            return mul(number(*v), div(a->b, b->b));
        }
    }
    return make_node(Op::div, a, b);
}

NodePtr pow(const NodePtr& a, const NodePtr& b) {
    if (is_number(a) && is_number(b)) {
        if (auto v = fold(Op::pow, a->value, b->value)) return number(*v);
    }
    if (is_number(b, 0.0)) return number(1.0);
    if (is_number(b, 1.0)) return a;
    if (is_number(a, 1.0)) return number(1.0);
    // (u^m)^n = u^(m*n) holds for every u only when n is an integer.
    if (a->op == Op::pow && is_number(a->b) && is_number(b) && std::trunc(b->value) == b->value) {
        if (auto v = fold(Op::mul, a->b->value, b->value)) return pow(a->a, number(*v));
    }
    return make_node(Op::pow, a, b);
}

NodePtr call(Op function, const NodePtr& a, const NodePtr& b) {
    if (function == Op::pow) return pow(a, b);
    // Fold only results that are whole numbers: cos(0) = 1, but ln(10) stays ln(10).
    if (is_number(a) && (!b || is_number(b))) {
        const double v = apply(function, a->value, b ? b->value : 0.0);
        if (std::isfinite(v) && std::trunc(v) == v) return number(v);
    }
    return make_node(function, a, b);
}

NodePtr simplify(const NodePtr& n) {
    switch (arity(n->op)) {
        case 0:
            return n;
        case 1:
            if (n->op == Op::neg) return neg(simplify(n->a));
            return call(n->op, simplify(n->a));
        default:
            break;
    }
    const NodePtr a = simplify(n->a);
    const NodePtr b = simplify(n->b);
    switch (n->op) {
        case Op::add:
            return add(a, b);
        case Op::sub:
            return sub(a, b);
        case Op::mul:
            return mul(a, b);
        case Op::div:
            return div(a, b);
        case Op::pow:
            return pow(a, b);
        default:
            return call(n->op, a, b);
    }
}

}  // namespace gd::build
