#include "gd/program.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdlib>
#include <string_view>

#include "batch_kernel.hpp"
#include "opcode.hpp"

namespace gd {

namespace {

class ScalarMachine {
  public:
    explicit ScalarMachine(double* slots) : s_(slots) {}
    void unary(const Instruction& in, auto f) { s_[in.dst] = f(s_[in.a]); }
    void binary(const Instruction& in, auto f) { s_[in.dst] = f(s_[in.a], s_[in.b]); }

  private:
    double* s_;
};

// The batch kernel built for the widest vectors this processor runs (see batch_kernel.hpp).
// GD_BATCH_KERNEL=baseline|avx2|avx512 asks for a narrower one (the tests run each); a kernel
// the processor cannot run is never chosen.
BatchKernel select_batch_kernel() {
    const char* asked = std::getenv("GD_BATCH_KERNEL");
    const std::string_view wanted = asked ? asked : "";
#if defined(GD_HAVE_WIDE_KERNELS)
    __builtin_cpu_init();
    const bool avx512 = __builtin_cpu_supports("avx512f") && wanted != "avx2";
    const bool avx2 = __builtin_cpu_supports("avx2");
    if (wanted != "baseline") {
        if (avx512) return run_batch_avx512;
        if (avx2) return run_batch_avx2;
    }
#endif
    return run_batch_baseline;
}

}  // namespace

Program::Program(std::vector<Instruction> code, int slot_count, std::uint16_t result)
    : code_(std::move(code)), slot_count_(slot_count), result_(result), constant_zero_(false) {}

double Program::evaluate(double x, double y) const {
    if (constant_zero_) return 0.0;
    constexpr int kSmall = 32;
    std::array<double, kSmall> small;
    std::vector<double> large;
    double* slots = small.data();
    if (slot_count_ > kSmall) {
        large.resize(static_cast<std::size_t>(slot_count_));
        slots = large.data();
    }
    slots[kSlotX] = x;
    slots[kSlotY] = y;
    ScalarMachine machine(slots);
    for (const auto& instruction : code_)
        dispatch(instruction, machine);
    return slots[result_];
}

void Program::evaluate(const Eigen::ArrayXd& x, const Eigen::ArrayXd& y,
                       Eigen::ArrayXd& out) const {
    assert(x.size() == y.size());
    const Eigen::Index n = x.size();
    out.resize(n);
    if (constant_zero_) {
        out.setZero();
        return;
    }
    const auto registers = static_cast<std::size_t>(slot_count_ - 2);
    std::vector<double> buffer(registers * kBatchChunk);
    std::vector<double*> slots(static_cast<std::size_t>(slot_count_));
    for (std::size_t r = 0; r < registers; ++r)
        slots[r + 2] = buffer.data() + r * kBatchChunk;
    static const BatchKernel kernel = select_batch_kernel();
    kernel(code_.data(), code_.size(), slots.data(), x.data(), y.data(), n, result_, out.data());
}

}  // namespace gd
