// A lecture as one PDF, the handout: a page per scene with the scene's title and note above its
// picture, the lecture's title and the page's place in a line at the top. The plots are vectors
// as in a single PDF export (the heatmap an embedded image). Written atomically.
#pragma once

#include <QString>
#include <functional>

#include "cli/scene_file.hpp"
#include "gui/export/export_scene.hpp"

namespace gdlab {

// The scene at `index` of the lecture as the picture shows it (its runs computed); asked for
// one page at a time, so that the traces of only one scene are in memory at once.
using SceneAt = std::function<ExportScene(int index)>;

// How a scene's look follows the export's: `look` itself, or with the scene's own theme.
using LookOf = std::function<ExportLook(const Scene& scene)>;

// Writes the handout to `file`; an empty string, or what went wrong (naming the file), and
// then any old file is kept.
[[nodiscard]] QString write_lecture_handout(const Lecture& lecture, const SceneAt& scene_at,
                                            const LookOf& look_of, const QString& file);

// What a scene is called where it has no title: "f(x, y) = x² + y²".
[[nodiscard]] QString scene_heading(const Scene& scene);

}  // namespace gdlab
