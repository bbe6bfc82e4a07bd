// The batch kernel for any x86-64 (or other) processor.
#include "batch_kernel.hpp"
#include "opcode.hpp"

#define GD_BATCH_KERNEL run_batch_baseline
#include "batch_kernel_body.inc"
