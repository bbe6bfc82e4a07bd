#include "gui/export/image_export.hpp"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "gui/export/atomic_file.hpp"
#include "gui/plot/descent_plot.hpp"

namespace gdlab {

namespace {

constexpr double kScreenDpi = 96.0;
constexpr double kInchesPerMetre = 1.0 / 0.0254;

QString write_png(DescentPlot& plot, double scale, const QString& title, QIODevice& out) {
    QImage image = render_image(plot, scale);
    if (image.isNull()) return QStringLiteral("the picture is too large to draw");
    // A 2x picture says so, so that programs that honour it place it at its logical size.
    const int dots_per_metre = qRound(kScreenDpi * scale * kInchesPerMetre);
    image.setDotsPerMeterX(dots_per_metre);
    image.setDotsPerMeterY(dots_per_metre);
    image.setText(QStringLiteral("Title"), title);
    image.setText(QStringLiteral("Software"), QStringLiteral("Gradient Descent Lab"));
    return save_png(image, out);
}

void paint_vectorized(DescentPlot& plot, QPaintDevice& device) {
    QCPPainter painter(&device);
    painter.setWindow(plot.rect());
    paint_vectorized(plot, painter);
    painter.end();
}

QString write_svg(DescentPlot& plot, const QString& title, QIODevice& out) {
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setSize(plot.size());
    svg.setViewBox(plot.rect());
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("Made with Gradient Descent Lab"));
    svg.setResolution(static_cast<int>(kScreenDpi));
    paint_vectorized(plot, svg);
    return {};
}

QString write_pdf(DescentPlot& plot, const QString& title, QIODevice& out) {
    QPdfWriter pdf(&out);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Gradient Descent Lab"));
    // One page of the plot's size at the screen's 96 pixels per inch, so that text and lines
    // keep their proportions to the plot (1200 x 800 pixels: 900 x 600 points).
    pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(plot.size()) * (72.0 / kScreenDpi),
                                            QPageSize::Point, QString(), QPageSize::ExactMatch),
                                  QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    pdf.setResolution(static_cast<int>(kScreenDpi));
    paint_vectorized(plot, pdf);
    return {};
}

}  // namespace

void paint_vectorized(DescentPlot& plot, QCPPainter& painter) {
    // The heatmap is drawn into an embedded image (QCustomPlot does this for vectorized
    // painters); axes, contour lines, paths, markers and text stay vectors.
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, plot.width(), plot.height());
}

QString save_png(const QImage& image, QIODevice& out) {
    // Encoded in memory first: when libpng's own writes fail it leaves through longjmp, and Qt's
    // PNG writer then leaks its row buffer and prints "libpng error" on stderr. A memory buffer
    // cannot fail; the file's failure is found by the caller's device.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) return QStringLiteral("PNG encoding failed");
    if (out.write(bytes) != bytes.size()) return out.errorString();
    return {};
}

QString export_size_problem(std::optional<ImageFormat> format, QSize size, double scale) {
    const auto outside = [](int side, int most) { return side < kMinExportSide || side > most; };
    if (outside(size.width(), kMaxExportSide) || outside(size.height(), kMaxExportSide)) {
        return QStringLiteral("each side must be %1 to %2 pixels, not %3x%4")
            .arg(kMinExportSide)
            .arg(kMaxExportSide)
            .arg(size.width())
            .arg(size.height());
    }
    const bool vector = format == ImageFormat::svg || format == ImageFormat::pdf;
    if (vector && (size.width() > kMaxVectorSide || size.height() > kMaxVectorSide)) {
        return QStringLiteral(
                   "SVG and PDF pictures are at most %1 pixels a side (%2 inches "
                   "at 96 per inch), not %3x%4")
            .arg(kMaxVectorSide)
            .arg(kMaxVectorSide / 96.0, 0, 'f', 1)
            .arg(size.width())
            .arg(size.height());
    }
    if (!format && size.width() * scale * size.height() * scale > kMaxGifPixels) {
        return QStringLiteral(
                   "%1x%2 at scale %3 is more than the %4 megapixels a GIF's frame "
                   "may have")
            .arg(size.width())
            .arg(size.height())
            .arg(scale)
            .arg(kMaxGifPixels / 1e6);
    }
    if (size.width() * scale * size.height() * scale > kMaxExportPixels) {
        return QStringLiteral("%1x%2 at scale %3 is more than %4 megapixels")
            .arg(size.width())
            .arg(size.height())
            .arg(scale)
            .arg(kMaxExportPixels / 1e6);
    }
    return {};
}

std::optional<ImageFormat> image_format_of(const QString& file) {
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("png")) return ImageFormat::png;
    if (suffix == QLatin1String("svg")) return ImageFormat::svg;
    if (suffix == QLatin1String("pdf")) return ImageFormat::pdf;
    return std::nullopt;
}

QImage render_image(DescentPlot& plot, double scale) {
    return plot.toPixmap(plot.width(), plot.height(), scale).toImage();
}

QString write_plot(DescentPlot& plot, ImageFormat format, double scale, const QString& title,
                   const QString& file) {
    return write_atomically(file, [&](QIODevice& out) {
        switch (format) {
            case ImageFormat::png:
                return write_png(plot, scale, title, out);
            case ImageFormat::svg:
                return write_svg(plot, title, out);
            case ImageFormat::pdf:
                return write_pdf(plot, title, out);
        }
        return QStringLiteral("unknown image format");
    });
}

QString export_image(const ExportScene& scene, const ExportLook& look, double scale,
                     const QString& file) {
    const std::optional<ImageFormat> format = image_format_of(file);
    if (!format)
        return QStringLiteral("%1: the file name must end in .png, .svg or .pdf").arg(file);
    const auto plot = make_export_plot(scene, look);
    return write_plot(*plot, *format, scale, scene_caption(scene, scene.step), file);
}

}  // namespace gdlab
