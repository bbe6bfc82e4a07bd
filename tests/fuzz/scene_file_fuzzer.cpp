// libFuzzer target: any bytes as a scene file, or (when they say "gdlab-lecture") as a lecture
// file whose scene files are the demos'. Whatever the input, reading either refuses
// it with a SceneFileError that names the file, or gives a scene (or lecture) that passes the one
// validation and that writing and reading again gives back unchanged; never a crash, a hang (the
// session's -timeout) or memory past the limits' 10 MB.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "scene/scene_file.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void check_scene_round_trip(const gdlab::Scene& scene) {
    require(!gdlab::check_scene(scene).has_value());
    const std::string text = gdlab::scene_file_text(scene);
    const gdlab::SceneRead again = gdlab::parse_scene_file(text, "again.gdlab");
    require(gdlab::scene_file_text(again.scene) == text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        if (input.find("gdlab-lecture") != std::string_view::npos) {
            // Scene files named by the lecture are looked for among the demos; a path leading
            // anywhere else is refused before it is read.
            const gdlab::LectureRead read =
                gdlab::parse_lecture_file(input, "fuzz.gdlab-lecture", FUZZ_SCENE_FOLDER);
            require(!read.lecture.scenes.empty());
            for (const gdlab::Scene& scene : read.lecture.scenes)
                check_scene_round_trip(scene);
            const std::string text = gdlab::lecture_file_text(read.lecture);
            require(gdlab::lecture_file_text(
                        gdlab::parse_lecture_file(text, "again.gdlab-lecture", {}).lecture) ==
                    text);
        } else {
            check_scene_round_trip(gdlab::parse_scene_file(input, "fuzz.gdlab").scene);
        }
    } catch (const gdlab::SceneFileError& e) {
        // The input's file is named; what was written always reads back.
        require(std::string_view(e.what()).starts_with("fuzz.gdlab"));
    }
    return 0;
}
