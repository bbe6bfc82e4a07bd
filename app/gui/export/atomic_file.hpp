// Writing a file so that it is never left half-written: the bytes go to a temporary file
// beside it, which replaces the old file only once everything is written (QSaveFile).
#pragma once

#include <QString>
#include <functional>

class QIODevice;

namespace gdlab {

// Calls `write` with the device to write to. It returns an empty string on success, or what
// went wrong; then, or when writing fails, the old file (if any) is kept and the returned
// message names the file.
[[nodiscard]] QString write_atomically(const QString& file,
                                       const std::function<QString(QIODevice&)>& write);

}  // namespace gdlab
