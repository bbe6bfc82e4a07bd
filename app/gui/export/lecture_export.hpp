// gdlab export --lecture FILE: every scene of a lecture, for a slide deck (numbered pictures,
// and animations with --gif, in a folder) or as a handout (one PDF, a page per scene).
#pragma once

#include <QString>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "scene/scene.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

// The part of a file name a title gives: lower-case ASCII letters and digits, other characters
// as single hyphens, at most 40 characters; "scene" when nothing is left.
// "Too large a step: it diverges!" -> "too-large-a-step-it-diverges".
[[nodiscard]] std::string title_slug(const std::string& title);

// "01-too-large-a-step.png": the scene's place (1-based, two digits, three for a 100-scene
// lecture), its title's slug, and the suffix.
[[nodiscard]] QString numbered_file_name(int index, int count, const Scene& scene,
                                         const QString& suffix);

// The first scene of the lecture the window cannot show (a run or view outside its ranges):
// "talk.gdlab-lecture: scenes[1].runs[0]: the learning rate 20 is outside ... (the window's
// range)", or nothing. `source` names the file.
[[nodiscard]] std::optional<std::string> window_problem_of(const Lecture& lecture,
                                                           const std::string& source);

// Export's --lecture form. Returns the exit status as run_export does: 0 every file written,
// 1 one could not be (the files written before it stay, each complete), 2 a bad lecture file
// or option (message on io.err, or UsageError thrown).
int run_lecture_export(const Arguments& args, const Invocation& io);

}  // namespace gdlab
