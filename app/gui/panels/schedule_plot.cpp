#include "gui/panels/schedule_plot.hpp"

#include <algorithm>
#include <cmath>

namespace gdlab {

namespace {

constexpr int kDotsUpTo = 60;  // updates: fewer get a dot each, so each k is seen

QColor curve_colour(Theme theme) {
    // The Okabe-Ito blue, lighter on the dark background.
    return theme == Theme::dark ? QColor(86, 180, 233) : QColor(0, 114, 178);
}

}  // namespace

SchedulePlot::SchedulePlot(QWidget* parent) : QCustomPlot(parent) {
    setAutoAddPlottableToLegend(false);
    addGraph();
    xAxis->setLabel(QStringLiteral("k"));
    yAxis->setLabel(QStringLiteral("lrₖ"));
    // Updates are whole numbers: ticks at 1, 2, 5, 10, … multiples, never at 2.5.
    auto steps = QSharedPointer<QCPAxisTickerFixed>::create();
    steps->setTickStep(1.0);
    steps->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(steps);
    xAxis->ticker()->setTickCount(4);
    yAxis->ticker()->setTickCount(3);
    yAxis->setNumberFormat(QStringLiteral("gb"));
    yAxis->setNumberPrecision(3);
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->grid()->setVisible(false);
        axis->setPadding(2);
        axis->setLabelPadding(2);
    }
    axisRect()->setAutoMargins(QCP::msAll);
    setMinimumHeight(110);
    setMaximumHeight(140);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setStyle(PlotStyle{});
}

void SchedulePlot::setRun(const gd::RunSpec& run) {
    const int n = std::max(run.settings.max_iterations, 1);
    iterations_ = n;
    const int count = std::min(n, kMaxPoints);
    QVector<double> ks(count);
    QVector<double> values(count);
    double top = 0.0;
    for (int i = 0; i < count; ++i) {
        // Every update while they fit, else evenly spaced ones from 1 to N.
        const int k = count == n ? i + 1
                                 : 1 + static_cast<int>(std::llround(static_cast<double>(i) *
                                                                     (n - 1) / (count - 1)));
        ks[i] = k;
        values[i] = gd::learning_rate_at(run, k);
        if (std::isfinite(values[i])) top = std::max(top, values[i]);
    }
    rates()->setData(ks, values, true);
    xAxis->setRange(n == 1 ? QCPRange(0.5, 1.5) : QCPRange(1.0, n));
    yAxis->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    setPens();
    replot(QCustomPlot::rpQueuedReplot);
}

void SchedulePlot::setStyle(const PlotStyle& style) {
    style_ = style;
    style_plot(this, style, 9.0, 8.0);
    setPens();
    replot(QCustomPlot::rpQueuedReplot);
}

void SchedulePlot::setPens() {
    const QColor c = curve_colour(style_.theme);
    QCPGraph* g = rates();
    g->setPen(QPen(c, 1.6 * style_.line_scale));
    QColor fill = c;
    fill.setAlpha(40);
    g->setBrush(fill);
    g->setScatterStyle(iterations_ <= kDotsUpTo
                           ? QCPScatterStyle(QCPScatterStyle::ssDisc, 3.5 * style_.line_scale)
                           : QCPScatterStyle());
}

}  // namespace gdlab
