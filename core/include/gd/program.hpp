// An expression compiled to a flat register program: no tree walk and no virtual call per point.
// Slot 0 holds x and slot 1 holds y (in a batch: the caller's arrays, read in place); the other
// slots are registers. Evaluating one point and evaluating a batch run the same operations, so
// they agree bit for bit.
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "gd/instruction.hpp"

namespace gd {

class Program {
  public:
    Program() = default;
    Program(std::vector<Instruction> code, int slot_count, std::uint16_t result);

    [[nodiscard]] double evaluate(double x, double y) const;
    // out[i] = f(x[i], y[i]); x and y must have the same size, out is resized to it.
    void evaluate(const Eigen::ArrayXd& x, const Eigen::ArrayXd& y, Eigen::ArrayXd& out) const;

    [[nodiscard]] std::size_t size() const { return code_.size(); }
    // x, y and the registers.
    [[nodiscard]] int slot_count() const { return slot_count_; }

  private:
    std::vector<Instruction> code_;
    int slot_count_ = 2;
    std::uint16_t result_ = kSlotX;
    bool constant_zero_ = true;  // the empty program: 0 everywhere
};

}  // namespace gd
