// What a change to a scene changed, in the words an Edit menu uses ("change learning rate",
// "move start", "add run"), and which field of which run it was, so that a run of changes to
// one field can be told apart from a change to another. Made from the hyper-parameter and
// schedule tables: nothing here knows an optimizer by name.
#pragma once

#include <QString>

#include "scene/scene.hpp"

namespace gdlab {

struct SceneChange {
    QString text;  // "change learning rate"; empty when nothing but the selected run changed
    // The field changed: "run 1 lr", "run 0 start", "objective"; empty for a change that never
    // merges with the next (adding or removing a run).
    QString key;
};

// Whether two scenes show the same objective and runs (the selected run aside).
[[nodiscard]] bool same_content(const Scene& a, const Scene& b);

[[nodiscard]] SceneChange describe_change(const Scene& before, const Scene& after);

}  // namespace gdlab
