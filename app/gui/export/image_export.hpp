// Pictures of a scene for slides: PNG at any size and scale factor, SVG and PDF with the lines
// as vectors and the heatmap as an embedded image. Every file is written atomically.
#pragma once

#include <QImage>
#include <QString>
#include <optional>

#include "gui/export/export_scene.hpp"

class QCPPainter;

namespace gdlab {

class DescentPlot;

enum class ImageFormat { png, svg, pdf };

// How large an export may be, for the command line and the dialogs alike. A side, in pixels
// (for SVG and PDF at 96 per inch); PNG and GIF pixels after the scale factor; and a smaller
// side for SVG and PDF, whose heatmap is embedded at three times the page's pixels: a 2000 x
// 2000 PDF takes about 400 MB to write, a 4000 x 4000 one 1.6 GB.
inline constexpr int kMinExportSide = 100;
inline constexpr int kMaxExportSide = 10000;
inline constexpr double kMaxExportPixels = 100e6;
inline constexpr int kMaxVectorSide = 2000;
// A GIF's frame: every frame is drawn, quantised and encoded, and a 100-megapixel frame took
// 3.5 GB and 1.6 s (2,000 of them nearly an hour); 4 megapixels (2000 x 2000) is larger than
// any projector.
inline constexpr double kMaxGifPixels = 4e6;

// What is wrong with an export of `size` at `scale` in `format` (nothing: an animated GIF), or
// an empty string.
[[nodiscard]] QString export_size_problem(std::optional<ImageFormat> format, QSize size,
                                          double scale);

// By the file name's suffix (case-insensitive); nullopt for any other.
[[nodiscard]] std::optional<ImageFormat> image_format_of(const QString& file);

// Writes the image as PNG to `out`; an empty string, or what went wrong.
[[nodiscard]] QString save_png(const QImage& image, QIODevice& out);

// The plot drawn at its size times `scale` pixels (2: a crisp picture for a 4K slide).
[[nodiscard]] QImage render_image(DescentPlot& plot, double scale);

// Paints the plot at the painter's origin, in its size in pixels, as vectors (the heatmap an
// embedded image): what SVG and PDF export draw, also onto a page among others.
void paint_vectorized(DescentPlot& plot, QCPPainter& painter);

// Writes the plot in the format; returns an empty string, or what went wrong (naming the
// file). `title` goes into the file's metadata.
[[nodiscard]] QString write_plot(DescentPlot& plot, ImageFormat format, double scale,
                                 const QString& title, const QString& file);

// make_export_plot and write_plot in one: the scene at look.size times `scale`.
[[nodiscard]] QString export_image(const ExportScene& scene, const ExportLook& look, double scale,
                                   const QString& file);

}  // namespace gdlab
