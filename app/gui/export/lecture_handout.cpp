#include "gui/export/lecture_handout.hpp"

#include <QApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>

#include "gui/export/atomic_file.hpp"
#include "gui/export/image_export.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/theme.hpp"

namespace gdlab {

namespace {

constexpr double kScreenDpi = 96.0;  // as a single PDF export: a pixel of the plot is 0.75 pt
constexpr double kMargin = 28.0;     // pixels around the text above the plot
constexpr double kGap = 8.0;

// The fonts of the text above the plot, in pixels at 96 per inch: a printed page is read up
// close, a little larger than the plot's own labels.
struct HeaderFonts {
    QFont place;  // "Lecture title · 2 / 3"
    QFont title;
    QFont note;
};

HeaderFonts header_fonts() {
    HeaderFonts fonts{QApplication::font(), QApplication::font(), QApplication::font()};
    fonts.place.setPixelSize(13);
    fonts.title.setPixelSize(24);
    fonts.title.setBold(true);
    fonts.note.setPixelSize(16);
    return fonts;
}

QString place_line(const Lecture& lecture, int index) {
    const QString place = QStringLiteral("%1 / %2").arg(index + 1).arg(lecture.scenes.size());
    return lecture.title.empty()
               ? place
               : QStringLiteral("%1  ·  %2").arg(QString::fromStdString(lecture.title), place);
}

// The rectangle a wrapped text takes `width` pixels wide.
QRectF text_box(const QFont& font, QPaintDevice& device, double width, const QString& text) {
    if (text.isEmpty()) return {};
    return QFontMetricsF(font, &device)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
}

// The height of the text above the plot for one scene.
double header_height(const HeaderFonts& fonts, QPaintDevice& device, double width,
                     const Scene& scene) {
    const QString note = QString::fromStdString(scene.note);
    double h = kMargin + text_box(fonts.place, device, width, QStringLiteral("1 / 1")).height();
    h += kGap + text_box(fonts.title, device, width, scene_heading(scene)).height();
    if (!note.isEmpty()) h += kGap + text_box(fonts.note, device, width, note).height();
    return h + kMargin;
}

// Draws `text` wrapped in `width` from `top`; returns the bottom of what it drew.
double draw_text(QPainter& painter, const QFont& font, const QColor& colour, double left,
                 double top, double width, const QString& text) {
    if (text.isEmpty()) return top;
    painter.setFont(font);
    painter.setPen(colour);
    QRectF drawn;
    painter.drawText(QRectF(left, top, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text, &drawn);
    return drawn.bottom();
}

}  // namespace

QString scene_heading(const Scene& scene) {
    if (!scene.title.empty()) return QString::fromStdString(scene.title);
    return QStringLiteral("f(x, y) = %1")
        .arg(QString::fromStdString(scene.objective.expression().to_pretty_string()));
}

QString write_lecture_handout(const Lecture& lecture, const SceneAt& scene_at,
                              const LookOf& look_of, const QString& file) {
    return write_atomically(file, [&](QIODevice& out) -> QString {
        QPdfWriter pdf(&out);
        pdf.setTitle(lecture.title.empty() ? QStringLiteral("Lecture")
                                           : QString::fromStdString(lecture.title));
        pdf.setCreator(QStringLiteral("Gradient Descent Lab"));
        pdf.setResolution(static_cast<int>(kScreenDpi));
        const HeaderFonts fonts = header_fonts();
        // Every page of one size, the tallest text's: a printed handout of pages of one size.
        const QSize plot_size = look_of(lecture.scenes.front()).size;
        const double text_width = plot_size.width() - 2 * kMargin;
        double header = 0;
        for (const Scene& scene : lecture.scenes)
            header = std::max(header, header_height(fonts, pdf, text_width, scene));
        header = std::ceil(header);
        const QSizeF page_pixels(plot_size.width(), plot_size.height() + header);
        pdf.setPageLayout(QPageLayout(QPageSize(page_pixels * (72.0 / kScreenDpi), QPageSize::Point,
                                                QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QCPPainter painter;
        if (!painter.begin(&pdf)) return QStringLiteral("the PDF could not be started");
        for (int i = 0; i < static_cast<int>(lecture.scenes.size()); ++i) {
            const Scene& scene = lecture.scenes[static_cast<std::size_t>(i)];
            if (i > 0 && !pdf.newPage()) return QStringLiteral("a new page could not be started");
            const ExportLook look = look_of(scene);
            const ThemeColours colours = theme_colours(look.style.theme);
            QColor muted = colours.text;
            muted.setAlphaF(0.6F);
            // The page is the plot's background, text and all: a dark scene is a dark page.
            painter.fillRect(QRectF(QPointF(0, 0), page_pixels), colours.background);
            double y = kMargin;
            y = draw_text(painter, fonts.place, muted, kMargin, y, text_width,
                          place_line(lecture, i));
            y = draw_text(painter, fonts.title, colours.text, kMargin, y + kGap, text_width,
                          scene_heading(scene));
            draw_text(painter, fonts.note, colours.text, kMargin, y + kGap, text_width,
                      QString::fromStdString(scene.note));
            const auto plot = make_export_plot(scene_at(i), look);
            painter.save();
            painter.translate(0, header);
            paint_vectorized(*plot, painter);
            painter.restore();
        }
        painter.end();
        return {};
    });
}

}  // namespace gdlab
