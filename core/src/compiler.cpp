#include "compiler.hpp"

#include <algorithm>
#include <numbers>
#include <optional>

#include "node.hpp"
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

// Each subtree is evaluated into a slot: x and y are their own slots (no instruction); every
// other result goes into a register, reusing an operand's register when one is free so that
// most instructions work in place.
class Compiler {
  public:
    Program finish(std::uint16_t result) && {
        return Program(std::move(code_), kFirstRegister + register_count_, result);
    }

    std::uint16_t emit(const NodePtr& n) {
        if (n->op == Op::x) return kSlotX;
        if (n->op == Op::y) return kSlotY;
        if (is_constant_leaf(n)) {
            const std::uint16_t dst = allocate();
            code_.push_back({OpCode::load_const, dst, dst, dst, leaf_value(n)});
            return dst;
        }
        if (arity(n->op) == 1) return unary(opcode_for(n->op), emit(n->a));
        return emit_binary(n);
    }

  private:
    static constexpr std::uint16_t kFirstRegister = 2;

    static bool is_register(std::uint16_t slot) { return slot >= kFirstRegister; }

    std::uint16_t allocate() {
        if (!free_.empty()) {
            const std::uint16_t r = free_.back();
            free_.pop_back();
            return r;
        }
        return static_cast<std::uint16_t>(kFirstRegister + register_count_++);
    }

    void release(std::uint16_t slot) {
        if (is_register(slot)) free_.push_back(slot);
    }

    // dst = op(a), in a's register when a has one.
    std::uint16_t unary(OpCode code, std::uint16_t a, double constant = 0.0) {
        const std::uint16_t dst = is_register(a) ? a : allocate();
        code_.push_back({code, dst, a, a, constant});
        return dst;
    }

    std::uint16_t emit_binary(const NodePtr& n) {
        const NodePtr& a = n->a;
        const NodePtr& b = n->b;
        if (is_constant_leaf(b)) {
            if (auto code = with_constant_right(n->op, leaf_value(b))) {
                return unary(*code, emit(a), leaf_value(b));
            }
        }
        if (is_constant_leaf(a) && !is_constant_leaf(b)) {
            if (auto code = with_constant_left(n->op)) return unary(*code, emit(b), leaf_value(a));
        }
        const std::uint16_t sa = emit(a);
        const std::uint16_t sb = emit(b);
        std::uint16_t dst;
        if (is_register(sa)) {
            dst = sa;
            release(sb);
        } else if (is_register(sb)) {
            dst = sb;
        } else {
            dst = allocate();
        }
        code_.push_back({opcode_for(n->op), dst, sa, sb, 0.0});
        return dst;
    }

    // t op c.
    static std::optional<OpCode> with_constant_right(Op op, double c) {
        switch (op) {
            case Op::add:
                return OpCode::add_const;
            case Op::sub:
                return OpCode::sub_const;
            case Op::mul:
                return OpCode::mul_const;
            case Op::div:
                return OpCode::div_const;
            case Op::pow:
                return c == 2.0 ? OpCode::square : (c == 3.0 ? OpCode::cube : OpCode::pow_const);
            default:
                return std::nullopt;
        }
    }

    // c op t. c + t and c * t equal t + c and t * c exactly in IEEE arithmetic.
    static std::optional<OpCode> with_constant_left(Op op) {
        switch (op) {
            case Op::add:
                return OpCode::add_const;
            case Op::mul:
                return OpCode::mul_const;
            case Op::sub:
                return OpCode::const_sub;
            case Op::div:
                return OpCode::const_div;
            case Op::pow:
                return OpCode::const_pow;
            default:
                return std::nullopt;
        }
    }

    std::vector<Instruction> code_;
    std::vector<std::uint16_t> free_;
    int register_count_ = 0;
};

}  // namespace

// The functions are listed in the same order in Op and OpCode, so the one maps onto the other
// by offset; these checks fail to compile if either list changes alone.
static_assert(static_cast<int>(Op::hypot) - static_cast<int>(Op::sin) ==
              static_cast<int>(OpCode::hypot) - static_cast<int>(OpCode::sin));
static_assert(static_cast<int>(Op::sqrt) - static_cast<int>(Op::sin) ==
              static_cast<int>(OpCode::sqrt) - static_cast<int>(OpCode::sin));
static_assert(static_cast<int>(Op::atan2) - static_cast<int>(Op::sin) ==
              static_cast<int>(OpCode::atan2) - static_cast<int>(OpCode::sin));

OpCode opcode_for(Op op) {
    if (is_function(op)) {
        return static_cast<OpCode>(static_cast<int>(OpCode::sin) + static_cast<int>(op) -
                                   static_cast<int>(Op::sin));
    }
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
        default:
            return OpCode::load_const;  // leaves are emitted by Compiler::emit, never here
    }
}

Program compile(const NodePtr& root) {
    Compiler compiler;
    const std::uint16_t result = compiler.emit(root);
    return std::move(compiler).finish(result);
}

}  // namespace gd
