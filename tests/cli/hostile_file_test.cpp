// Scene and lecture files made to hurt, each within the size limits: reading them is linear and
// bounded (what they cost in time is measured in file_benchmark.cpp), what they hold that this
// version does not know is named briefly and kept within bounds, and a lecture reads only scene
// files in its own folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "gd/presets.hpp"
#include "scene/scene_file.hpp"
#include "scratch_folder.hpp"

namespace gdlab {
namespace {

namespace fs = std::filesystem;

// A scene file of one run with `extra` after its last field (", \"a\": 1", say).
std::string scene_with(const std::string& extra) {
    return R"({"format": "gdlab-scene", "version": 1, "objective": "x^2 + y^2", "runs": [{}])" +
           extra + "}";
}

// The scene file with `count` fields this version does not know: "k000000": 1, ...
std::string scene_with_unknown_fields(int count) {
    std::string extra;
    for (int i = 0; i < count; ++i) {
        char name[16];
        std::snprintf(name, sizeof name, "k%06d", i);
        extra += ",\"" + std::string(name) + "\":1";
    }
    return scene_with(extra);
}

std::string hostile_refusal(const std::string& text) {
    try {
        (void)parse_scene_file(text, "lesson.gdlab");
    } catch (const SceneFileError& e) {
        return e.what();
    }
    return "(read without complaint)";
}

void write(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// 80,000 unknown fields took 14 s to read and 13 s for every edit in the window after: five
// notes name the first, one counts the rest, and the scene keeps twenty.
TEST(HostileFile, ThousandsOfUnknownFieldsAreCountedAndFewAreKept) {
    const std::string text = scene_with_unknown_fields(80'000);
    ASSERT_LT(text.size(), kMaxSceneFileBytes);
    const SceneRead read = parse_scene_file(text, "lesson.gdlab");
    ASSERT_EQ(read.notes.size(), 1U);
    EXPECT_EQ(read.notes[0],
              "fields this version does not know: k000000, k000001, k000002, k000003, k000004 "
              "and 79995 more; 20 are kept and saved with the scene; the other 79980 are left "
              "out: saving the scene loses them (a scene keeps at most 20 of them, 64 kB in "
              "all)");
    ASSERT_NE(read.scene.unknown_fields, nullptr);
    EXPECT_EQ(read.scene.unknown_fields->size(), kMaxKeptUnknownFields);
    EXPECT_EQ(read.scene.unknown_fields->begin().key(), "k000000");
    // What is kept is written back.
    const SceneRead again = parse_scene_file(scene_file_text(read.scene), "again.gdlab");
    ASSERT_NE(again.scene.unknown_fields, nullptr);
    EXPECT_EQ(*again.scene.unknown_fields, *read.scene.unknown_fields);
}

// Unknown content over the size kept is left out, and the note says so.
TEST(HostileFile, LargeUnknownContentIsLeftOut) {
    std::string braces = "[{}";
    for (int i = 1; i < 90'000; ++i)
        braces += ",{}";
    const SceneRead read = parse_scene_file(scene_with(", \"extra\": " + braces + "]"), "a.gdlab");
    ASSERT_EQ(read.notes.size(), 1U);
    EXPECT_EQ(read.notes[0],
              "a field this version does not know: extra; left out: saving the scene loses them "
              "(a scene keeps at most 20 of them, 64 kB in all)");
    EXPECT_EQ(read.scene.unknown_fields, nullptr);
}

// A 1 MiB file of {} took 44 s: more values than any scene has are refused as the parser meets
// them.
TEST(HostileFile, MoreValuesThanTheLimitAreRefused) {
    std::string braces = "[{}";
    while (braces.size() + 100 < kMaxSceneFileBytes)
        braces += ",{}";
    EXPECT_EQ(hostile_refusal(scene_with(", \"extra\": " + braces + "]")),
              "lesson.gdlab: more than 100000 values (numbers, texts, lists, objects); a scene "
              "has a few hundred, so the file was not opened");
    EXPECT_EQ(kMaxJsonValues, 100'000U);  // the message's number
}

// A field's name is quoted shortened, whatever its length.
TEST(HostileFile, ALongFieldNameIsShortenedInTheNotes) {
    const SceneRead read =
        parse_scene_file(scene_with(", \"" + std::string(5000, 'z') + "\": 1"), "a.gdlab");
    ASSERT_EQ(read.notes.size(), 1U);
    EXPECT_EQ(read.notes[0],
              "a field this version does not know: " + std::string(kShownNameBytes, 'z') +
                  "…; kept, and saved with the scene");
}

// A lecture naming one file many times reads it once, and says its notes once.
TEST(HostileFile, ALectureNamingAFileAgainSaysItsNotesOnce) {
    const fs::path folder = test::scratch_folder() / "again";
    fs::create_directories(folder);
    write(folder / "big.gdlab", scene_with_unknown_fields(7));
    std::string scenes;
    for (int i = 0; i < 100; ++i)
        scenes += std::string(i == 0 ? "" : ", ") + "\"big.gdlab\"";
    const LectureRead read = parse_lecture_file(
        R"({"format": "gdlab-lecture", "version": 1, "scenes": [)" + scenes + "]}",
        "talk.gdlab-lecture", folder);
    EXPECT_EQ(read.lecture.scenes.size(), 100U);
    ASSERT_NE(read.lecture.scenes[99].unknown_fields, nullptr);
    EXPECT_EQ(read.lecture.scenes[99].unknown_fields->size(), 7U);
    ASSERT_EQ(read.notes.size(), 1U);  // said once, at the first scene naming the file
    EXPECT_EQ(read.notes[0].substr(0, 54),
              "scenes[0]: fields this version does not know: k000000,");
}

struct NamedPath {
    std::string name;     // as the lecture gives it, JSON-escaped
    std::string refusal;  // what follows "talk.gdlab-lecture: scenes[0]: "
};

class LecturePath : public testing::TestWithParam<NamedPath> {};

// A lecture names scene files in its own folder: nothing else the user can read is read, nor
// quoted (an absolute path's error once showed the first bytes of /proc/self/maps).
TEST_P(LecturePath, IsRefusedNamingWhy) {
    const fs::path folder = test::scratch_folder() / "paths";
    fs::create_directories(folder / "sub");
    write(folder / "good.gdlab", scene_with(""));
    write(folder.parent_path() / "outside.gdlab", scene_with(""));
    std::error_code ignored;
    fs::create_symlink("loop.gdlab", folder / "loop.gdlab", ignored);
    fs::create_symlink(folder.parent_path() / "outside.gdlab", folder / "sub" / "out.gdlab",
                       ignored);
    std::string message = "(read without complaint)";
    try {
        (void)parse_lecture_file(
            R"({"format": "gdlab-lecture", "version": 1, "scenes": [")" + GetParam().name + "\"]}",
            "talk.gdlab-lecture", folder);
    } catch (const SceneFileError& e) {
        message = e.what();
    }
    EXPECT_EQ(message, "talk.gdlab-lecture: scenes[0]: " + GetParam().refusal);
}

void PrintTo(const NamedPath& p, std::ostream* os) {
    std::string name;
    for (const char c : p.name)
        name += std::isalnum(static_cast<unsigned char>(c)) != 0 ? c : '_';
    *os << name;
}

INSTANTIATE_TEST_SUITE_P(
    HostileFile, LecturePath,
    testing::Values(
        NamedPath{"/proc/self/maps",
                  "'/proc/self/maps' is an absolute path; a lecture names scene files by paths "
                  "relative to its own folder"},
        NamedPath{"../outside.gdlab",
                  "'../outside.gdlab' leads out of the lecture's folder ('..'); a lecture names "
                  "scene files in its own folder or below it"},
        NamedPath{"good.gdlab\\u0000.txt",
                  "the file name 'good.gdlab\\x00.txt' holds a zero character"},
        NamedPath{"notes.txt", "'notes.txt' does not end in .gdlab; a lecture names scene files"},
        NamedPath{"loop.gdlab", "'loop.gdlab' is a loop of symbolic links"},
        NamedPath{"sub/out.gdlab",
                  "'sub/out.gdlab' is a link that leads out of the lecture's folder"}));

// A lecture from a later version is read, and says so (the scene reader's twin check was tested,
// this one not).
TEST(HostileFile, ALectureFromALaterVersionSaysSo) {
    const LectureRead read = parse_lecture_file(
        R"({"format": "gdlab-lecture", "version": 7, "scenes": [{"objective": "x^2", "runs": [{}]}]})",
        "talk.gdlab-lecture", {});
    ASSERT_EQ(read.notes.size(), 1U);
    EXPECT_EQ(read.notes[0], "written by a newer version of Gradient Descent Lab");
}

TEST(HostileFile, ALecturesSceneInASubfolderIsRead) {
    const fs::path folder = test::scratch_folder() / "below";
    fs::create_directories(folder / "week 1");
    write(folder / "week 1" / "bowl.gdlab", scene_with(""));
    const LectureRead read = parse_lecture_file(
        R"({"format": "gdlab-lecture", "version": 1, "scenes": ["week 1/bowl.gdlab"]})",
        "talk.gdlab-lecture", folder);
    EXPECT_EQ(read.lecture.scenes.size(), 1U);
}

}  // namespace
}  // namespace gdlab
