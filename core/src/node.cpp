#include "node.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "opcode.hpp"

namespace gd {

namespace {

constexpr std::array kFunctions{
    FunctionInfo{"sin", Op::sin, 1},     FunctionInfo{"cos", Op::cos, 1},
    FunctionInfo{"tan", Op::tan, 1},     FunctionInfo{"asin", Op::asin, 1},
    FunctionInfo{"acos", Op::acos, 1},   FunctionInfo{"atan", Op::atan, 1},
    FunctionInfo{"sinh", Op::sinh, 1},   FunctionInfo{"cosh", Op::cosh, 1},
    FunctionInfo{"tanh", Op::tanh, 1},   FunctionInfo{"exp", Op::exp, 1},
    FunctionInfo{"ln", Op::ln, 1},       FunctionInfo{"log", Op::ln, 1},
    FunctionInfo{"log10", Op::log10, 1}, FunctionInfo{"log2", Op::log2, 1},
    FunctionInfo{"sqrt", Op::sqrt, 1},   FunctionInfo{"cbrt", Op::cbrt, 1},
    FunctionInfo{"abs", Op::abs, 1},     FunctionInfo{"sign", Op::sign, 1},
    FunctionInfo{"atan2", Op::atan2, 2}, FunctionInfo{"min", Op::min, 2},
    FunctionInfo{"max", Op::max, 2},     FunctionInfo{"hypot", Op::hypot, 2},
    FunctionInfo{"pow", Op::pow, 2},
};

// Feeds two operands to one instruction (see apply()).
struct Operands {
    double a, b, result = 0.0;
    void unary(const Instruction&, auto f) { result = f(a); }
    void binary(const Instruction&, auto f) { result = f(a, b); }
};

bool equal_values(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

}  // namespace

int arity(Op op) {
    switch (op) {
        case Op::number:
        case Op::x:
        case Op::y:
        case Op::pi:
        case Op::e:
            return 0;
        case Op::add:
        case Op::sub:
        case Op::mul:
        case Op::div:
        case Op::pow:
        case Op::atan2:
        case Op::min:
        case Op::max:
        case Op::hypot:
            return 2;
        default:
            return 1;
    }
}

bool is_function(Op op) {
    return op >= Op::sin;
}

std::span<const FunctionInfo> function_table() {
    return kFunctions;
}

std::optional<FunctionInfo> find_function(std::string_view name) {
    for (const auto& f : kFunctions) {
        if (f.name == name) return f;
    }
    return std::nullopt;
}

std::string_view function_name(Op op) {
    if (op == Op::pow) return "pow";
    for (const auto& f : kFunctions) {
        if (f.op == op) return f.name;  // the first entry is the canonical name
    }
    return "?";
}

double apply(Op op, double a, double b) {
    switch (op) {
        case Op::number:
        case Op::x:
        case Op::y:
            return a;
        case Op::pi:
            return std::numbers::pi;
        case Op::e:
            return std::numbers::e;
        default:
            break;
    }
    // Evaluate through the instruction set so that folding and evaluation cannot disagree.
    Operands operands{a, b};
    dispatch(Instruction{opcode_for(op)}, operands);
    return operands.result;
}

NodePtr make_leaf(Op op, double value) {
    auto n = std::make_shared<Node>();
    n->op = op;
    n->value = value;
    return n;
}

NodePtr make_node(Op op, NodePtr a, NodePtr b) {
    auto n = std::make_shared<Node>();
    n->op = op;
    n->depth = 1 + std::max(a ? a->depth : 0, b ? b->depth : 0);
    n->a = std::move(a);
    n->b = std::move(b);
    return n;
}

bool is_number(const NodePtr& n) {
    return n->op == Op::number;
}

bool is_number(const NodePtr& n, double v) {
    return n->op == Op::number && n->value == v;
}

bool structurally_equal(const NodePtr& a, const NodePtr& b) {
    if (a == b) return true;
    if (a->op != b->op) return false;
    if (a->op == Op::number) return equal_values(a->value, b->value);
    const int n = arity(a->op);
    if (n >= 1 && !structurally_equal(a->a, b->a)) return false;
    if (n == 2 && !structurally_equal(a->b, b->b)) return false;
    return true;
}

bool depends_on(const NodePtr& n, Op variable) {
    if (n->op == variable) return true;
    const int k = arity(n->op);
    return (k >= 1 && depends_on(n->a, variable)) || (k == 2 && depends_on(n->b, variable));
}

}  // namespace gd
