#include "gui/plot/theme.hpp"

#include <qcustomplot.h>

namespace gdlab {

namespace {
const QColor kLegendFill(34, 35, 40, 225);
const QColor kLegendBorder(90, 90, 96);
const QColor kLegendText(240, 240, 240);
}  // namespace

QString theme_name(Theme theme) {
    return theme == Theme::dark ? QStringLiteral("dark") : QStringLiteral("light");
}

std::optional<Theme> theme_from_name(const QString& name) {
    if (name == QLatin1String("light")) return Theme::light;
    if (name == QLatin1String("dark")) return Theme::dark;
    return std::nullopt;
}

ThemeColours theme_colours(Theme theme) {
    if (theme == Theme::dark) {
        return {QColor(30, 31, 34),      QColor(232, 232, 232), QColor(170, 170, 170),
                QColor(40, 42, 46, 225), QColor(140, 140, 140), QColor(235, 235, 235)};
    }
    return {Qt::white,
            QColor(20, 20, 20),
            QColor(60, 60, 60),
            QColor(255, 255, 255, 215),
            QColor(120, 120, 120),
            QColor(40, 40, 40)};
}

QPalette dark_window_palette() {
    const ThemeColours c = theme_colours(Theme::dark);
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 47, 51));
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.background);
    p.setColor(QPalette::AlternateBase, QColor(45, 47, 51));
    p.setColor(QPalette::ToolTipBase, QColor(55, 57, 61));
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, QColor(55, 57, 61));
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    p.setColor(QPalette::Link, QColor(110, 180, 255));
    p.setColor(QPalette::Highlight, QColor(48, 140, 198));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(80, 82, 86));
    p.setColor(QPalette::Midlight, QColor(65, 67, 71));
    p.setColor(QPalette::Mid, QColor(40, 42, 46));
    p.setColor(QPalette::Dark, QColor(25, 26, 28));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(125, 125, 125));
    }
    return p;
}

void style_axis(QCPAxis* axis, const PlotStyle& style, double label_points, double tick_points) {
    const ThemeColours c = theme_colours(style.theme);
    QFont font = axis->labelFont();
    font.setPointSizeF(label_points * style.font_scale);
    axis->setLabelFont(font);
    font.setPointSizeF(tick_points * style.font_scale);
    axis->setTickLabelFont(font);
    axis->setLabelColor(c.text);
    axis->setTickLabelColor(c.text);
    const QPen pen(c.axis, style.line_scale);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
}

void style_plot(QCustomPlot* plot, const PlotStyle& style, double label_points,
                double tick_points) {
    const ThemeColours c = theme_colours(style.theme);
    plot->setBackground(c.background);
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes())
            style_axis(axis, style, label_points, tick_points);
    }
    // The legend is dark in both themes: the runs' colours (a yellow, a sky blue) and the
    // white star of the known minimum are drawn for a dark heatmap, and vanished on white.
    plot->legend->setBrush(kLegendFill);
    plot->legend->setBorderPen(QPen(kLegendBorder));
    plot->legend->setTextColor(kLegendText);
    style_legend(plot->legend, style);
}

void style_legend(QCPLegend* legend, const PlotStyle& style, double share) {
    QFont font = legend->font();
    font.setPointSizeF(10.0 * style.font_scale * share);
    legend->setFont(font);
    legend->setIconSize(static_cast<int>(32 * style.line_scale * share),
                        static_cast<int>(18 * style.font_scale * share));
}

namespace {

class NiceLogTicker : public QCPAxisTickerLog {
  protected:
    QVector<double> createTickVector(double tick_step, const QCPRange& range) override {
        if (!(range.lower > 0.0) || !(range.upper > range.lower) ||
            std::log10(range.upper / range.lower) >= 2.0)
            return QCPAxisTickerLog::createTickVector(tick_step, range);
        QVector<double> ticks;
        for (const double m : {1.0, 2.0, 5.0}) {
            for (int e = static_cast<int>(std::floor(std::log10(range.lower)));
                 e <= static_cast<int>(std::ceil(std::log10(range.upper))); ++e) {
                const double v = m * std::pow(10.0, e);
                if (v >= range.lower && v <= range.upper) ticks.push_back(v);
            }
        }
        std::sort(ticks.begin(), ticks.end());
        // Within one 1-2-5 step (from 6 to 9), the ends will do.
        if (ticks.size() < 2) ticks = {range.lower, range.upper};
        return ticks;
    }
};

}  // namespace

QSharedPointer<QCPAxisTicker> log_ticker() {
    return QSharedPointer<NiceLogTicker>::create();
}

void fit_tick_count(QCPAxis* axis) {
    if (!axis->visible() || !axis->tickLabels()) return;
    const QFontMetricsF metrics(axis->tickLabelFont());
    // As wide as the labels at the range's ends and middle would be (not the labels shown
    // now, which the count itself decides: that could swing between two counts).
    double widest = metrics.horizontalAdvance(QStringLiteral("0000"));
    const QCPRange range = axis->range();
    const char format =
        axis->numberFormat().isEmpty() ? 'g' : axis->numberFormat().front().toLatin1();
    for (const double v : {range.lower, range.upper, range.center()})
        widest = std::max(
            widest, metrics.horizontalAdvance(QString::number(v, format, axis->numberPrecision())));
    const bool across = axis->orientation() == Qt::Horizontal;
    // A label and a gap of two of its letters across; two lines of text up the side.
    const double room = across ? axis->axisRect()->width() : axis->axisRect()->height();
    const double each = across ? widest + 2.0 * metrics.averageCharWidth() : 2.2 * metrics.height();
    // The ticker rounds its step to a readable one, up to one and a half times as many ticks
    // as asked for (375 becomes 250).
    const int count = std::clamp(static_cast<int>(room / (1.6 * each)), 2, 8);
    if (axis->ticker()->tickCount() != count) axis->ticker()->setTickCount(count);
}

}  // namespace gdlab
