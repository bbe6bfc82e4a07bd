// The panel sizes a QSplitter::saveState() holds, read without applying them. A hand-edited or
// corrupt settings file can hold sizes QSplitter takes and then cannot lay out: INT_MAX twice made
// the window spin at 100 % on every start, never painting, memory swinging to 3.2 GB.
#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

namespace gdlab {

// No panel is larger than this many pixels, nor are all of a splitter's together.
inline constexpr int kMaxPanelPixels = 100'000;

// The sizes, or nothing when the bytes are not a splitter's saved state.
[[nodiscard]] std::optional<QList<int>> saved_splitter_sizes(const QByteArray& state);

// Sizes a splitter of `panels` panels can show: one per panel, none negative or larger than
// kMaxPanelPixels, their sum not larger either, and not all 0.
[[nodiscard]] bool usable_panel_sizes(const QList<int>& sizes, int panels);

}  // namespace gdlab
