// What the window's file dialogs offer (the filters, the folder they open in) and how long its
// status bar messages stay, shared by the parts of MainWindow that open and save scenes and
// lectures and export.
#pragma once

#include <QFileInfo>
#include <QStandardPaths>
#include <QString>
#include <string>
#include <string_view>

#include "gui/export/lecture_export.hpp"

namespace gdlab {

inline constexpr int kStatusMessageMs = 10000;  // long enough to read a path
inline const QString kSceneFileFilter =
    QStringLiteral("Gradient Descent Lab scenes (*.gdlab);;All files (*)");
inline const QString kLectureFileFilter =
    QStringLiteral("Gradient Descent Lab lectures (*.gdlab-lecture);;All files (*)");
// File > Open takes either: a lecture chosen there opens as a lecture.
inline const QString kOpenFileFilter = QStringLiteral(
    "Gradient Descent Lab scenes and lectures (*.gdlab *.gdlab-lecture);;All files (*)");

// Where a dialog opens: beside the file the window last used, else in the user's documents.
inline QString dialog_folder(const QString& last_file) {
    if (!last_file.isEmpty()) return QFileInfo(last_file).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// The name a save dialog suggests: the title's slug ("too-large-a-step.gdlab"), else `fallback`.
inline QString suggested_file_name(const std::string& title, std::string_view fallback,
                                   std::string_view extension) {
    const std::string name = title.empty() ? std::string(fallback) : title_slug(title);
    return QString::fromStdString(name) + QString::fromUtf8(extension);
}

}  // namespace gdlab
