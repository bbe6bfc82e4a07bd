// What the window's file dialogs offer (the filters, the folder they open in) and how long its
// status bar messages stay, shared by the parts of MainWindow that open and save scenes and
// lectures and export.
#pragma once

#include <QFileInfo>
#include <QSettings>
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

// One rule for every file dialog, open, save and export alike: it opens where the last file was
// written (a scene, a lecture, a picture), else beside `beside` (the file shown), else in the
// user's documents; and it offers the title's slug as the name ("too-large-a-step.gdlab"), else
// kFallbackFileName.
inline const QString kLastFolderKey = QStringLiteral("files/last_folder");
inline constexpr std::string_view kFallbackFileName = "gradient-descent";

inline QString dialog_folder(const QString& beside) {
    QString last = QSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
    if (!beside.isEmpty()) return QFileInfo(beside).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// Where a file was written: the next dialog opens there.
inline void remember_folder(const QString& written) {
    QSettings().setValue(kLastFolderKey, QFileInfo(written).absolutePath());
}

inline QString suggested_file_name(const std::string& title, std::string_view extension) {
    const std::string name = title.empty() ? std::string(kFallbackFileName) : title_slug(title);
    return QString::fromStdString(name) + QString::fromUtf8(extension);
}

}  // namespace gdlab
