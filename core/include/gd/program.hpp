// An expression compiled to a flat stack program: no tree walk and no virtual call per point.
// Evaluating one point and evaluating a batch run the same operations, so they agree bit for bit.
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace gd {

enum class OpCode : std::uint8_t;

struct Instruction {
    OpCode code;
    double constant = 0.0;  // the literal operand of *_const instructions
};

class Program {
public:
    Program() = default;
    Program(std::vector<Instruction> code, int stack_depth);

    [[nodiscard]] double evaluate(double x, double y) const;
    // out[i] = f(x[i], y[i]); x and y must have the same size, out is resized to it.
    void evaluate(const Eigen::ArrayXd& x, const Eigen::ArrayXd& y, Eigen::ArrayXd& out) const;

    [[nodiscard]] std::size_t size() const { return code_.size(); }
    [[nodiscard]] int stack_depth() const { return stack_depth_; }

private:
    std::vector<Instruction> code_;
    int stack_depth_ = 0;
};

}  // namespace gd
