#include "gui/window/saved_layout.hpp"

#include <QDataStream>
#include <QIODevice>

namespace gdlab {

namespace {

// What QSplitter::saveState() writes first (qsplitter.cpp), in Qt 5.0's stream format.
constexpr qint32 kSplitterMagic = 0xff;
constexpr qint32 kSplitterVersion = 1;
constexpr quint32 kMostPanels = 16;  // ours have 2 or 3; read no further than this

}  // namespace

std::optional<QList<int>> saved_splitter_sizes(const QByteArray& state) {
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_5_0);
    qint32 magic = 0;
    qint32 version = 0;
    quint32 count = 0;
    stream >> magic >> version >> count;
    if (stream.status() != QDataStream::Ok || magic != kSplitterMagic ||
        version > kSplitterVersion || count > kMostPanels)
        return std::nullopt;
    // Read one by one, not as a QList: the stream would reserve whatever count it was given.
    QList<int> sizes;
    for (quint32 i = 0; i < count; ++i) {
        qint32 size = 0;
        stream >> size;
        sizes.append(size);
    }
    if (stream.status() != QDataStream::Ok) return std::nullopt;
    return sizes;
}

bool usable_panel_sizes(const QList<int>& sizes, int panels) {
    if (sizes.size() != panels) return false;
    long long total = 0;
    for (const int size : sizes) {
        if (size < 0 || size > kMaxPanelPixels) return false;
        total += size;
    }
    return total > 0 && total <= kMaxPanelPixels;
}

}  // namespace gdlab
