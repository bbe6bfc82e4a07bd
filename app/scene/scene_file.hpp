// Scene files (.gdlab) and lecture files (.gdlab-lecture): JSON a teacher can keep, mail, diff
// and open on another machine. A scene file holds one Scene; a lecture, an ordered list of scenes
// (inline, or paths relative to the lecture file) with a title.
//
//   {"format": "gdlab-scene", "version": 1, "title": ..., "note": ..., "objective": "x^2 + y^2",
//    "view": {"x": [-4, 4], "y": [-4, 4]}, "selected_run": 1, "step": 12, "theme": "light",
//    "runs": [{"optimizer": {"name": "gd", "lr": 0.1}, "schedule": {"name": "constant"},
//              "start": [-3, 4], "iterations": 100, "tolerance": 1e-6,
//              "gradient": {"mode": "exact"}}]}
//
// Reading applies the command line's validation (check_scene) and refuses anything else wrong
// (a truncated or hostile file, a wrong format or version, a field of the wrong type) with a
// message naming the file, the field and what is wrong. Fields this version does not know are
// reported; at the top level they are kept (Scene::unknown_fields) and written back.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "scene/bounded_json.hpp"
#include "scene/scene.hpp"
#include "scene/scene_file_error.hpp"

namespace gdlab {

inline constexpr std::string_view kSceneFormat = "gdlab-scene";
inline constexpr std::string_view kLectureFormat = "gdlab-lecture";
// The version this program writes. A later version only adds fields; it is read, its new
// fields reported (and kept at the top level).
inline constexpr int kSceneFileVersion = 1;
inline constexpr std::string_view kSceneExtension = ".gdlab";
inline constexpr std::string_view kLectureExtension = ".gdlab-lecture";

// Limits that keep a hostile file from costing memory or time. A scene file of eight runs is
// about 3 kB; a lecture of inline scenes some hundreds of kB.
inline constexpr std::size_t kMaxSceneFileBytes = 1 << 20;    // 1 MiB
inline constexpr std::size_t kMaxLectureFileBytes = 8 << 20;  // 8 MiB
inline constexpr std::size_t kMaxTitleLength = 200;           // characters (UTF-8 bytes)
inline constexpr std::size_t kMaxNoteLength = 4000;
inline constexpr std::size_t kMaxLectureScenes = 100;
// Fields this version does not know: a note names each of the first few, one counts the rest;
// a scene keeps the first of them, within a size, to write back when it is saved.
inline constexpr std::size_t kMaxUnknownFieldsNamed = 5;
inline constexpr std::size_t kMaxKeptUnknownFields = 20;
inline constexpr std::size_t kMaxKeptUnknownBytes = std::size_t{64} * 1024;

// A scene read, and what reading it noticed without refusing it (fields this version does not
// know).
struct SceneRead {
    Scene scene;
    std::vector<std::string> notes;
};

// Reads a scene from the text of a file; `source` names it in messages. Throws SceneFileError.
[[nodiscard]] SceneRead parse_scene_file(std::string_view text, const std::string& source);
// Reads the file (refusing one larger than kMaxSceneFileBytes before reading it).
[[nodiscard]] SceneRead read_scene_file(const std::filesystem::path& file);

// The scene as the JSON of a scene file (two-space indent, one field per line, ending in a
// newline). Reading it back gives the same scene.
[[nodiscard]] std::string scene_file_text(const Scene& scene);
[[nodiscard]] nlohmann::ordered_json scene_json(const Scene& scene);

struct Lecture {
    std::string title;
    std::vector<Scene> scenes;  // 1 ... kMaxLectureScenes
};

struct LectureRead {
    Lecture lecture;
    std::vector<std::string> notes;
};

// A lecture; a scene given as a path is read relative to `directory` (the lecture file's).
[[nodiscard]] LectureRead parse_lecture_file(std::string_view text, const std::string& source,
                                             const std::filesystem::path& directory);
[[nodiscard]] LectureRead read_lecture_file(const std::filesystem::path& file);
// The lecture with every scene inline.
[[nodiscard]] std::string lecture_file_text(const Lecture& lecture);

// The whole of a file of at most `max_bytes` bytes; SceneFileError naming the file when it
// cannot be read or is larger.
[[nodiscard]] std::string read_small_file(const std::filesystem::path& file, std::size_t max_bytes);

}  // namespace gdlab
