// Reading scene and lecture files as large and as hostile as the limits allow, against an
// ordinary eight-run scene read in the same run (the baseline). Each benchmark also holds its
// file to a time bound, kReadBound: over it, the benchmark reports an error, which fails the
// CTest run (file_benchmarks_run). Before the reader was linear, a 1 MiB scene of {} took 44 s,
// 80,000 unknown fields 14 s, and a lecture naming a large scene 100 times over 300 s.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "gd/presets.hpp"
#include "scene/scene_file.hpp"

namespace {

namespace fs = std::filesystem;
using gdlab::kMaxSceneFileBytes;

// Well under a second, as a teacher opening a file expects; the worst files take 0.05 s.
constexpr auto kReadBound = std::chrono::milliseconds(500);

std::string ordinary_scene() {
    gdlab::Scene scene = gdlab::scene_of(*gd::find_preset("rosenbrock"));
    while (scene.runs.size() < 8)
        scene.runs.push_back(scene.runs.front());
    return gdlab::scene_file_text(scene);
}

// The ordinary scene with `extra` fields added after its first brace.
std::string scene_with(const std::string& extra) {
    std::string text = ordinary_scene();
    text.insert(1, extra + ",");
    return text;
}

// As many "kNNNNNN":1 fields as fit in the size limit: the most unknown fields a file can hold.
std::string most_unknown_fields() {
    const std::size_t room = kMaxSceneFileBytes - ordinary_scene().size() - 64;
    std::string extra;
    for (int i = 0; extra.size() < room; ++i) {
        char field[24];
        std::snprintf(field, sizeof field, "%s\"k%06d\":1", i == 0 ? "" : ",", i);
        extra += field;
    }
    return scene_with(extra);
}

// An unknown list of {} within the value limit, and one as long as the size limit allows.
std::string empty_objects(std::size_t count) {
    const std::size_t room = kMaxSceneFileBytes - ordinary_scene().size() - 64;
    std::string list = "\"extra\":[{}";
    for (std::size_t i = 1; i < count && list.size() < room; ++i)
        list += ",{}";
    return scene_with(list + "]");
}

void read_each_time(benchmark::State& state, const std::string& text) {
    std::chrono::nanoseconds slowest{0};
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        try {
            benchmark::DoNotOptimize(gdlab::parse_scene_file(text, "bench.gdlab"));
        } catch (const gdlab::SceneFileError&) {  // refused at a limit: also timed
        }
        slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    if (slowest > kReadBound) state.SkipWithError("slower than the 500 ms bound");
}

void BM_ReadOrdinaryScene(benchmark::State& state) {
    read_each_time(state, ordinary_scene());
}
BENCHMARK(BM_ReadOrdinaryScene)->Unit(benchmark::kMillisecond);

void BM_ReadMostUnknownFields(benchmark::State& state) {
    static const std::string text = most_unknown_fields();
    read_each_time(state, text);
}
BENCHMARK(BM_ReadMostUnknownFields)->Unit(benchmark::kMillisecond);

void BM_ReadEmptyObjectsWithinTheValueLimit(benchmark::State& state) {
    static const std::string text = empty_objects(gdlab::kMaxJsonValues - 1000);
    read_each_time(state, text);
}
BENCHMARK(BM_ReadEmptyObjectsWithinTheValueLimit)->Unit(benchmark::kMillisecond);

void BM_RefuseAMebibyteOfEmptyObjects(benchmark::State& state) {
    static const std::string text = empty_objects(kMaxSceneFileBytes);
    read_each_time(state, text);
}
BENCHMARK(BM_RefuseAMebibyteOfEmptyObjects)->Unit(benchmark::kMillisecond);

// A small lecture naming the largest scene file 100 times.
void BM_ReadALectureNamingOneLargeFile100Times(benchmark::State& state) {
    const fs::path folder = fs::temp_directory_path() / "gdlab_file_benchmark";
    fs::create_directories(folder);
    std::ofstream(folder / "large.gdlab") << most_unknown_fields();
    std::string lecture = R"({"format": "gdlab-lecture", "version": 1, "scenes": [)";
    for (int i = 0; i < 100; ++i)
        lecture += std::string(i == 0 ? "" : ",") + "\"large.gdlab\"";
    lecture += "]}";
    std::chrono::nanoseconds slowest{0};
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(gdlab::parse_lecture_file(lecture, "bench.gdlab-lecture", folder));
        slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
    }
    fs::remove_all(folder);
    if (slowest > kReadBound) state.SkipWithError("slower than the 500 ms bound");
}
BENCHMARK(BM_ReadALectureNamingOneLargeFile100Times)->Unit(benchmark::kMillisecond);

// A lecture as large as its limit, all of it fields this version does not know: refused at
// the value limit after reading a part of it.
void BM_RefuseTheLargestLectureOfUnknownFields(benchmark::State& state) {
    std::string lecture = R"({"format": "gdlab-lecture", "version": 1, "scenes": [], )";
    for (int i = 0; lecture.size() + 64 < gdlab::kMaxLectureFileBytes; ++i) {
        char field[24];
        std::snprintf(field, sizeof field, "%s\"k%07d\":1", i == 0 ? "" : ",", i);
        lecture += field;
    }
    lecture += "}";
    std::chrono::nanoseconds slowest{0};
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        try {
            benchmark::DoNotOptimize(gdlab::parse_lecture_file(lecture, "bench.gdlab-lecture", {}));
        } catch (const gdlab::SceneFileError&) {
        }
        slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
    }
    if (slowest > kReadBound) state.SkipWithError("slower than the 500 ms bound");
}
BENCHMARK(BM_RefuseTheLargestLectureOfUnknownFields)->Unit(benchmark::kMillisecond);

}  // namespace
