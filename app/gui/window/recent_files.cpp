#include "gui/window/recent_files.hpp"

#include <QFileInfo>
#include <QSettings>
#include <QVariant>

namespace gdlab {

namespace {

const QString kRecentKey = QStringLiteral("files/recent");

void store(QSettings& settings, QStringList files) {
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentKey, files);
}

// One spelling per file, so that opening it by another path does not list it twice.
QString normal_path(const QString& file) {
    return QFileInfo(file).absoluteFilePath();
}

}  // namespace

QStringList recent_files(const QSettings& settings) {
    QStringList files;
    for (const QString& file : settings.value(kRecentKey).toStringList()) {
        if (!file.isEmpty() && !files.contains(file) && files.size() < kMaxRecentFiles)
            files << file;
    }
    return files;
}

void add_recent_file(QSettings& settings, const QString& file) {
    const QString path = normal_path(file);
    QStringList files = recent_files(settings);
    files.removeAll(path);
    files.prepend(path);
    store(settings, files);
}

void remove_recent_file(QSettings& settings, const QString& file) {
    QStringList files = recent_files(settings);
    files.removeAll(file);
    files.removeAll(normal_path(file));
    store(settings, files);
}

}  // namespace gdlab
