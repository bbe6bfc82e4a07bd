// The instruction set of compiled programs and the one definition of what each instruction
// computes. Scalar evaluation, batch evaluation and constant folding all go through dispatch(),
// which is why they agree bit for bit. This header is also compiled with -mavx2 and with
// -mavx512f (batch_kernel_avx2.cpp, batch_kernel_avx512.cpp): it must define no non-template inline
// functions, which the linker could otherwise share between differently compiled files.
#pragma once

#include <cmath>
#include <cstdint>

#include "gd/instruction.hpp"
#include "node.hpp"

namespace gd {

enum class OpCode : std::uint8_t {
    load_const,  // dst = c
    neg,
    add,
    sub,
    mul,
    div,
    pow,
    add_const,  // t + c
    sub_const,  // t - c
    mul_const,  // t * c
    div_const,  // t / c
    pow_const,  // t ^ c
    const_sub,  // c - t
    const_div,  // c / t
    const_pow,  // c ^ t
    square,     // t * t
    cube,       // t * t * t
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
    atan2,
    min,
    max,
    hypot,
};

// The instruction that applies `op` to operands already on the stack.
[[nodiscard]] OpCode opcode_for(Op op);

// Calls v.unary(in, f) (dst = f(a)) or v.binary(in, f) (dst = f(a, b)) for the instruction, with
// f the scalar function it computes.
template <class Visitor>
inline void dispatch(const Instruction& in, Visitor& v) {
    const double c = in.constant;
    switch (in.code) {
        case OpCode::load_const:
            return v.unary(in, [c](double) { return c; });
        case OpCode::neg:
            return v.unary(in, [](double a) { return -a; });
        case OpCode::add:
            return v.binary(in, [](double a, double b) { return a + b; });
        case OpCode::sub:
            return v.binary(in, [](double a, double b) { return a - b; });
        case OpCode::mul:
            return v.binary(in, [](double a, double b) { return a * b; });
        case OpCode::div:
            return v.binary(in, [](double a, double b) { return a / b; });
        case OpCode::pow:
            return v.binary(in, [](double a, double b) { return std::pow(a, b); });
        case OpCode::add_const:
            return v.unary(in, [c](double a) { return a + c; });
        case OpCode::sub_const:
            return v.unary(in, [c](double a) { return a - c; });
        case OpCode::mul_const:
            return v.unary(in, [c](double a) { return a * c; });
        case OpCode::div_const:
            return v.unary(in, [c](double a) { return a / c; });
        case OpCode::pow_const:
            return v.unary(in, [c](double a) { return std::pow(a, c); });
        case OpCode::const_sub:
            return v.unary(in, [c](double a) { return c - a; });
        case OpCode::const_div:
            return v.unary(in, [c](double a) { return c / a; });
        case OpCode::const_pow:
            return v.unary(in, [c](double a) { return std::pow(c, a); });
        case OpCode::square:
            return v.unary(in, [](double a) { return a * a; });
        case OpCode::cube:
            return v.unary(in, [](double a) { return a * a * a; });
        case OpCode::sin:
            return v.unary(in, [](double a) { return std::sin(a); });
        case OpCode::cos:
            return v.unary(in, [](double a) { return std::cos(a); });
        case OpCode::tan:
            return v.unary(in, [](double a) { return std::tan(a); });
        case OpCode::asin:
            return v.unary(in, [](double a) { return std::asin(a); });
        case OpCode::acos:
            return v.unary(in, [](double a) { return std::acos(a); });
        case OpCode::atan:
            return v.unary(in, [](double a) { return std::atan(a); });
        case OpCode::sinh:
            return v.unary(in, [](double a) { return std::sinh(a); });
        case OpCode::cosh:
            return v.unary(in, [](double a) { return std::cosh(a); });
        case OpCode::tanh:
            return v.unary(in, [](double a) { return std::tanh(a); });
        case OpCode::exp:
            return v.unary(in, [](double a) { return std::exp(a); });
        case OpCode::ln:
            return v.unary(in, [](double a) { return std::log(a); });
        case OpCode::log10:
            return v.unary(in, [](double a) { return std::log10(a); });
        case OpCode::log2:
            return v.unary(in, [](double a) { return std::log2(a); });
        case OpCode::sqrt:
            return v.unary(in, [](double a) { return std::sqrt(a); });
        case OpCode::cbrt:
            return v.unary(in, [](double a) { return std::cbrt(a); });
        case OpCode::abs:
            return v.unary(in, [](double a) { return std::fabs(a); });
        case OpCode::sign:
            // NaN stays NaN: a sign must not hide an undefined value.
            return v.unary(in, [](double a) { return a > 0.0 ? 1.0 : (a < 0.0 ? -1.0 : a); });
        case OpCode::atan2:
            return v.binary(in, [](double a, double b) { return std::atan2(a, b); });
        case OpCode::min:
            return v.binary(in, [](double a, double b) { return std::fmin(a, b); });
        case OpCode::max:
            return v.binary(in, [](double a, double b) { return std::fmax(a, b); });
        case OpCode::hypot:
            return v.binary(in, [](double a, double b) { return std::hypot(a, b); });
    }
}

}  // namespace gd
