// How the plots and the window look: a light theme (for projectors and print) or a dark one,
// and the presentation sizes (larger fonts, thicker lines) readable from the back of a room.
#pragma once

#include <QColor>
#include <QPalette>
#include <QSharedPointer>
#include <QString>
#include <optional>

class QCPAxis;
class QCPAxisTicker;
class QCPLegend;
class QCustomPlot;

namespace gdlab {

enum class Theme { light, dark };

[[nodiscard]] QString theme_name(Theme theme);
[[nodiscard]] std::optional<Theme> theme_from_name(const QString& name);

// The colours a plot needs besides the heatmap (which is viridis in both themes).
struct ThemeColours {
    QColor background;
    QColor text;
    QColor axis;
    QColor legend_fill;
    QColor legend_border;
    QColor cursor;  // the convergence plot's current-step line
};
[[nodiscard]] ThemeColours theme_colours(Theme theme);

// The window's palette in the dark theme (under the Fusion style, which honours every role);
// the light theme is the desktop's own palette.
[[nodiscard]] QPalette dark_window_palette();

struct PlotStyle {
    Theme theme = Theme::light;
    double font_scale = 1.0;  // presentation mode: 1.5
    double line_scale = 1.0;  // presentation mode: 1.6
    // An export's: its text is at the size a picture must have to read from the back of a
    // room, so nothing shrinks it to fit (the legend on a small window does).
    bool fixed_text = false;

    [[nodiscard]] static PlotStyle presentation() { return {Theme::light, 1.5, 1.6}; }
    bool operator==(const PlotStyle&) const = default;
};

// Colours and sizes an axis the same way on every plot: label and tick fonts of the given
// point sizes (before the style's font scale), lines and text in the theme's colours.
void style_axis(QCPAxis* axis, const PlotStyle& style, double label_points, double tick_points);
// The background, the legend and every visible axis of a plot.
void style_plot(QCustomPlot* plot, const PlotStyle& style, double label_points, double tick_points);
// The legend's type and icons, `share` of their size for the style (below 1 on a small plot).
void style_legend(QCPLegend* legend, const PlotStyle& style, double share = 1.0);

// A log axis's ticker: powers of the base over wide ranges (as QCPAxisTickerLog), and over less
// than two decades 1, 2 and 5 times a power of ten, not QCustomPlot's evenly spaced fallback
// (8 and 10 a few pixels apart at the top of a short axis, their labels over each other).
[[nodiscard]] QSharedPointer<QCPAxisTicker> log_ticker();

// As many ticks as the axis has room for: its labels (as wide as the widest now shown, or a
// line of text high) with a gap between them. A convergence plot 150 pixels wide had labels
// "0 2040 6080 100" running together. Call it when the plot is laid out (afterLayout).
void fit_tick_count(QCPAxis* axis);

}  // namespace gdlab
