#include "gui/export/lecture_handout.hpp"

#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
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
constexpr double kPaperMarginMm = 15.0;
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

// As much of `text` as fits `width` x `height` wrapped, cut between words and ending in "…"
// when it does not all fit: a 4000-byte note leaves room on the page for the picture.
QString fitting(const QFont& font, QPaintDevice& device, double width, double height,
                const QString& text) {
    const QFontMetricsF metrics(font, &device);
    const auto fits = [&](const QString& t) {
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, t)
                   .height() <= height;
    };
    if (fits(text)) return text;
    const QStringList words = text.split(QLatin1Char(' '));
    qsizetype lo = 0;  // words that fit, with the ellipsis
    qsizetype hi = words.size();
    while (lo + 1 < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (fits(words.mid(0, mid).join(QLatin1Char(' ')) + QStringLiteral(" …"))) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return words.mid(0, lo).join(QLatin1Char(' ')) + QStringLiteral(" …");
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

QPageSize::PageSizeId default_paper() {
    const QLocale::MeasurementSystem system = QLocale::system().measurementSystem();
    return system == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

std::optional<QPageSize::PageSizeId> paper_named(const std::string& name) {
    const QString n = QString::fromStdString(name).toLower();
    if (n == QLatin1String("a4")) return QPageSize::A4;
    if (n == QLatin1String("letter")) return QPageSize::Letter;
    return std::nullopt;
}

QString write_lecture_handout(const Lecture& lecture, const SceneAt& scene_at,
                              const LookOf& look_of, const QString& file,
                              QPageSize::PageSizeId paper) {
    return write_atomically(file, [&](QIODevice& out) -> QString {
        QPdfWriter pdf(&out);
        pdf.setTitle(lecture.title.empty() ? QStringLiteral("Lecture")
                                           : QString::fromStdString(lecture.title));
        pdf.setCreator(QStringLiteral("Gradient Descent Lab"));
        pdf.setResolution(static_cast<int>(kScreenDpi));
        pdf.setPageLayout(
            QPageLayout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        const HeaderFonts fonts = header_fonts();
        const QSizeF page = QPageSize(paper).sizePixels(static_cast<int>(kScreenDpi));
        const double margin = kPaperMarginMm / 25.4 * kScreenDpi;
        const double text_width = page.width() - 2 * margin;
        QCPPainter painter;
        if (!painter.begin(&pdf)) return QStringLiteral("the PDF could not be started");
        for (int i = 0; i < static_cast<int>(lecture.scenes.size()); ++i) {
            const Scene& scene = lecture.scenes[static_cast<std::size_t>(i)];
            if (i > 0 && !pdf.newPage()) return QStringLiteral("a new page could not be started");
            ExportLook look = look_of(scene);
            const ThemeColours colours = theme_colours(look.style.theme);
            QColor muted = colours.text;
            muted.setAlphaF(0.6F);
            // The page is the plot's background, text and all: a dark scene is a dark page.
            painter.fillRect(QRectF(QPointF(0, 0), page), colours.background);
            double y = margin;
            y = draw_text(painter, fonts.place, muted, margin, y, text_width,
                          place_line(lecture, i));
            y = draw_text(painter, fonts.title, colours.text, margin, y + kGap, text_width,
                          scene_heading(scene));
            // The note takes at most a third of the page; the picture has the rest.
            y = draw_text(painter, fonts.note, colours.text, margin, y + kGap, text_width,
                          fitting(fonts.note, pdf, text_width, page.height() / 3,
                                  QString::fromStdString(scene.note)));
            // The picture as wide as the text, in the export's proportions, within the page.
            const double room = page.height() - margin - (y + 2 * kGap);
            const double aspect = static_cast<double>(look.size.height()) / look.size.width();
            const double width = std::min(text_width, room / aspect);
            look.size = QSize(static_cast<int>(width), static_cast<int>(width * aspect));
            const auto plot = make_export_plot(scene_at(i), look);
            painter.save();
            painter.translate(margin, y + 2 * kGap);
            paint_vectorized(*plot, painter);
            painter.restore();
        }
        painter.end();
        return {};
    });
}

}  // namespace gdlab
