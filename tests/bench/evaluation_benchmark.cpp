// Batch evaluation of Himmelblau on a 512 x 512 grid: our compiled program against the limit
// (a hand-written C++ loop) and against muParser (per point, and in its bulk mode).
#include <benchmark/benchmark.h>
#include <muParser.h>

#include "bench_support.hpp"
#include "gd/expression.hpp"
#include "gd/program.hpp"

namespace {

constexpr const char* kHimmelblau = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";

void BM_Himmelblau512_Lambda(benchmark::State& state) {
    const auto& points = gdbench::grid_points(512);
    Eigen::ArrayXd out(points.x.size());
    const auto f = [](double x, double y) {
        const double a = x * x + y - 11;
        const double b = x + y * y - 7;
        return a * a + b * b;
    };
    for (auto _ : state) {
        const double* x = points.x.data();
        const double* y = points.y.data();
        double* o = out.data();
        for (Eigen::Index i = 0; i < out.size(); ++i)
            o[i] = f(x[i], y[i]);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * out.size());
}
BENCHMARK(BM_Himmelblau512_Lambda)->Unit(benchmark::kMillisecond);

void BM_Himmelblau512_Program(benchmark::State& state) {
    const auto& points = gdbench::grid_points(512);
    const gd::Program program = gdbench::parse(kHimmelblau).compile();
    Eigen::ArrayXd out;
    for (auto _ : state) {
        program.evaluate(points.x, points.y, out);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * points.x.size());
}
BENCHMARK(BM_Himmelblau512_Program)->Unit(benchmark::kMillisecond);

void BM_Himmelblau512_ProgramPerPoint(benchmark::State& state) {
    const auto& points = gdbench::grid_points(512);
    const gd::Program program = gdbench::parse(kHimmelblau).compile();
    Eigen::ArrayXd out(points.x.size());
    for (auto _ : state) {
        for (Eigen::Index i = 0; i < out.size(); ++i) {
            out[i] = program.evaluate(points.x[i], points.y[i]);
        }
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * points.x.size());
}
BENCHMARK(BM_Himmelblau512_ProgramPerPoint)->Unit(benchmark::kMillisecond);

void BM_Himmelblau512_MuParserPerPoint(benchmark::State& state) {
    const auto& points = gdbench::grid_points(512);
    double x = 0;
    double y = 0;
    mu::Parser parser;
    parser.DefineVar("x", &x);
    parser.DefineVar("y", &y);
    parser.SetExpr(kHimmelblau);
    Eigen::ArrayXd out(points.x.size());
    for (auto _ : state) {
        for (Eigen::Index i = 0; i < out.size(); ++i) {
            x = points.x[i];
            y = points.y[i];
            out[i] = parser.Eval();
        }
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * points.x.size());
}
BENCHMARK(BM_Himmelblau512_MuParserPerPoint)->Unit(benchmark::kMillisecond);

void BM_Himmelblau512_MuParserBulk(benchmark::State& state) {
    const auto& points = gdbench::grid_points(512);
    Eigen::ArrayXd x = points.x;
    Eigen::ArrayXd y = points.y;
    mu::Parser parser;
    parser.DefineVar("x", x.data());
    parser.DefineVar("y", y.data());
    parser.SetExpr(kHimmelblau);
    Eigen::ArrayXd out(points.x.size());
    for (auto _ : state) {
        parser.Eval(out.data(), static_cast<int>(out.size()));
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * points.x.size());
}
BENCHMARK(BM_Himmelblau512_MuParserBulk)->Unit(benchmark::kMillisecond);

}  // namespace
