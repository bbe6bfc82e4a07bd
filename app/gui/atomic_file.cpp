#include "gui/atomic_file.hpp"

#include <QFileInfo>
#include <QSaveFile>

namespace gdlab {

QString write_atomically(const QString& file, const std::function<QString(QIODevice&)>& write) {
    const QString shown = QFileInfo(file).absoluteFilePath();
    if (QFileInfo(file).isDir())
        return QStringLiteral("cannot write %1: it is a folder").arg(shown);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot write %1: %2").arg(shown, out.errorString());
    }
    const QString error = write(out);
    if (!error.isEmpty()) {
        out.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(shown, error);
    }
    if (!out.commit()) return QStringLiteral("cannot write %1: %2").arg(shown, out.errorString());
    return {};
}

}  // namespace gdlab
