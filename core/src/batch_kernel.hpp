// Evaluation of a program over many points, chunk by chunk. The same source
// (batch_kernel_body.inc) is compiled for the baseline, and on x86-64 also with AVX2 and with
// AVX-512; Program picks the widest the processor runs. No build enables FMA, so all round
// exactly as the scalar path does.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gd/instruction.hpp"

namespace gd {

// Points evaluated together: large enough to amortize the instruction dispatch, small enough
// that all registers of a chunk stay in the L1 cache.
inline constexpr std::ptrdiff_t kBatchChunk = 512;

// slots[0] and slots[1] are set per chunk to x and y; slots[2...] point to kBatchChunk doubles
// each. out[i] = program(x[i], y[i]) for i < n.
using BatchKernel = void (*)(const Instruction* code, std::size_t code_size, double** slots,
                             const double* x, const double* y, std::ptrdiff_t n,
                             std::uint16_t result, double* out);

void run_batch_baseline(const Instruction* code, std::size_t code_size, double** slots,
                        const double* x, const double* y, std::ptrdiff_t n, std::uint16_t result,
                        double* out);
void run_batch_avx2(const Instruction* code, std::size_t code_size, double** slots, const double* x,
                    const double* y, std::ptrdiff_t n, std::uint16_t result, double* out);
void run_batch_avx512(const Instruction* code, std::size_t code_size, double** slots,
                      const double* x, const double* y, std::ptrdiff_t n, std::uint16_t result,
                      double* out);

}  // namespace gd
