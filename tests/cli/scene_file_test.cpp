// Scene and lecture files: every field round-trips, and each bad file is refused naming the
// file, the field and what is wrong.
#include "scene/scene_file.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>

#include "gd/presets.hpp"
#include "scratch_folder.hpp"

namespace gdlab {
namespace {

namespace fs = std::filesystem;

// A scene that sets every field to something other than its default.
Scene everything_set() {
    Scene s = scene_of(*gd::find_preset("rosenbrock"));
    gd::RunSpec adamw;
    adamw.optimizer = *gd::make_optimizer("adamw");
    gd::set_hyper_parameter(adamw.optimizer, "lr", 0.02);
    gd::set_hyper_parameter(adamw.optimizer, "beta2", 0.99);
    gd::set_hyper_parameter(adamw.optimizer, "weight_decay", 0.03);
    adamw.settings.schedule = *gd::make_schedule("cosine");
    gd::set_schedule_parameter(adamw.settings.schedule, "lr_min", 0.001);
    gd::set_schedule_parameter(adamw.settings.schedule, "warmup", 7);
    adamw.settings.start = {-1.25, 0.1 + 0.2};  // a number with no short decimal
    adamw.settings.max_iterations = 1234;
    adamw.settings.tolerance = 1e-9;
    adamw.settings.gradient = {gd::GradientMode::numeric, 3e-5};
    s.runs.push_back(adamw);
    gd::RunSpec newton;
    newton.optimizer = *gd::make_optimizer("newton");
    s.runs.push_back(newton);
    s.active_run = 1;
    s.view = {-2.5, 2.25, -1.0 / 3.0, 3};
    s.step = 57;
    s.speed = 12.5;
    s.contours = {30, gd::LevelSpacing::log};
    s.title = "Rosenbrock: three ways down";
    s.note = "Adam with weight decay — “quotes”, ünïcode, and\na second line.";
    s.theme = "dark";
    s.coordinates_plot = true;
    return s;
}

SceneRead parse(const std::string& text) {
    return parse_scene_file(text, "lesson.gdlab");
}

// What reading `text` refuses it with.
std::string refusal(const std::string& text) {
    try {
        (void)parse(text);
    } catch (const SceneFileError& e) {
        return e.what();
    }
    return "(accepted)";
}

const char* const kMinimal = R"({"format": "gdlab-scene", "version": 1,
  "objective": "x^2 + y^2", "runs": [{"optimizer": {"name": "gd", "lr": 0.1}}]})";

// kMinimal with `from` replaced by `to` (the one change a bad-file test makes).
std::string minimal_with(const std::string& from, const std::string& to) {
    std::string text = kMinimal;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

TEST(SceneFile, EveryFieldRoundTripsExactly) {
    const Scene s = everything_set();
    const std::string text = scene_file_text(s);
    const SceneRead back = parse(text);
    EXPECT_TRUE(back.notes.empty());
    const Scene& r = back.scene;
    EXPECT_EQ(r.expression, s.expression);
    EXPECT_EQ(r.preset, s.preset);
    ASSERT_EQ(r.runs.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_TRUE(r.runs[i] == s.runs[i]) << "run " << i;
    EXPECT_EQ(r.active_run, 1);
    EXPECT_EQ(r.view.x_min, -2.5);
    EXPECT_EQ(r.view.y_min, -1.0 / 3.0);  // bit for bit
    EXPECT_EQ(r.view.y_max, 3.0);
    EXPECT_EQ(r.step, 57);
    EXPECT_EQ(r.speed, 12.5);
    EXPECT_EQ(r.contours.count, 30);
    EXPECT_EQ(r.contours.spacing, gd::LevelSpacing::log);
    EXPECT_EQ(r.title, s.title);
    EXPECT_EQ(r.note, s.note);
    EXPECT_EQ(r.theme, "dark");
    EXPECT_TRUE(r.coordinates_plot);
    EXPECT_EQ(scene_file_text(r), text);  // and writing it again gives the same text
}

TEST(SceneFile, IsReadableJsonWithFormatAndVersionFirst) {
    const std::string text = scene_file_text(scene_of(gd::default_preset()));
    EXPECT_EQ(text.rfind("{\n  \"format\": \"gdlab-scene\",\n  \"version\": 1,", 0), 0u) << text;
    EXPECT_NE(text.find("\"objective\": \"x^2 + y^2\""), std::string::npos);
    EXPECT_NE(text.find("\"name\": \"gd\""), std::string::npos);
    EXPECT_NE(text.find("\"lr\": 0.1"), std::string::npos);
    EXPECT_EQ(text.back(), '\n');
}

TEST(SceneFile, AMinimalFileTakesThePresetsDefaults) {
    const Scene s = parse(R"({"format": "gdlab-scene", "version": 1, "preset": "ill-conditioned",
                              "runs": [{}]})")
                        .scene;
    const gd::Preset& p = *gd::find_preset("ill-conditioned");
    EXPECT_EQ(s.preset, &p);
    EXPECT_EQ(s.expression, p.formula);
    EXPECT_EQ(s.runs[0].settings.start, p.start);
    EXPECT_EQ(gd::learning_rate(s.runs[0].optimizer), p.learning_rate);
    EXPECT_EQ(s.view.y_max, p.view.y_max);
    EXPECT_FALSE(s.step.has_value());
}

TEST(SceneFile, ATypedPresetFormulaIsThatPreset) {
    EXPECT_EQ(parse(kMinimal).scene.preset, gd::find_preset("bowl"));
}

TEST(SceneFile, UnknownFieldsAreReportedAndKeptAtTheTop) {
    const SceneRead r =
        parse(minimal_with(R"("version": 1)", R"("version": 2, "lighting": {"sun": [1, 2]})"));
    ASSERT_EQ(r.notes.size(), 2u);
    EXPECT_NE(r.notes[0].find("newer version"), std::string::npos);
    EXPECT_NE(r.notes[1].find("lighting"), std::string::npos);
    EXPECT_NE(r.notes[1].find("kept"), std::string::npos);
    const std::string again = scene_file_text(r.scene);
    EXPECT_NE(again.find("\"lighting\""), std::string::npos) << again;
    const auto kept = parse(again).scene.unknown_fields;
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ((*kept)["lighting"]["sun"][1], 2);

    // A preset this version does not know, beside the objective: the objective is the scene (it
    // was refused whole, though the function was there).
    const SceneRead later =
        parse(minimal_with(R"("objective")", R"("preset": "<b>moon</b>", "objective")"));
    EXPECT_EQ(later.scene.expression, "x^2 + y^2");
    ASSERT_EQ(later.notes.size(), 1u);
    EXPECT_EQ(later.notes[0],
              "the preset '<b>moon</b>' is not one this version knows; the "
              "file's objective is used");

    const SceneRead run = parse(minimal_with(R"("lr": 0.1})", R"("lr": 0.1}, "colour": "red")"));
    ASSERT_EQ(run.notes.size(), 1u);
    EXPECT_EQ(run.notes[0], "runs[0]: a field this version does not know: colour; left out");
}

// Each bad file, and the start of what it is refused with.
struct BadFile {
    std::string text;
    std::string refused_with;
};

// The test's name in CTest: what the refusal names, in identifier characters, with a few hex
// digits of the file's text to tell alike refusals apart.
void PrintTo(const BadFile& bad, std::ostream* os) {
    std::string name = bad.refused_with.substr(bad.refused_with.find(": ") + 2, 40);
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.') c = '_';
    *os << name << "_" << std::hex << (std::hash<std::string>{}(bad.text) & 0xfff);
}

class RefusedFile : public testing::TestWithParam<BadFile> {};

TEST_P(RefusedFile, NamesTheFileTheFieldAndWhatIsWrong) {
    const std::string message = refusal(GetParam().text);
    EXPECT_EQ(message.substr(0, GetParam().refused_with.size()), GetParam().refused_with)
        << message;
    EXPECT_EQ(message.find("last read"), std::string::npos) << message;  // the file's bytes
}

INSTANTIATE_TEST_SUITE_P(
    SceneFile, RefusedFile,
    testing::Values(
        BadFile{"", "lesson.gdlab: the file is empty; a scene or lecture file is JSON text"},
        BadFile{" \n\t\n", "lesson.gdlab: the file is empty"},
        BadFile{std::string(kMinimal).substr(0, 60),
                "lesson.gdlab: not valid JSON: parse error at line 2, column"},
        // A picture opened by mistake: a PNG has a zero byte just after its signature.
        BadFile{std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
                "lesson.gdlab: not a text file: a zero byte at line 3, column 1"},
        BadFile{"[1, 2]", "lesson.gdlab: expected an object {...}, found a list"},
        // Named where it goes too deep: the 17th list, at [0] sixteen times.
        BadFile{std::string(100, '['),
                "lesson.gdlab: [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more "
                "than 16 levels deep"},
        BadFile{R"({"a": {"b": [1, {"c": 1, "c": 2}]}})",
                "lesson.gdlab: a.b[1].c: given twice; a field is given once"},
        // Nothing of what was read is quoted: the file may not be a scene at all.
        BadFile{"secret 0x7ffd",
                "lesson.gdlab: not valid JSON: parse error at line 1, column "
                "1: syntax error while parsing value - invalid literal"},
        BadFile{minimal_with("gdlab-scene", "gdlab-lecture"),
                "lesson.gdlab: format: this is a lecture"},
        BadFile{minimal_with("gdlab-scene", "svg"),
                "lesson.gdlab: format: expected \"gdlab-scene\"; this is not a scene file"},
        BadFile{minimal_with(R"("version": 1)", R"("version": 0)"),
                "lesson.gdlab: version: expected a whole number from 1 to 1000000, found 0"},
        BadFile{minimal_with(R"("version": 1)", R"("version": "1")"),
                "lesson.gdlab: version: expected a number, found text"},
        BadFile{minimal_with(R"("version": 1,)", ""), "lesson.gdlab: version: missing"},
        BadFile{minimal_with("0.1", "NaN"), "lesson.gdlab: not valid JSON"},
        BadFile{minimal_with("0.1", "1e999"), "lesson.gdlab: not valid JSON"},
        BadFile{minimal_with("0.1", "-0.1"),
                "lesson.gdlab: runs[0].optimizer.lr: the learning rate must be"},
        BadFile{minimal_with("0.1", "\"fast\""),
                "lesson.gdlab: runs[0].optimizer.lr: expected a number, found text"},
        BadFile{minimal_with(R"("lr": 0.1)", R"("lr": 0.1, "momentum": 0.9)"),
                "lesson.gdlab: runs[0].optimizer.momentum: the optimizer gd has no parameter "
                "momentum"},
        BadFile{minimal_with(R"("name": "gd")", R"("name": "sgdx")"),
                "lesson.gdlab: runs[0].optimizer.name: unknown optimizer 'sgdx'"},
        BadFile{minimal_with("}}]", "}, \"iterations\": -5}]"),
                "lesson.gdlab: runs[0].iterations: expected a whole number from 0 to 10000000, "
                "found -5"},
        BadFile{minimal_with("}}]", "}, \"iterations\": 2.5}]"),
                "lesson.gdlab: runs[0].iterations: expected a whole number"},
        BadFile{minimal_with("}}]", "}, \"start\": [1]}]"),
                "lesson.gdlab: runs[0].start: expected 2 to 2 entries, found 1"},
        BadFile{minimal_with("}}]", "}, \"tolerance\": -1}]"), "lesson.gdlab: runs[0].tolerance:"},
        BadFile{minimal_with("}}]", "}, \"gradient\": {\"mode\": \"numeric\", \"h\": 0}}]"),
                "lesson.gdlab: runs[0].gradient.h:"},
        BadFile{minimal_with("}}]", "}, \"schedule\": {\"name\": \"step\", \"gamma\": 2}}]"),
                "lesson.gdlab: runs[0].schedule.gamma:"},
        BadFile{minimal_with("x^2 + y^2", "x^2 + * y"), "lesson.gdlab: objective: unexpected '*'"},
        BadFile{
            minimal_with("\"x^2 + y^2\"", "\"" + std::string(100'000, 'x') + "\""),
            "lesson.gdlab: objective: too long: 100000 bytes, where at most 10000 are allowed; the "
            "file was not opened"},
        BadFile{minimal_with("\"objective\": \"x^2 + y^2\",", ""),
                "lesson.gdlab: objective: missing"},
        BadFile{minimal_with(R"("objective": "x^2 + y^2")", R"("preset": "bowel")"),
                "lesson.gdlab: preset: no preset is called 'bowel'"},
        BadFile{minimal_with("[{", "[]"), "lesson.gdlab: not valid JSON"},
        BadFile{
            minimal_with(R"("runs": [{"optimizer": {"name": "gd", "lr": 0.1}}])", R"("runs": [])"),
            "lesson.gdlab: runs: expected 1 to 8 entries, found 0"},
        BadFile{minimal_with("\"runs\"", "\"selected_run\": 2, \"runs\""),
                "lesson.gdlab: selected_run: expected a whole number from 1 to 1, found 2"},
        BadFile{minimal_with("\"runs\"", "\"view\": {\"x\": [3, -3], \"y\": [0, 1]}, \"runs\""),
                "lesson.gdlab: view.x:"},
        BadFile{minimal_with("\"runs\"", "\"view\": {\"x\": [-3, 3]}, \"runs\""),
                "lesson.gdlab: view: expected both ranges"},
        BadFile{minimal_with("\"runs\"", "\"theme\": \"neon\", \"runs\""),
                "lesson.gdlab: theme: expected \"light\" or \"dark\", found \"neon\""},
        BadFile{minimal_with("\"runs\"", "\"step\": -1, \"runs\""), "lesson.gdlab: step:"},
        BadFile{minimal_with("\"runs\"", "\"contours\": {\"count\": 0}, \"runs\""),
                "lesson.gdlab: contours.count: expected a whole number from 1 to 100, found 0"},
        BadFile{minimal_with("\"runs\"", "\"contours\": {\"spacing\": \"cubic\"}, \"runs\""),
                "lesson.gdlab: contours.spacing: expected \"linear\", \"log\" or \"auto\", "
                "found \"cubic\""},
        BadFile{minimal_with("\"runs\"", "\"contours\": {\"levels\": 3}, \"runs\""),
                "lesson.gdlab: contours.levels: not a field of contours"},
        BadFile{minimal_with("\"runs\"", "\"speed\": 0, \"runs\""),
                "lesson.gdlab: speed: the animation's speed must be 1 to 1000 steps a second, "
                "found 0"},
        BadFile{minimal_with("\"runs\"", "\"speed\": 5000, \"runs\""),
                "lesson.gdlab: speed: the animation's speed must be 1 to 1000 steps a second, "
                "found 5000"},
        BadFile{minimal_with("\"runs\"", "\"speed\": \"fast\", \"runs\""),
                "lesson.gdlab: speed: expected a number, found text"},
        BadFile{minimal_with("\"runs\"", "\"title\": \"" + std::string(300, 't') + "\", \"runs\""),
                "lesson.gdlab: title: too long: 300 bytes, where at most 200 are allowed"},
        BadFile{minimal_with("\"runs\"", "\"note\": \"\xff\xfe\", \"runs\""),
                "lesson.gdlab: not valid JSON"}));

TEST(SceneFile, AFileLargerThanTheLimitIsNotRead) {
    const std::string huge = minimal_with("x^2 + y^2", std::string(kMaxSceneFileBytes, 'x'));
    EXPECT_EQ(refusal(huge).rfind("lesson.gdlab: too large: ", 0), 0u) << refusal(huge);

    const fs::path dir = test::scratch_folder() / "scene_file";
    fs::create_directories(dir);
    { std::ofstream(dir / "huge.gdlab") << huge; }
    try {
        (void)read_scene_file(dir / "huge.gdlab");
        ADD_FAILURE() << "a 1 MiB file was read";
    } catch (const SceneFileError& e) {
        EXPECT_NE(std::string(e.what()).find("huge.gdlab: larger than 1048576 bytes"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_THROW((void)read_scene_file(dir / "missing.gdlab"), SceneFileError);
    EXPECT_THROW((void)read_scene_file(dir), SceneFileError);  // a folder
    fs::remove_all(dir);
}

TEST(LectureFile, ScenesInlineAndByRelativePathInOrder) {
    const fs::path dir = test::scratch_folder() / "lecture";
    fs::create_directories(dir / "scenes");
    Scene first = scene_of(*gd::find_preset("saddle"));
    first.title = "The saddle";
    { std::ofstream(dir / "scenes" / "saddle.gdlab") << scene_file_text(first); }
    const std::string text = R"({"format": "gdlab-lecture", "version": 1, "title": "Week 3",
        "scenes": ["scenes/saddle.gdlab",
                   {"objective": "x^2 + 10*y^2", "runs": [{}, {"optimizer": {"name": "momentum"}}]}]})";
    { std::ofstream(dir / "week3.gdlab-lecture") << text; }
    const LectureRead read = read_lecture_file(dir / "week3.gdlab-lecture");
    EXPECT_EQ(read.lecture.title, "Week 3");
    ASSERT_EQ(read.lecture.scenes.size(), 2u);
    EXPECT_EQ(read.lecture.scenes[0].title, "The saddle");
    EXPECT_EQ(read.lecture.scenes[1].runs.size(), 2u);
    EXPECT_EQ(gd::optimizer_name(read.lecture.scenes[1].runs[1].optimizer), "momentum");

    // Written back inline, it reads as the same scenes.
    const LectureRead again =
        parse_lecture_file(lecture_file_text(read.lecture), "again.gdlab-lecture", dir);
    ASSERT_EQ(again.lecture.scenes.size(), 2u);
    EXPECT_EQ(scene_file_text(again.lecture.scenes[0]), scene_file_text(first));

    // A missing or bad scene names the lecture, the entry and the scene file.
    try {
        (void)parse_lecture_file(R"({"format": "gdlab-lecture", "version": 1,
                                     "scenes": ["scenes/saddle.gdlab", "nowhere.gdlab"]})",
                                 "w.gdlab-lecture", dir);
        ADD_FAILURE() << "a missing scene was accepted";
    } catch (const SceneFileError& e) {
        EXPECT_EQ(std::string(e.what()), "w.gdlab-lecture: scenes[1]: " +
                                             (dir / "nowhere.gdlab").string() + ": no such file");
    }
    try {
        (void)parse_lecture_file(R"({"format": "gdlab-lecture", "version": 1,
                                     "scenes": [{"objective": "x^2", "runs": [{"iterations": -1}]}]})",
                                 "w.gdlab-lecture", dir);
        ADD_FAILURE() << "a bad inline scene was accepted";
    } catch (const SceneFileError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("w.gdlab-lecture: scenes[0].runs[0].iterations:", 0),
                  0u)
            << e.what();
    }
    EXPECT_THROW((void)parse_lecture_file(R"({"format": "gdlab-lecture", "version": 1,
                                               "scenes": []})",
                                          "w", dir),
                 SceneFileError);
    fs::remove_all(dir);
}

}  // namespace
}  // namespace gdlab
