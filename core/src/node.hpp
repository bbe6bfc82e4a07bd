// The syntax tree shared by the parser, the simplifier, the printer and the compiler.
// Nodes are immutable and shared (a derivative reuses subtrees of its function).
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string_view>

namespace gd {

enum class Op {
    number,
    x,
    y,
    pi,
    e,
    neg,
    add,
    sub,
    mul,
    div,
    pow,
    // Functions of one argument.
    sin,
    cos,
    tan,
    asin,
    acos,
    atan,
    sinh,
    cosh,
    tanh,
    exp,
    ln,
    log10,
    log2,
    sqrt,
    cbrt,
    abs,
    sign,
    // Functions of two arguments.
    atan2,
    min,
    max,
    hypot,
};

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Node {
    Op op = Op::number;
    // Levels from this node down to its deepest leaf (a leaf is 1). Every algorithm on trees
    // recurses this deep, so the parser refuses input past kMaxExpressionDepth.
    int depth = 1;
    double value = 0.0;  // for Op::number only
    NodePtr a;           // first operand or argument
    NodePtr b;           // second operand or argument
};

[[nodiscard]] int arity(Op op);
[[nodiscard]] bool is_function(Op op);

struct FunctionInfo {
    std::string_view name;
    Op op;
    int arity;
};

// Every name the parser accepts for a function, aliases included (ln and log are one function).
[[nodiscard]] std::span<const FunctionInfo> function_table();
[[nodiscard]] std::optional<FunctionInfo> find_function(std::string_view name);
// The name a function is printed with.
[[nodiscard]] std::string_view function_name(Op op);

// The value of one operation on already evaluated operands: the single definition of each
// function's meaning, used for constant folding and, through program.cpp, for evaluation.
[[nodiscard]] double apply(Op op, double a, double b = 0.0);

[[nodiscard]] NodePtr make_leaf(Op op, double value = 0.0);
[[nodiscard]] NodePtr make_node(Op op, NodePtr a, NodePtr b = nullptr);

[[nodiscard]] bool is_number(const NodePtr& n);
[[nodiscard]] bool is_number(const NodePtr& n, double v);
[[nodiscard]] bool structurally_equal(const NodePtr& a, const NodePtr& b);
[[nodiscard]] bool depends_on(const NodePtr& n, Op variable);

}  // namespace gd
