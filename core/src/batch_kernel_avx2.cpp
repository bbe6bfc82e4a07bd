// The batch kernel compiled with -mavx2 (and without FMA): chosen at run time by Program when
// the processor has AVX2.
#include "batch_kernel.hpp"
#include "opcode.hpp"

#define GD_BATCH_KERNEL run_batch_avx2
#include "batch_kernel_body.inc"
