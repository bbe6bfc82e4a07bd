#include "gd/program.hpp"

#include <algorithm>
#include <array>
#include <cassert>

#include "opcode.hpp"

namespace gd {

namespace {

// Points evaluated together: large enough to amortize the instruction dispatch, small enough
// that the whole stack of chunks stays in the L1 cache.
constexpr Eigen::Index kChunk = 256;

class ScalarMachine {
public:
    ScalarMachine(double x, double y, double* stack) : x_(x), y_(y), s_(stack) {}
    void push_x() { s_[++top_] = x_; }
    void push_y() { s_[++top_] = y_; }
    void push_const(double c) { s_[++top_] = c; }
    void unary(auto f) { s_[top_] = f(s_[top_]); }
    void binary(auto f) {
        s_[top_ - 1] = f(s_[top_ - 1], s_[top_]);
        --top_;
    }
    [[nodiscard]] double result() const { return s_[0]; }

private:
    double x_, y_;
    double* s_;
    int top_ = -1;
};

// The same machine with a chunk of points in every stack slot.
class BatchMachine {
public:
    BatchMachine(const double* x, const double* y, Eigen::Index n, double* stack)
        : x_(x), y_(y), n_(n), s_(stack) {}
    void push_x() { std::copy_n(x_, n_, slot(++top_)); }
    void push_y() { std::copy_n(y_, n_, slot(++top_)); }
    void push_const(double c) { std::fill_n(slot(++top_), n_, c); }
    void unary(auto f) {
        double* __restrict a = slot(top_);
        for (Eigen::Index i = 0; i < n_; ++i) a[i] = f(a[i]);
    }
    void binary(auto f) {
        double* __restrict a = slot(top_ - 1);
        const double* __restrict b = slot(top_);
        for (Eigen::Index i = 0; i < n_; ++i) a[i] = f(a[i], b[i]);
        --top_;
    }
    [[nodiscard]] const double* result() const { return s_; }

private:
    double* slot(int i) { return s_ + static_cast<std::ptrdiff_t>(i) * kChunk; }

    const double* x_;
    const double* y_;
    Eigen::Index n_;
    double* s_;
    int top_ = -1;
};

}  // namespace

Program::Program(std::vector<Instruction> code, int stack_depth)
    : code_(std::move(code)), stack_depth_(stack_depth) {}

double Program::evaluate(double x, double y) const {
    if (code_.empty()) return 0.0;
    constexpr int kSmall = 32;
    std::array<double, kSmall> small;
    std::vector<double> large;
    double* stack = small.data();
    if (stack_depth_ > kSmall) {
        large.resize(static_cast<std::size_t>(stack_depth_));
        stack = large.data();
    }
    ScalarMachine machine(x, y, stack);
    for (const auto& instruction : code_) dispatch(instruction, machine);
    return machine.result();
}

void Program::evaluate(const Eigen::ArrayXd& x, const Eigen::ArrayXd& y,
                       Eigen::ArrayXd& out) const {
    assert(x.size() == y.size());
    const Eigen::Index n = x.size();
    out.resize(n);
    if (code_.empty()) {
        out.setZero();
        return;
    }
    std::vector<double> stack(static_cast<std::size_t>(stack_depth_) * kChunk);
    for (Eigen::Index start = 0; start < n; start += kChunk) {
        const Eigen::Index count = std::min(kChunk, n - start);
        BatchMachine machine(x.data() + start, y.data() + start, count, stack.data());
        for (const auto& instruction : code_) dispatch(instruction, machine);
        std::copy_n(machine.result(), count, out.data() + start);
    }
}

}  // namespace gd
