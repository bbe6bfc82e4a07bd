// One instruction of a compiled Program (see program.hpp). Kept free of Eigen and of any
// inline function so that the batch kernels, compiled for several instruction sets, share
// nothing with the rest of the library but these plain types.
#pragma once

#include <cstdint>

namespace gd {

enum class OpCode : std::uint8_t;

struct Instruction {
    OpCode code;
    std::uint16_t dst = 0;  // slot written
    std::uint16_t a = 0;    // first operand's slot
    std::uint16_t b = 0;    // second operand's slot (binary instructions)
    double constant = 0.0;  // the literal operand of *_const instructions
};

inline constexpr std::uint16_t kSlotX = 0;
inline constexpr std::uint16_t kSlotY = 1;

}  // namespace gd
