#include "gui/run_path.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gdlab {

namespace {

constexpr double kMinGapPixels = 1.5;

QCPCurve* make_curve(QCustomPlot* plot, QCPLayer* layer) {
    auto* curve = new QCPCurve(plot->xAxis, plot->yAxis);
    curve->setLayer(layer);
    curve->setSelectable(QCP::stNone);
    curve->removeFromLegend();
    curve->setAntialiased(true);
    curve->setAntialiasedScatters(true);
    return curve;
}

}  // namespace

RunPath::RunPath(QCustomPlot* plot, QCPLayer* layer, const QColor& colour)
    : plot_(plot),
      colour_(colour),
      data_(new QCPCurveDataContainer),
      halo_(make_curve(plot, layer)),
      line_(make_curve(plot, layer)),
      head_(new QCPGraph(plot->xAxis, plot->yAxis)),
      arrow_(new QCPItemLine(plot)) {
    halo_->setData(data_);  // both curves draw the same shared points
    line_->setData(data_);
    head_->setLayer(layer);
    head_->setSelectable(QCP::stNone);
    head_->removeFromLegend();
    head_->setLineStyle(QCPGraph::lsNone);
    arrow_->setLayer(layer);
    arrow_->setSelectable(false);
    arrow_->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 12, 14));
    arrow_->setVisible(false);
    setEmphasis(true);
}

RunPath::~RunPath() {
    plot_->removePlottable(halo_);
    plot_->removePlottable(line_);
    plot_->removePlottable(head_);
    plot_->removeItem(arrow_);
}

void RunPath::setEmphasis(bool active) {
    const double width = active ? 2.5 : 1.8;
    halo_->setPen(
        QPen(QColor(255, 255, 255, 170), width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    halo_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(255, 255, 255, 170), active ? 8.0 : 6.5));
    line_->setPen(QPen(colour_, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    line_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour_, active ? 5.5 : 4.0));
    head_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 2.5),
                                           QBrush(colour_), active ? 15.0 : 12.0));
    QPen arrow_pen(Qt::white, 2.5);
    arrow_pen.setCapStyle(Qt::RoundCap);
    arrow_->setPen(arrow_pen);
}

void RunPath::setLabel(const QString& label) {
    line_->setName(label);
    if (label.isEmpty()) {
        line_->removeFromLegend();
    } else if (!line_->addToLegend()) {
        // already in the legend: the new name is enough
    }
}

void RunPath::setTrace(std::shared_ptr<const gd::Trace> trace, double learning_rate) {
    trace_ = std::move(trace);
    learning_rate_ = learning_rate;
    const int k = shown_;
    shown_ = -1;
    data_->clear();
    showUpTo(std::max(k, 0));
}

Eigen::Vector2d RunPath::pixelGap() const {
    const QCPAxis* x = plot_->xAxis;
    const QCPAxis* y = plot_->yAxis;
    return {kMinGapPixels * x->range().size() / std::max(x->axisRect()->width(), 1),
            kMinGapPixels * y->range().size() / std::max(y->axisRect()->height(), 1)};
}

void RunPath::rebuildIfScaleChanged() {
    const Eigen::Vector2d gap = pixelGap();
    if (gap.isApprox(min_gap_, 1e-6)) return;
    const int k = shown_;
    shown_ = -1;
    data_->clear();
    showUpTo(std::max(k, 0));
}

void RunPath::setArrowVisible(bool visible) {
    arrow_visible_ = visible;
    updateHead();
}

int RunPath::drawnPointCount() const {
    return data_->size();
}

bool RunPath::farEnough(const Eigen::Vector2d& p) const {
    return std::abs(p.x() - last_drawn_.x()) >= min_gap_.x() ||
           std::abs(p.y() - last_drawn_.y()) >= min_gap_.y();
}

bool RunPath::inFarBox(const Eigen::Vector2d& p) const {
    return p.x() >= far_box_.x_min && p.x() <= far_box_.x_max && p.y() >= far_box_.y_min &&
           p.y() <= far_box_.y_max;
}

void RunPath::append(int k) {
    const Eigen::Vector2d& p = trace_->points[static_cast<std::size_t>(k)].x;
    if (!inFarBox(p)) {
        if (beyond_ || k == 0) return;
        // Shorten the segment from the last point drawn so that it ends on the box's edge.
        const Eigen::Vector2d d = p - last_drawn_;
        double t = 1.0;
        if (d.x() != 0.0)
            t = std::min(t,
                         ((d.x() > 0 ? far_box_.x_max : far_box_.x_min) - last_drawn_.x()) / d.x());
        if (d.y() != 0.0)
            t = std::min(t,
                         ((d.y() > 0 ? far_box_.y_max : far_box_.y_min) - last_drawn_.y()) / d.y());
        const Eigen::Vector2d edge = last_drawn_ + std::max(t, 0.0) * d;
        data_->add(QCPCurveData(k, edge.x(), edge.y()));
        last_drawn_ = edge;
        beyond_ = true;
        return;
    }
    if (beyond_) {
        // Back from far away: start a new piece (the line in between would mislead).
        beyond_ = false;
        data_->add(QCPCurveData(k - 0.5, std::numeric_limits<double>::quiet_NaN(),
                                std::numeric_limits<double>::quiet_NaN()));
    }
    if (k == 0 || farEnough(p)) {
        data_->add(QCPCurveData(k, p.x(), p.y()));
        last_drawn_ = p;
    }
}

void RunPath::showUpTo(int k) {
    if (!trace_ || trace_->points.empty()) {
        shown_ = -1;
        data_->clear();
        updateHead();
        return;
    }
    k = std::clamp(k, 0, static_cast<int>(trace_->points.size()) - 1);
    if (shown_ < 0) {
        min_gap_ = pixelGap();
        const QCPRange xr = plot_->xAxis->range();
        const QCPRange yr = plot_->yAxis->range();
        constexpr double grow = 100.0;
        far_box_ = {xr.lower - grow * xr.size(), xr.upper + grow * xr.size(),
                    yr.lower - grow * yr.size(), yr.upper + grow * yr.size()};
        beyond_ = false;
    }
    if (k < shown_) {
        // Stepping back: drop what lies beyond k; the last point left is the last one drawn.
        data_->removeAfter(k);
        while (!data_->isEmpty() && std::isnan((data_->constEnd() - 1)->key)) {
            data_->removeAfter((data_->constEnd() - 1)->t - 0.25);
        }
        if (!data_->isEmpty()) {
            const auto last = data_->constEnd() - 1;
            last_drawn_ = {last->key, last->value};
        }
        beyond_ = !inFarBox(trace_->points[static_cast<std::size_t>(k)].x);
        shown_ = k;
    }
    for (int i = shown_ + 1; i <= k; ++i)
        append(i);
    shown_ = k;
    updateHead();
}

void RunPath::updateHead() {
    if (!trace_ || shown_ < 0) {
        head_->data()->clear();
        arrow_->setVisible(false);
        return;
    }
    const gd::TracePoint& p = trace_->points[static_cast<std::size_t>(shown_)];
    head_->setData({p.x.x()}, {p.x.y()}, true);
    const Eigen::Vector2d step = -learning_rate_ * p.gradient;
    arrow_->start->setCoords(p.x.x(), p.x.y());
    arrow_->end->setCoords(p.x.x() + step.x(), p.x.y() + step.y());
    // An arrow shorter than its own head says nothing; near a minimum the head marker suffices.
    const QPointF tail(plot_->xAxis->coordToPixel(p.x.x()), plot_->yAxis->coordToPixel(p.x.y()));
    const QPointF tip(plot_->xAxis->coordToPixel(p.x.x() + step.x()),
                      plot_->yAxis->coordToPixel(p.x.y() + step.y()));
    arrow_->setVisible(arrow_visible_ && step.allFinite() && QLineF(tail, tip).length() > 16.0);
}

}  // namespace gdlab
