#include "gui/plot/convergence_plot.hpp"

#include <QTimer>
#include <algorithm>
#include <cmath>
#include <limits>

#include "gui/model/last_step.hpp"

namespace gdlab {

namespace {

constexpr int kZoomRefillMs = 30;  // after the last zoom or pan of the k axis
constexpr int kClickSlackPx = 4;   // a press and release closer than this are a click
constexpr int kMinVisibleBuckets = 100;
constexpr int kMinCoordinateSteps = 10;  // the coordinates view spans at least this many

void use_log_axis(QCPAxis* axis, bool log) {
    axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log) {
        axis->setTicker(log_ticker());
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
    } else {
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(4);
    }
}

void set_graph(QCPGraph* graph, const std::vector<gd::SeriesPoint>& points) {
    QVector<double> ks(static_cast<qsizetype>(points.size()));
    QVector<double> vs(ks.size());
    for (qsizetype i = 0; i < ks.size(); ++i) {
        ks[i] = points[static_cast<std::size_t>(i)].k;
        vs[i] = points[static_cast<std::size_t>(i)].value;
    }
    graph->setData(ks, vs, true);
}

// The smallest and largest finite values of some series (only positive ones when `positive`).
std::optional<QCPRange> value_range(const std::vector<const std::vector<gd::SeriesPoint>*>& all,
                                    bool positive) {
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const auto* series : all) {
        for (const gd::SeriesPoint& p : *series) {
            if (!std::isfinite(p.value) || (positive && !(p.value > 0.0))) continue;
            low = std::min(low, p.value);
            high = std::max(high, p.value);
        }
    }
    if (low > high) return std::nullopt;
    // QCustomPlot refuses ranges past ±1e250 and keeps the old one: clamp, and values beyond
    // run off the top or bottom.
    const double limit = QCPRange::maxRange * 0.25;
    return QCPRange(std::clamp(low, -limit, limit), std::clamp(high, -limit, limit));
}

}  // namespace

ConvergencePlot::ConvergencePlot(QWidget* parent)
    : QCustomPlot(parent),
      cursor_(nullptr),
      cursor_layer_(nullptr),
      zoom_refill_(new QTimer(this)) {
    setAutoAddPlottableToLegend(false);
    xAxis->setLabel(QStringLiteral("step k"));
    // Steps are whole numbers: ticks at 1, 2, 5, 10, … multiples, never at 2.5.
    auto steps = QSharedPointer<QCPAxisTickerFixed>::create();
    steps->setTickStep(1.0);
    steps->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(steps);
    yAxis2->setVisible(true);
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
    for (auto*& line : minimum_lines_) {
        line = new QCPItemStraightLine(this);
        line->setLayer(QStringLiteral("grid"));
        line->setSelectable(false);
        line->setVisible(false);
    }
    zoom_refill_->setSingleShot(true);
    zoom_refill_->setInterval(kZoomRefillMs);
    connect(zoom_refill_, &QTimer::timeout, this, &ConvergencePlot::refillVisible);
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange& range) {
                // Steps start at 0: a zoom out or a pan to the left stops there (the wheel
                // took the axis to negative k).
                if (range.lower < 0.0) {
                    xAxis->setRange(0.0, range.size());  // comes back here with lower 0
                    return;
                }
                if (!filling_) zoom_refill_->start();
            });
    setStyle(PlotStyle{});
    setView(ConvergenceView::values);
    setStep(0);
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        for (QCPAxis* axis : {xAxis, yAxis, yAxis2})
            fit_tick_count(axis);
    });
}

void ConvergencePlot::resizeEvent(QResizeEvent* event) {
    // Presentation mode hides this plot, and its splitter shrinks it to nothing: there is
    // nothing to draw until it comes back.
    if (event->size().isEmpty()) return;
    QCustomPlot::resizeEvent(event);
}

void ConvergencePlot::mousePressEvent(QMouseEvent* event) {
    press_ = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void ConvergencePlot::mouseReleaseEvent(QMouseEvent* event) {
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton ||
        (event->pos() - press_).manhattanLength() > kClickSlackPx ||
        !axisRect()->rect().contains(event->pos()))
        return;
    const double k = std::round(xAxis->pixelToCoord(event->pos().x()));
    emit stepPicked(static_cast<int>(std::clamp(k, 0.0, static_cast<double>(longest_))));
}

void ConvergencePlot::setStyle(const PlotStyle& style) {
    style_ = style;
    style_plot(this, style, 10.0, 9.0);
    yAxis2->setVisible(view_ == ConvergenceView::values);
    cursor_->setPen(QPen(theme_colours(style.theme).cursor, 1.5 * style.line_scale, Qt::DotLine));
    for (auto* line : minimum_lines_)
        line->setPen(QPen(theme_colours(style.theme).axis, 1.2 * style.line_scale, Qt::DotLine));
    setPens();
    replot(QCustomPlot::rpQueuedReplot);
}

void ConvergencePlot::setPens() {
    const double s = style_.line_scale;
    // A dot per step while the steps are at least 8 pixels apart: a zig-zag of a few steps
    // then shows each step, not only the turning line.
    const double visible_steps = xAxis->range().size();
    const bool dots = visible_steps > 0 && visible_steps * 8.0 <= axisRect()->width();
    for (std::size_t i = 0; i < colours_.size() && 2 * i + 1 < std::size_t(graphCount()); ++i) {
        // Darker than on the descent plot: these lines lie on white (or near black) paper.
        const QColor c =
            style_.theme == Theme::dark ? colours_[i].lighter(110) : colours_[i].darker(115);
        QCPGraph* solid = graph(2 * static_cast<int>(i));
        QCPGraph* dashed = graph(2 * static_cast<int>(i) + 1);
        solid->setPen(QPen(c, 2.0 * s));
        // Long dashes and hollow rings: with a filled dot every 8 pixels the dashes of the
        // second line vanished between its dots, and it read as a second solid line.
        QPen dash(c, 1.5 * s);
        dash.setDashPattern({5.0, 3.0});
        dashed->setPen(dash);
        solid->setScatterStyle(dots ? QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, 4.5 * s)
                                    : QCPScatterStyle());
        dashed->setScatterStyle(dots ? QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c, 1.2 * s),
                                                       Qt::NoBrush, 5.0 * s)
                                     : QCPScatterStyle());
    }
}

void ConvergencePlot::setView(ConvergenceView view) {
    view_ = view;
    const bool values = view == ConvergenceView::values;
    yAxis->setLabel(values ? QStringLiteral("f(xₖ) —") : QStringLiteral("xₖ —   yₖ - - -"));
    yAxis2->setLabel(QStringLiteral("|∇f(xₖ)| - - -"));
    yAxis2->setVisible(values);
    setToolTip(values ? QStringLiteral("f (solid) and |∇f| (dashed) at every step; the dotted "
                                       "line is the current step. Click to go to a step.")
                      : QStringLiteral("The coordinates x (solid) and y (dashed) at every step; "
                                       "dotted lines: the known minimum's. Click to go to a "
                                       "step."));
    for (auto* line : minimum_lines_)
        line->setVisible(!values && minimum_.has_value());
    fitStepAxis();
    fitValueAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void ConvergencePlot::setMinimum(const std::optional<Eigen::Vector2d>& minimum) {
    minimum_ = minimum;
    for (int i = 0; i < 2; ++i) {
        QCPItemStraightLine* line = minimum_lines_[static_cast<std::size_t>(i)];
        const double v = minimum ? (*minimum)[i] : 0.0;
        line->point1->setCoords(0.0, v);
        line->point2->setCoords(1.0, v);
        line->setVisible(view_ == ConvergenceView::coordinates && minimum.has_value());
    }
    if (view_ == ConvergenceView::coordinates) {
        fitValueAxes();
        replot(QCustomPlot::rpQueuedReplot);
    }
}

void ConvergencePlot::setSeries(const std::vector<ConvergenceSeries>& series) {
    // A run's reduced series are kept while its trace is the same: a run's trace arriving
    // leaves the others' (possibly a million points each) alone.
    colours_.clear();
    for (const ConvergenceSeries& s : series)
        colours_.push_back(s.colour);
    const int wanted = 2 * static_cast<int>(series.size());
    while (graphCount() > wanted)
        removeGraph(graphCount() - 1);
    while (graphCount() < wanted)
        addGraph(xAxis, yAxis);
    reduced_.resize(series.size());
    longest_ = last_step_of_longest(series, 1);
    for (std::size_t i = 0; i < series.size(); ++i) {
        const ConvergenceSeries& s = series[i];
        graph(2 * static_cast<int>(i))->setName(s.label);
        Reduced& r = reduced_[i];
        if (r.trace == s.trace && r.series) continue;
        r.trace = s.trace;
        if (s.reduced) {
            r.series = s.reduced;
        } else {
            r.series = std::make_shared<const gd::ReducedTrace>(
                s.trace ? gd::reduce_trace(*s.trace, kBuckets) : gd::ReducedTrace{});
        }
    }
    setPens();
    fitStepAxis();
    fitValueAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void ConvergencePlot::setActiveSeries(int index) {
    if (index == active_) return;
    active_ = index;
    fitStepAxis();
    replot(QCustomPlot::rpQueuedReplot);
}

void ConvergencePlot::fitStepAxis() {
    int last = longest_;
    if (view_ == ConvergenceView::coordinates && active_ >= 0 &&
        active_ < static_cast<int>(reduced_.size()) &&
        reduced_[static_cast<std::size_t>(active_)].trace) {
        const auto& trace = *reduced_[static_cast<std::size_t>(active_)].trace;
        last = std::max(static_cast<int>(trace.points.size()) - 1, kMinCoordinateSteps);
    }
    filling_ = true;
    xAxis->setRange(0, last);
    filling_ = false;
    zoom_refill_->stop();
    fillGraphs();
}

void ConvergencePlot::fillGraphs() {
    const std::size_t first_series = view_ == ConvergenceView::values ? 0 : 2;
    const double lower = std::max(0.0, std::floor(xAxis->range().lower));
    const double upper = std::ceil(xAxis->range().upper);
    const auto buckets =
        static_cast<std::size_t>(std::max(axisRect()->width(), kMinVisibleBuckets));
    std::vector<gd::SeriesPoint> visible;
    for (std::size_t i = 0; i < reduced_.size(); ++i) {
        const Reduced& r = reduced_[i];
        for (std::size_t j = 0; j < 2; ++j) {
            QCPGraph* g = graph(static_cast<int>(2 * i + j));
            g->setValueAxis(view_ == ConvergenceView::values && j == 1 ? yAxis2 : yAxis);
            const std::size_t which = first_series + j;
            if (!r.trace || r.trace->points.empty()) {
                g->data()->clear();
                continue;
            }
            const std::size_t n = r.trace->points.size();
            const double first = std::min(lower, static_cast<double>(n - 1));
            const double last = std::min(upper, static_cast<double>(n - 1));
            // Zoomed in on a long run: reduce again, over the steps in view only (and one
            // beyond each side, so the line reaches the edges).
            if (last - first + 1 < 0.5 * static_cast<double>(n) && n > 4 * buckets) {
                const auto a = static_cast<std::size_t>(std::max(0.0, first - 1));
                const auto b = std::min(n - 1, static_cast<std::size_t>(last) + 1);
                visible.clear();
                gd::reduce_series(*r.trace, static_cast<gd::TraceSeries>(which), a, b, buckets,
                                  visible);
                set_graph(g, visible);
            } else {
                set_graph(g, r.series->series[which]);
            }
        }
    }
    setPens();
}

void ConvergencePlot::refillVisible() {
    fillGraphs();
    replot(QCustomPlot::rpQueuedReplot);
}

void ConvergencePlot::fitValueAxes() {
    std::vector<const std::vector<gd::SeriesPoint>*> evens;
    std::vector<const std::vector<gd::SeriesPoint>*> odds;
    const std::size_t first = view_ == ConvergenceView::values ? 0 : 2;
    for (const Reduced& r : reduced_) {
        evens.push_back(&r.series->series[first]);
        odds.push_back(&r.series->series[first + 1]);
    }
    if (view_ == ConvergenceView::coordinates) {
        use_log_axis(yAxis, false);
        f_log_ = false;
        std::vector<gd::SeriesPoint> reference;
        if (minimum_) reference = {{0.0, minimum_->x()}, {0.0, minimum_->y()}};
        evens.insert(evens.end(), odds.begin(), odds.end());
        evens.push_back(&reference);
        if (const auto r = value_range(evens, false)) {
            const double pad =
                std::max(r->size() * 0.06, 1e-12 * std::max(1.0, std::abs(r->upper)));
            yAxis->setRange(r->lower - pad, r->upper + pad);
        } else {
            yAxis->setRange(-1, 1);
        }
        return;
    }
    // f on a log axis when every finite value is positive (the reduced series keep each run's
    // smallest value, so this is exact).
    bool all_positive = true;
    for (const auto* series : evens) {
        for (const gd::SeriesPoint& p : *series)
            all_positive = all_positive && !(std::isfinite(p.value) && p.value <= 0.0);
    }
    f_log_ = all_positive;
    use_log_axis(yAxis, f_log_);
    // No finite value (a run that diverged at its start): a neutral range, not the last
    // objective's.
    if (const auto r = value_range(evens, f_log_)) {
        const double pad = f_log_ ? 0.0 : std::max(r->size() * 0.05, 1e-12);
        yAxis->setRange(f_log_ ? r->lower / 2 : r->lower - pad,
                        f_log_ ? r->upper * 2 : r->upper + pad);
    } else {
        yAxis->setRange(f_log_ ? QCPRange(0.1, 10) : QCPRange(-1, 1));
    }
    if (const auto r = value_range(odds, true)) {
        yAxis2->setRange(r->lower / 2, r->upper * 2);
    } else {
        yAxis2->setRange(0.1, 10);
    }
}

int ConvergencePlot::drawnPointCount() const {
    int total = 0;
    for (int i = 0; i < graphCount(); ++i)
        total += graph(i)->dataCount();
    return total;
}

void ConvergencePlot::setStep(int k) {
    cursor_->point1->setCoords(k, 0.0);
    cursor_->point2->setCoords(k, 1.0);
    if (!size().isEmpty()) cursor_layer_->replot();  // hidden in presentation mode
}

}  // namespace gdlab
