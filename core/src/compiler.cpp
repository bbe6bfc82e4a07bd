#include "compiler.hpp"

#include <algorithm>
#include <numbers>

#include "opcode.hpp"

namespace gd {

namespace {

bool is_constant_leaf(const NodePtr& n) {
    return n->op == Op::number || n->op == Op::pi || n->op == Op::e;
}

double leaf_value(const NodePtr& n) {
    switch (n->op) {
        case Op::pi:
            return std::numbers::pi;
        case Op::e:
            return std::numbers::e;
        default:
            return n->value;
    }
}

class Compiler {
public:
    Program finish() && { return Program(std::move(code_), max_depth_); }

    void emit(const NodePtr& n) {
        switch (arity(n->op)) {
            case 0:
                if (n->op == Op::x) return push(OpCode::push_x);
                if (n->op == Op::y) return push(OpCode::push_y);
                return push(OpCode::push_const, leaf_value(n));
            case 1:
                emit(n->a);
                return code_.push_back({opcode_for(n->op)});
            default:
                return emit_binary(n);
        }
    }

private:
    void push(OpCode code, double constant = 0.0) {
        code_.push_back({code, constant});
        max_depth_ = std::max(max_depth_, ++depth_);
    }

    void pop(OpCode code) {
        code_.push_back({code});
        --depth_;
    }

    void emit_binary(const NodePtr& n) {
        const NodePtr& a = n->a;
        const NodePtr& b = n->b;
        if (is_constant_leaf(b) && with_constant_right(n->op, a, leaf_value(b))) return;
        if (is_constant_leaf(a) && !is_constant_leaf(b) &&
            with_constant_left(n->op, b, leaf_value(a))) {
            return;
        }
        emit(a);
        emit(b);
        pop(opcode_for(n->op));
    }

    // t op c, with t = a on the stack.
    bool with_constant_right(Op op, const NodePtr& a, double c) {
        OpCode code;
        switch (op) {
            case Op::add:
                code = OpCode::add_const;
                break;
            case Op::sub:
                code = OpCode::sub_const;
                break;
            case Op::mul:
                code = OpCode::mul_const;
                break;
            case Op::div:
                code = OpCode::div_const;
                break;
            case Op::pow:
                code = c == 2.0 ? OpCode::square : (c == 3.0 ? OpCode::cube : OpCode::pow_const);
                break;
            default:
                return false;
        }
        emit(a);
        code_.push_back({code, c});
        return true;
    }

    // c op t, with t = b on the stack. c + t and c * t equal t + c and t * c exactly in IEEE.
    bool with_constant_left(Op op, const NodePtr& b, double c) {
        OpCode code;
        switch (op) {
            case Op::add:
                code = OpCode::add_const;
                break;
            case Op::mul:
                code = OpCode::mul_const;
                break;
            case Op::sub:
                code = OpCode::const_sub;
                break;
            case Op::div:
                code = OpCode::const_div;
                break;
            case Op::pow:
                code = OpCode::const_pow;
                break;
            default:
                return false;
        }
        emit(b);
        code_.push_back({code, c});
        return true;
    }

    std::vector<Instruction> code_;
    int depth_ = 0;
    int max_depth_ = 0;
};

}  // namespace

OpCode opcode_for(Op op) {
    switch (op) {
        case Op::neg:
            return OpCode::neg;
        case Op::add:
            return OpCode::add;
        case Op::sub:
            return OpCode::sub;
        case Op::mul:
            return OpCode::mul;
        case Op::div:
            return OpCode::div;
        case Op::pow:
            return OpCode::pow;
        case Op::sin:
            return OpCode::sin;
        case Op::cos:
            return OpCode::cos;
        case Op::tan:
            return OpCode::tan;
        case Op::asin:
            return OpCode::asin;
        case Op::acos:
            return OpCode::acos;
        case Op::atan:
            return OpCode::atan;
        case Op::sinh:
            return OpCode::sinh;
        case Op::cosh:
            return OpCode::cosh;
        case Op::tanh:
            return OpCode::tanh;
        case Op::exp:
            return OpCode::exp;
        case Op::ln:
            return OpCode::ln;
        case Op::log10:
            return OpCode::log10;
        case Op::log2:
            return OpCode::log2;
        case Op::sqrt:
            return OpCode::sqrt;
        case Op::cbrt:
            return OpCode::cbrt;
        case Op::abs:
            return OpCode::abs;
        case Op::sign:
            return OpCode::sign;
        case Op::atan2:
            return OpCode::atan2;
        case Op::min:
            return OpCode::min;
        case Op::max:
            return OpCode::max;
        case Op::hypot:
            return OpCode::hypot;
        default:
            return OpCode::push_const;  // leaves are emitted by Compiler::emit, never here
    }
}

Program compile(const NodePtr& root) {
    Compiler compiler;
    compiler.emit(root);
    return std::move(compiler).finish();
}

}  // namespace gd
