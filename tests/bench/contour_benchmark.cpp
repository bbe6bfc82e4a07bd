// Contour lines of Himmelblau on a 512 x 512 grid with 20 log-spaced levels, and the whole
// path from an objective to lines (sampling, level choice, marching) that a redraw costs.
#include <benchmark/benchmark.h>

#include <cmath>

#include "bench_support.hpp"
#include "gd/contour.hpp"
#include "gd/objective.hpp"
#include "gd/presets.hpp"

namespace {

const gd::Grid& himmelblau_grid(Eigen::Index n) {
    static const gd::Objective f(gdbench::parse(gd::find_preset("himmelblau")->formula));
    static std::map<Eigen::Index, gd::Grid> cache;
    auto [it, inserted] = cache.try_emplace(n);
    if (inserted) it->second = gd::sample_grid(f, {-5, 5, -5, 5}, n, n);
    return it->second;
}

// 20 levels spaced evenly in log(f - min), from 0.1 above the minimum to the maximum.
std::vector<double> log_levels(const gd::Grid& g, int count) {
    const double lo = g.z.minCoeff();
    const double range = g.z.maxCoeff() - lo;
    std::vector<double> levels;
    for (int k = 0; k < count; ++k) {
        const double t = static_cast<double>(k) / (count - 1);
        levels.push_back(
            lo + std::pow(10.0, std::log10(0.1) + t * (std::log10(range) - std::log10(0.1))));
    }
    return levels;
}

void BM_Contour_Himmelblau_LogLevels(benchmark::State& state) {
    const gd::Grid& g = himmelblau_grid(state.range(0));
    const std::vector<double> levels = log_levels(g, 20);
    std::size_t points = 0;
    for (auto _ : state) {
        const gd::ContourSet set = gd::contour(g, levels);
        points = 0;
        for (const auto& level : set) {
            for (const auto& line : level.lines)
                points += line.points.size();
        }
        benchmark::DoNotOptimize(points);
    }
    state.counters["points"] = static_cast<double>(points);
}
BENCHMARK(BM_Contour_Himmelblau_LogLevels)->Arg(128)->Arg(512)->Unit(benchmark::kMillisecond);

// A random field: the stress case, with lines in almost every cell.
void BM_Contour_Random512(benchmark::State& state) {
    gd::Grid g = himmelblau_grid(512);
    g.z = Eigen::ArrayXXd::Random(512, 512);
    const std::vector<double> levels = {-0.5, 0.0, 0.5};
    for (auto _ : state)
        benchmark::DoNotOptimize(gd::contour(g, levels));
}
BENCHMARK(BM_Contour_Random512)->Unit(benchmark::kMillisecond);

void BM_SampleChooseAndContour_Himmelblau512(benchmark::State& state) {
    const gd::Objective f(gdbench::parse(gd::find_preset("himmelblau")->formula));
    for (auto _ : state) {
        const gd::Grid g = gd::sample_grid(f, {-5, 5, -5, 5}, 512, 512);
        const gd::LevelChoice levels = gd::choose_levels(g, 20);
        benchmark::DoNotOptimize(gd::contour(g, levels.levels));
    }
}
BENCHMARK(BM_SampleChooseAndContour_Himmelblau512)->Unit(benchmark::kMillisecond);

}  // namespace
