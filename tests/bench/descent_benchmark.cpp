// The cost of one descent step (value and exact gradient from compiled programs): what a run of
// a million iterations in the window will cost.
#include <benchmark/benchmark.h>

#include "bench_support.hpp"
#include "gd/descent.hpp"
#include "gd/presets.hpp"

namespace {

void BM_Descent_Rosenbrock(benchmark::State& state) {
    const gd::Preset& p = *gd::find_preset("rosenbrock");
    const gd::Objective f(gdbench::parse(p.formula));
    gd::DescentSettings s;
    s.start = p.start;
    s.max_iterations = static_cast<int>(state.range(0));
    s.tolerance = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(gd::run_descent(f, gd::GradientDescent{0.001}, s));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Descent_Rosenbrock)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_ParseAndDifferentiate_Ackley(benchmark::State& state) {
    const std::string text(gd::find_preset("ackley")->formula);
    for (auto _ : state)
        benchmark::DoNotOptimize(gd::Objective(gdbench::parse(text)));
}
BENCHMARK(BM_ParseAndDifferentiate_Ackley)->Unit(benchmark::kMicrosecond);

}  // namespace
