#include "gui/convergence_plot.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace gdlab {

namespace {

void use_log_axis(QCPAxis* axis, bool log) {
    axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log) {
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
    } else {
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(4);
    }
}

}  // namespace

ConvergencePlot::ConvergencePlot(QWidget* parent)
    : QCustomPlot(parent), cursor_(nullptr), cursor_layer_(nullptr) {
    setAutoAddPlottableToLegend(false);
    xAxis->setLabel(QStringLiteral("step k"));
    yAxis->setLabel(QStringLiteral("f(xₖ) —"));
    yAxis2->setVisible(true);
    yAxis2->setLabel(QStringLiteral("|∇f(xₖ)| - - -"));
    use_log_axis(yAxis2, true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeZoomAxes(xAxis, nullptr);  // zoom and pan along k only
    axisRect()->setRangeDragAxes(xAxis, nullptr);

    addLayer(QStringLiteral("cursor"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    cursor_layer_ = layer(QStringLiteral("cursor"));
    cursor_layer_->setMode(QCPLayer::lmBuffered);
    cursor_ = new QCPItemStraightLine(this);
    cursor_->setLayer(cursor_layer_);
    cursor_->setSelectable(false);
    setStyle(PlotStyle{});
    setStep(0);
}

void ConvergencePlot::resizeEvent(QResizeEvent* event) {
    // Presentation mode hides this plot, and its splitter shrinks it to nothing: there is
    // nothing to draw until it comes back.
    if (event->size().isEmpty()) return;
    QCustomPlot::resizeEvent(event);
}

void ConvergencePlot::setStyle(const PlotStyle& style) {
    style_ = style;
    style_plot(this, style, 10.0, 9.0);
    cursor_->setPen(QPen(theme_colours(style.theme).cursor, 1.5 * style.line_scale, Qt::DotLine));
    setPens();
    replot(QCustomPlot::rpQueuedReplot);
}

void ConvergencePlot::setPens() {
    const double s = style_.line_scale;
    for (std::size_t i = 0; i < colours_.size(); ++i) {
        // Darker than on the descent plot: these lines lie on white (or near black) paper.
        const QColor c =
            style_.theme == Theme::dark ? colours_[i].lighter(110) : colours_[i].darker(115);
        graph(2 * static_cast<int>(i))->setPen(QPen(c, 2.0 * s));
        graph(2 * static_cast<int>(i) + 1)->setPen(QPen(c, 1.5 * s, Qt::DashLine));
    }
}

void ConvergencePlot::setSeries(const std::vector<ConvergenceSeries>& series) {
    // A graph pair is kept while its trace is the same: a run's trace arriving leaves the
    // others' (possibly a million points each) alone.
    const int wanted = 2 * static_cast<int>(series.size());
    colours_.clear();
    for (const ConvergenceSeries& s : series)
        colours_.push_back(s.colour);
    while (graphCount() > wanted)
        removeGraph(graphCount() - 1);
    shown_.resize(series.size());
    while (graphCount() < wanted) {
        addGraph(xAxis, graphCount() % 2 == 0 ? yAxis : yAxis2);
    }
    bool all_positive = true;
    int longest = 1;
    for (const ConvergenceSeries& s : series) {
        if (!s.trace) continue;
        longest = std::max(longest, static_cast<int>(s.trace->points.size()) - 1);
        for (const gd::TracePoint& p : s.trace->points)
            all_positive = all_positive && p.f > 0.0;
    }
    f_log_ = all_positive;
    setPens();
    use_log_axis(yAxis, f_log_);
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < series.size(); ++i) {
        const ConvergenceSeries& s = series[i];
        QCPGraph* f = graph(2 * static_cast<int>(i));
        QCPGraph* g = graph(2 * static_cast<int>(i) + 1);
        f->setName(s.label);
        if (shown_[i] == s.trace) continue;
        shown_[i] = s.trace;
        if (!s.trace) {
            f->data()->clear();
            g->data()->clear();
            continue;
        }
        const auto n = static_cast<qsizetype>(s.trace->points.size());
        QVector<double> ks(n);
        QVector<double> fs(n);
        QVector<double> gs(n);
        for (qsizetype k = 0; k < n; ++k) {
            const gd::TracePoint& p = s.trace->points[static_cast<std::size_t>(k)];
            ks[k] = static_cast<double>(k);
            fs[k] = p.f;
            const double norm = gd::norm(p.gradient);
            gs[k] = norm > 0.0 ? norm : nan;  // a log axis has no place for 0
        }
        f->setData(ks, fs, true);
        g->setData(ks, gs, true);
    }
    xAxis->setRange(0, longest);
    // f graphs are the even ones, |grad f| graphs the odd ones.
    auto value_range = [this](int parity, QCP::SignDomain domain) {
        QCPRange range;
        bool any = false;
        for (int k = parity; k < graphCount(); k += 2) {
            bool found = false;
            const QCPRange r = graph(k)->getValueRange(found, domain);
            if (!found) continue;
            range =
                any ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            any = true;
        }
        return any ? std::optional<QCPRange>(range) : std::nullopt;
    };
    if (const auto r = value_range(0, f_log_ ? QCP::sdPositive : QCP::sdBoth)) {
        const double pad = f_log_ ? 0.0 : std::max(r->size() * 0.05, 1e-12);
        yAxis->setRange(f_log_ ? r->lower / 2 : r->lower - pad,
                        f_log_ ? r->upper * 2 : r->upper + pad);
    }
    if (const auto r = value_range(1, QCP::sdPositive))
        yAxis2->setRange(r->lower / 2, r->upper * 2);
    replot(QCustomPlot::rpQueuedReplot);
}

void ConvergencePlot::setStep(int k) {
    cursor_->point1->setCoords(k, 0.0);
    cursor_->point2->setCoords(k, 1.0);
    if (!size().isEmpty()) cursor_layer_->replot();  // hidden in presentation mode
}

}  // namespace gdlab
