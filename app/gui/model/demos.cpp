#include "gui/model/demos.hpp"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include "scene/scene_file.hpp"

namespace gdlab {

namespace {

// Every scene file in the program's resources (resources/demos/, listed in app/CMakeLists.txt),
// in the order of their names ("01-learning-rate.gdlab", ...). A file that does not read is a
// mistake in this program: it is left out with a warning, and the test that counts the demos
// and reruns their claims fails on it.
std::vector<Demo> load_demos() {
    std::vector<Demo> all;
    const QDir folder(QStringLiteral(":/demos"));
    for (const QString& name :
         folder.entryList({QStringLiteral("*.gdlab")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) continue;
        const QByteArray bytes = file.readAll();
        try {
            SceneRead read = parse_scene_file(
                std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                name.toStdString());
            Scene& scene = read.scene;
            all.push_back({QString::fromStdString(scene.title), scene,
                           QString::fromStdString(scene.note), scene.coordinates_plot});
        } catch (const SceneFileError& e) {
            qWarning("demo %s: %s", qPrintable(name), e.what());
        }
    }
    return all;
}

}  // namespace

std::span<const Demo> demos() {
    static const std::vector<Demo> all = load_demos();
    return all;
}

}  // namespace gdlab
