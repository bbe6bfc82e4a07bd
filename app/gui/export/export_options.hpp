// The options `gdlab export` shares between one scene and a lecture: the picture's size, scale
// factor, step and theme, the caption, and the animation's frames. Read once, the same way,
// with the same messages, whichever is exported.
#pragma once

#include <QSize>
#include <QString>
#include <optional>
#include <string>

#include "cli/arguments.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/export/export_scene.hpp"
#include "gui/export/image_export.hpp"

namespace gdlab {

inline constexpr QSize kDefaultPictureSize{1200, 800};
inline constexpr QSize kDefaultAnimationSize{800, 600};

// WIDTHxHEIGHT ("1600x1000") as --size gives it; throws UsageError naming `command`'s --size
// for anything else. The range is the caller's to check.
[[nodiscard]] QSize parse_size(const std::string& text, const std::string& command);

struct ExportOptions {
    ExportLook look;  // look.size: --size, or the default for pictures (or, without any, GIFs)
    bool size_given = false;
    bool theme_given = false;
    double scale = 1.0;
    std::optional<int> step;
    AnimationOptions animation;
};

// --size --scale --step --theme --caption, and --every --fps --hold --no-loop when `gif`: for
// pictures in `picture` (nothing: none) and, when `gif`, animations. `command` begins the
// messages ("gdlab export"). Throws UsageError.
[[nodiscard]] ExportOptions read_export_options(const Arguments& args,
                                                std::optional<ImageFormat> picture, bool gif,
                                                const std::string& command);

// The look of an animation among pictures: the GIF's own default size unless --size was given.
[[nodiscard]] ExportLook animation_look(const ExportOptions& options);

// "85 kB", "1.2 MB": a written file's size, for the line that reports it.
[[nodiscard]] QString size_text(qint64 bytes);

}  // namespace gdlab
