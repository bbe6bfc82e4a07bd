// The batch kernel compiled with -mavx512f (and without FMA): chosen at run time by Program when
// the processor has AVX-512.
#include "batch_kernel.hpp"
#include "opcode.hpp"

#define GD_BATCH_KERNEL run_batch_avx512
#include "batch_kernel_body.inc"
