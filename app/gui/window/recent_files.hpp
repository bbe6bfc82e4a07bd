// File > Open Recent: the scene files last opened or saved, newest first, kept in QSettings.
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace gdlab {

inline constexpr int kMaxRecentFiles = 8;

// The list as saved (absolute paths, newest first, at most kMaxRecentFiles); whatever else a
// hand-edited settings file holds there is ignored.
[[nodiscard]] QStringList recent_files(const QSettings& settings);
// Puts `file` first (once), dropping the oldest past kMaxRecentFiles.
void add_recent_file(QSettings& settings, const QString& file);
// Takes `file` off the list (it vanished or could not be opened).
void remove_recent_file(QSettings& settings, const QString& file);

}  // namespace gdlab
