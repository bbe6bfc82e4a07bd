// What the window and `gdlab export` share on the command line (below both, so that export
// never includes the window): the scene options read into a
// Scene, demo numbers, and setting Qt up to draw with no display.
#pragma once

#include <ostream>
#include <string>

#include "cli/arguments.hpp"
#include "scene/scene.hpp"

namespace gdlab {

// The scene the scene options among `args` (gdlab --help lists them) describe, as the window
// takes it; `command` prefixes messages ("gdlab", "gdlab export"). Throws UsageError, also for
// settings outside the window's limits. A scene file's notes go to `notes`.
[[nodiscard]] Scene startup_scene_of(const Arguments& args, const std::string& command,
                                     std::ostream& notes);

// A --demo value: "1" ... the number of demos, as a 0-based index. Throws UsageError.
[[nodiscard]] int demo_index_of(const std::string& value, const std::string& command);

[[nodiscard]] bool has_display();

// A runtime folder of this user's own, for XDG_RUNTIME_DIR where it is not set: made safely in
// the temporary directory (never a folder another user planted), or "" where none can be made.
[[nodiscard]] std::string private_runtime_folder();

// Draws off screen (QT_QPA_PLATFORM=offscreen; unless `force`, only where it is not set).
// Call before creating the QApplication.
void use_offscreen_platform(bool force = false);

// Organization, application and display names (QSettings, dialogs), after the QApplication;
// and a message handler that drops Qt's messages that say nothing to a user.
void set_application_names();

}  // namespace gdlab
