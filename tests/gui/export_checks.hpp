// Checks of exported files shared by the export tests: a GIF decoded with giflib (frames,
// size, delays, looping, the composed last frame), the text pdftotext finds in a PDF, and
// the elements of an SVG.
#pragma once

#include <gif_lib.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QXmlStreamReader>
#include <vector>

#include "test_files.hpp"

namespace gdlab::test {

struct DecodedGif {
    bool ok = false;
    int width = 0;
    int height = 0;
    int frames = 0;
    std::vector<int> delays;  // hundredths of a second, per frame
    bool loops = false;       // a NETSCAPE2.0 extension with loop count 0
    QImage last;              // every frame composed in turn
};

inline DecodedGif decode_gif(const QString& file) {
    DecodedGif out;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(file).constData(), &error);
    if (gif == nullptr) return out;
    if (DGifSlurp(gif) == GIF_OK) {
        out.ok = true;
        out.width = gif->SWidth;
        out.height = gif->SHeight;
        out.frames = gif->ImageCount;
        out.last = QImage(gif->SWidth, gif->SHeight, QImage::Format_RGB32);
        out.last.fill(Qt::black);
        for (int i = 0; i < gif->ImageCount; ++i) {
            const SavedImage& image = gif->SavedImages[i];
            GraphicsControlBlock gcb{};
            gcb.TransparentColor = NO_TRANSPARENT_COLOR;
            DGifSavedExtensionToGCB(gif, i, &gcb);
            out.delays.push_back(gcb.DelayTime);
            const ColorMapObject* map =
                image.ImageDesc.ColorMap != nullptr ? image.ImageDesc.ColorMap : gif->SColorMap;
            for (int y = 0; y < image.ImageDesc.Height; ++y) {
                for (int x = 0; x < image.ImageDesc.Width; ++x) {
                    const int index = image.RasterBits[y * image.ImageDesc.Width + x];
                    if (index == gcb.TransparentColor) continue;
                    const GifColorType c = map->Colors[index];
                    out.last.setPixel(image.ImageDesc.Left + x, image.ImageDesc.Top + y,
                                      qRgb(c.Red, c.Green, c.Blue));
                }
            }
            for (int e = 0; e < image.ExtensionBlockCount; ++e) {
                const ExtensionBlock& block = image.ExtensionBlocks[e];
                if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11 &&
                    QByteArray(reinterpret_cast<const char*>(block.Bytes), 11) == "NETSCAPE2.0" &&
                    e + 1 < image.ExtensionBlockCount) {
                    const ExtensionBlock& data = image.ExtensionBlocks[e + 1];
                    out.loops = data.ByteCount == 3 && data.Bytes[1] == 0 && data.Bytes[2] == 0;
                }
            }
        }
    }
    DGifCloseFile(gif, &error);
    return out;
}

// Distinct colours in the image (a blank picture has one or two).
inline int colour_count(const QImage& image) {
    QSet<QRgb> seen;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 3) {
        for (int x = 0; x < rgb.width(); x += 3)
            seen.insert(rgb.pixel(x, y));
    }
    return static_cast<int>(seen.size());
}

// The PDF's text as pdftotext (poppler-utils, installed by tools/dev) extracts it.
inline QString pdf_text(const QString& file) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return QStringLiteral("<pdftotext failed>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct SvgSummary {
    bool well_formed = false;
    int paths = 0;
    int images = 0;
    QString title;
    QString text;  // every text element's content, space-separated
};

inline SvgSummary read_svg(const QString& file) {
    SvgSummary s;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return s;
    QXmlStreamReader xml(&f);
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            element = xml.name().toString();
            if (element == QLatin1String("path")) ++s.paths;
            if (element == QLatin1String("image")) ++s.images;
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            if (element == QLatin1String("title")) s.title += xml.text();
            if (element == QLatin1String("text"))
                s.text += xml.text().toString() + QLatin1Char(' ');
        }
    }
    s.well_formed = !xml.hasError();
    return s;
}

}  // namespace gdlab::test
