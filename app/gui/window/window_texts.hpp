// What the window's file dialogs offer and how long its status bar messages stay, shared by the
// parts of MainWindow that open and save scenes and lectures and export.
#pragma once

#include <QString>

namespace gdlab {

inline constexpr int kStatusMessageMs = 10000;  // long enough to read a path
inline const QString kSceneFileFilter =
    QStringLiteral("Gradient Descent Lab scenes (*.gdlab);;All files (*)");
inline const QString kLectureFileFilter =
    QStringLiteral("Gradient Descent Lab lectures (*.gdlab-lecture);;All files (*)");

}  // namespace gdlab
