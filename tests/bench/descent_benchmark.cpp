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

// A million updates of one step rule on Rosenbrock from its start, none stopping early: what an
// optimizer's bookkeeping costs over plain descent's, objective and trace included. Adam is
// meant to cost at most 1.5 times gd; compare the medians of
//   gdlab_benchmarks --benchmark_filter=Million --benchmark_repetitions=5
template <class Method>
void million_updates(benchmark::State& state, const Method& method) {
    const gd::Preset& p = *gd::find_preset("rosenbrock");
    const gd::Objective f(gdbench::parse(p.formula));
    gd::DescentSettings s;
    s.start = p.start;
    s.max_iterations = 1'000'000;
    s.tolerance = 0;
    for (auto _ : state) {
        const gd::Trace trace = gd::run_descent(f, method, s);
        if (trace.stop != gd::StopReason::max_iterations) state.SkipWithError("stopped early");
        benchmark::DoNotOptimize(trace);
    }
    state.SetItemsProcessed(state.iterations() * s.max_iterations);
}

void BM_MillionUpdates_GradientDescent(benchmark::State& state) {
    million_updates(state, gd::GradientDescent{0.001});
}
BENCHMARK(BM_MillionUpdates_GradientDescent)->Unit(benchmark::kMillisecond);

void BM_MillionUpdates_Adam(benchmark::State& state) {
    gd::Adam adam;
    adam.learning_rate = 0.001;
    million_updates(state, adam);
}
BENCHMARK(BM_MillionUpdates_Adam)->Unit(benchmark::kMillisecond);

void BM_ParseAndDifferentiate_Ackley(benchmark::State& state) {
    const std::string text(gd::find_preset("ackley")->formula);
    for (auto _ : state)
        benchmark::DoNotOptimize(gd::Objective(gdbench::parse(text)));
}
BENCHMARK(BM_ParseAndDifferentiate_Ackley)->Unit(benchmark::kMicrosecond);

}  // namespace
