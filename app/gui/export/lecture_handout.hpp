// A lecture as one PDF, the handout: an A4 or US Letter page per scene (portrait, 15 mm
// margins) with the lecture's title and the page's place in a line at the top, the scene's
// title and note, and its picture as wide as the text, in the proportions the export asks for,
// no taller than the page leaves. The plots are vectors as in a single PDF export (the heatmap an
// embedded image). Written atomically.
#pragma once

#include <QPageSize>
#include <QString>
#include <functional>
#include <optional>
#include <string>

#include "gui/export/export_scene.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

// The scene at `index` of the lecture as the picture shows it (its runs computed); asked for
// one page at a time, so that the traces of only one scene are in memory at once.
using SceneAt = std::function<ExportScene(int index)>;

// How a scene's look follows the export's: `look` itself, or with the scene's own theme.
using LookOf = std::function<ExportLook(const Scene& scene)>;

// The paper a handout is printed on: --paper a4|letter, else the system's (Letter where the
// locale measures in inches: the US, Canada…, A4 elsewhere).
[[nodiscard]] QPageSize::PageSizeId default_paper();
// "a4" or "letter" (either case); nothing for another name.
[[nodiscard]] std::optional<QPageSize::PageSizeId> paper_named(const std::string& name);

// Writes the handout to `file` on `paper`; an empty string, or what went wrong (naming the
// file), and then any old file is kept.
[[nodiscard]] QString write_lecture_handout(const Lecture& lecture, const SceneAt& scene_at,
                                            const LookOf& look_of, const QString& file,
                                            QPageSize::PageSizeId paper = default_paper());

// What a scene is called where it has no title: "f(x, y) = x² + y²".
[[nodiscard]] QString scene_heading(const Scene& scene);

}  // namespace gdlab
