#include "gui/plot/run_path.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

#include "gui/plot/palette.hpp"
#include "gui/plot/plot_constants.hpp"

namespace gdlab {

namespace {

constexpr double kMinGapPixels = 1.5;
// The lines: the selected run's is wider; each has a white halo, so that it reads on any colour.
constexpr double kActiveWidthPixels = 2.5;
constexpr double kWidthPixels = 1.8;
constexpr double kHaloPixels = 2.5;  // wider than its line
// Each iterate's dot, and the white disc beneath it: where iterates lie closer than a dot, the
// dots make the path this wide.
constexpr double kActiveDotPixels = 6.0;
constexpr double kDotPixels = 5.0;
constexpr double kActiveHaloDotPixels = 8.0;
constexpr double kHaloDotPixels = 6.5;
constexpr double kDotSpacing = 1.5;  // dots' widths from one drawn dot to the next, at least
// A casing at depth d (d runs above) is the widest a path above it can be drawn (its halo's
// dots) plus d times this: a band of half this on each side of what is drawn above it, in the
// run's own colour. A current point under another grows by twice as much, a ring around it.
constexpr double kCasingStepPixels = 5.0;

void drop_trailing_gaps(QCPCurveDataContainer& d) {
    while (!d.isEmpty() && std::isnan((d.constEnd() - 1)->key)) {
        d.removeAfter((d.constEnd() - 1)->t - 0.25);
    }
}

// QCPLayerable::moveToLayer is protected; appending is how a plottable goes above the others
// on its layer.
template <class Plottable>
class Stacked : public Plottable {
  public:
    using Plottable::Plottable;
    void bringToFront() { this->moveToLayer(this->layer(), false); }
};

class PathCurve : public Stacked<QCPCurve> {
  public:
    using Stacked<QCPCurve>::Stacked;

    // Dots nearer than this to the last one drawn are left out: where iterates bunch (thousands
    // along a valley's floor) their dots would merge into a band wider than the path, and a
    // string of beads still says the iterates are dense. The halo and its line take the same
    // spacing, so each drawn dot keeps its disc.
    void setDotSpacing(double pixels) { dot_spacing_ = pixels; }

  protected:
    // A dot for each iterate only: the breaks between pieces (NaN, at fractional t) have none.
    void drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& /*points*/,
                         const QCPScatterStyle& style) const override {
        applyScattersAntialiasingHint(painter);
        style.applyTo(painter, mPen);
        const QRectF area = clipRect().adjusted(-20, -20, 20, 20);
        std::optional<QPointF> last;
        for (auto it = mDataContainer->constBegin(); it != mDataContainer->constEnd(); ++it) {
            if (it->t != std::floor(it->t) || std::isnan(it->key) || std::isnan(it->value))
                continue;
            const QPointF at = coordsToPixels(it->key, it->value);
            if (!area.contains(at)) continue;
            if (last && QLineF(*last, at).length() < dot_spacing_) continue;
            style.drawShape(painter, at);
            last = at;
        }
    }

  private:
    double dot_spacing_ = 0.0;
};

}  // namespace

RunPath::Pair RunPath::makePair(QCPLayer* layer, const QSharedPointer<QCPCurveDataContainer>& d) {
    auto* halo = new PathCurve(plot_->xAxis, plot_->yAxis);
    auto* line = new PathCurve(plot_->xAxis, plot_->yAxis);
    Pair pair{halo, line};
    for (PathCurve* curve : {halo, line}) {  // the halo beneath its line
        curve->setLayer(layer);
        curve->bringToFront();
        curve->setSelectable(QCP::stNone);
        curve->removeFromLegend();
        curve->setAntialiased(true);
        curve->setAntialiasedScatters(true);
        curve->setData(d);
    }
    return pair;
}

RunPath::RunPath(QCustomPlot* plot, QCPLayer* trail_layer, QCPLayer* layer, const QColor& colour,
                 QCPScatterStyle::ScatterShape marker)
    : plot_(plot),
      colour_(colour),
      marker_(marker),
      settled_(new QCPCurveDataContainer),
      recent_(new QCPCurveDataContainer),
      casing_(new PathCurve(plot->xAxis, plot->yAxis)),
      trail_(makePair(trail_layer, settled_)),
      tail_(makePair(layer, recent_)),
      head_(new Stacked<QCPGraph>(plot->xAxis, plot->yAxis)),
      arrow_(new QCPItemLine(plot)) {
    casing_->setLayer(trail_layer);
    casing_->setSelectable(QCP::stNone);
    casing_->removeFromLegend();
    casing_->setAntialiased(true);
    casing_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
    head_->setLayer(layer);
    head_->setSelectable(QCP::stNone);
    head_->removeFromLegend();
    head_->setLineStyle(QCPGraph::lsNone);
    arrow_->setLayer(layer);
    arrow_->setSelectable(false);
    arrow_->setVisible(false);
    setEmphasis(true);
}

RunPath::~RunPath() {
    for (QCPCurve* c : {casing_, trail_.halo, trail_.line, tail_.halo, tail_.line})
        plot_->removePlottable(c);
    plot_->removePlottable(head_);
    plot_->removeItem(arrow_);
}

void RunPath::setEmphasis(bool active) {
    active_ = active;
    const double s = line_scale_;
    const double width = (active ? kActiveWidthPixels : kWidthPixels) * s;
    for (const Pair& p : {trail_, tail_}) {
        for (QCPCurve* curve : {p.halo, p.line})  // both made by makePair
            static_cast<PathCurve*>(curve)->setDotSpacing(kDotSpacing * kDotPixels * s);
        p.halo->setPen(QPen(QColor(255, 255, 255, 170), width + kHaloPixels * s, Qt::SolidLine,
                            Qt::RoundCap, Qt::RoundJoin));
        p.halo->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(255, 255, 255, 170),
                            (active ? kActiveHaloDotPixels : kHaloDotPixels) * s));
        p.line->setPen(QPen(colour_, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        // Filled shapes: the pen draws the outline and the brush fills it.
        p.line->setScatterStyle(QCPScatterStyle(marker_, colour_, colour_,
                                                (active ? kActiveDotPixels : kDotPixels) * s));
    }
    casing_->setPen(
        QPen(colour_, casingWidth(depth_, s), Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    // A current point under others' is larger, a ring around theirs (the first 20 steps of
    // demo 11, every run at the minimum at the end).
    head_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 2.5 * s), QBrush(colour_),
                        ((active ? 13.0 : 11.0) + head_rings_ * 2.0 * kCasingStepPixels) * s));
    QPen arrow_pen(Qt::white, 2.5 * s);
    arrow_pen.setCapStyle(Qt::RoundCap);
    arrow_->setPen(arrow_pen);
    arrow_->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 12 * s, 14 * s));
    trail_changed_ = true;
}

double RunPath::casingWidth(int depth, double line_scale) {
    return (kActiveHaloDotPixels + depth * kCasingStepPixels) * line_scale;
}

double RunPath::dotReach(double line_scale) {
    // A line beside it within a pixel or two more is hidden by it all the same.
    return (kActiveHaloDotPixels / 2.0 + 2.0) * line_scale;
}

void RunPath::setLineScale(double scale) {
    if (scale == line_scale_) return;
    line_scale_ = scale;
    setEmphasis(active_);
}

void RunPath::setLabel(const QString& label) {
    trail_.line->setName(label);
    if (label.isEmpty()) {
        trail_.line->removeFromLegend();
    } else {
        trail_.line->addToLegend();  // false when it is there already: the new name suffices
    }
}

bool RunPath::takeTrailChanged() {
    return std::exchange(trail_changed_, false);
}

void RunPath::setTrace(std::shared_ptr<const gd::Trace> trace) {
    // Selecting a run or editing another one hands every path its trace again; redrawing an
    // unchanged (possibly million-point) path would be wasted work.
    if (trace == trace_) return;
    trace_ = std::move(trace);
    gap_scale_ = 1.0;
    const int k = shown_;
    clear();
    showUpTo(std::max(k, 0));
}

Eigen::Vector2d RunPath::pixelGap() const {
    const QCPAxis* x = plot_->xAxis;
    const QCPAxis* y = plot_->yAxis;
    return {kMinGapPixels * x->range().size() / std::max(x->axisRect()->width(), 1),
            kMinGapPixels * y->range().size() / std::max(y->axisRect()->height(), 1)};
}

void RunPath::rebuildIfScaleChanged() {
    if ((pixelGap() * gap_scale_).isApprox(min_gap_, 1e-6)) return;
    gap_scale_ = 1.0;  // a new scale starts again at a pixel and a half
    const int k = shown_;
    clear();
    showUpTo(std::max(k, 0));
}

void RunPath::bringToFront() {
    for (QCPCurve* c : {casing_, trail_.halo, trail_.line, tail_.halo, tail_.line})
        static_cast<PathCurve*>(c)->bringToFront();
    static_cast<Stacked<QCPGraph>*>(head_)->bringToFront();
    trail_changed_ = true;
}

void RunPath::setColourSlot(int slot) {
    if (colour_ == run_colour(slot) && marker_ == run_marker(slot)) return;
    colour_ = run_colour(slot);
    marker_ = run_marker(slot);
    setEmphasis(active_);
}

void RunPath::setHeadRings(int rings) {
    if (rings == head_rings_) return;
    head_rings_ = rings;
    setEmphasis(active_);
}

std::optional<Eigen::Vector2d> RunPath::headPoint() const {
    if (head_->data()->isEmpty()) return std::nullopt;
    const auto p = head_->data()->constBegin();
    return Eigen::Vector2d(p->key, p->value);
}

void RunPath::setCasing(const std::vector<Eigen::Vector2d>& stretches, int depth) {
    QVector<double> t;
    QVector<double> xs;
    QVector<double> ys;
    for (const Eigen::Vector2d& p : stretches) {
        t << static_cast<double>(t.size());
        xs << p.x();
        ys << p.y();
    }
    casing_->setData(t, xs, ys, true);
    if (depth != depth_) {
        depth_ = depth;
        setEmphasis(active_);
    }
    trail_changed_ = true;
}

void RunPath::clear() {
    shown_ = -1;
    settled_->clear();
    recent_->clear();
    beyond_ = false;
    trail_changed_ = true;
}

void RunPath::setArrowVisible(bool visible) {
    arrow_visible_ = visible;
    updateHead();
}

std::vector<std::pair<double, Eigen::Vector2d>> RunPath::drawnLine() const {
    std::vector<std::pair<double, Eigen::Vector2d>> line;
    for (const QCPCurveDataContainer* d : {settled_.data(), recent_.data()}) {
        for (auto it = d->constBegin(); it != d->constEnd(); ++it) {
            if (line.empty() || it->t > line.back().first)
                line.emplace_back(it->t, Eigen::Vector2d(it->key, it->value));
        }
    }
    return line;
}

int RunPath::drawnPointCount() const {
    // Iterates only, not the breaks between pieces; the tail's first point repeats the
    // trail's last one.
    const auto iterates = [](const QCPCurveDataContainer& d) {
        return static_cast<int>(
            std::count_if(d.constBegin(), d.constEnd(),
                          [](const QCPCurveData& p) { return p.t == std::floor(p.t); }));
    };
    return iterates(*settled_) + iterates(*recent_) -
           (settled_->isEmpty() || recent_->isEmpty() ? 0 : 1);
}

bool RunPath::farEnough(const Eigen::Vector2d& p) const {
    return std::abs(p.x() - last_drawn_.x()) >= min_gap_.x() ||
           std::abs(p.y() - last_drawn_.y()) >= min_gap_.y();
}

bool RunPath::inFarBox(const Eigen::Vector2d& p) const {
    return p.x() >= far_box_.x_min && p.x() <= far_box_.x_max && p.y() >= far_box_.y_min &&
           p.y() <= far_box_.y_max;
}

void RunPath::add(double t, const Eigen::Vector2d& p) {
    recent_->add(QCPCurveData(t, p.x(), p.y()));
    if (!std::isnan(p.x())) last_drawn_ = p;
    if (recent_->size() > kRecentPoints) handOver();
}

void RunPath::settle() {
    if (recent_->size() > 1) handOver();
}

// Moves the tail to the trail, keeping its last point as the new tail's first so that the
// line stays joined.
void RunPath::handOver() {
    for (auto it = recent_->constBegin(); it != recent_->constEnd(); ++it) {
        // The tail's first point is the trail's last already.
        if (settled_->isEmpty() || it->t > (settled_->constEnd() - 1)->t) settled_->add(*it);
    }
    const double last = (recent_->constEnd() - 1)->t;
    recent_->removeBefore(last);
    trail_changed_ = true;
}

void RunPath::append(int k) {
    const Eigen::Vector2d& p = trace_->points[static_cast<std::size_t>(k)].x;
    if (!inFarBox(p)) {
        if (beyond_ || k == 0) return;
        // Shorten the segment from the last point drawn so that it ends on the box's edge.
        const Eigen::Vector2d d = p - last_drawn_;
        double t = 1.0;
        if (d.x() != 0.0) {
            t = std::min(t,
                         ((d.x() > 0 ? far_box_.x_max : far_box_.x_min) - last_drawn_.x()) / d.x());
        }
        if (d.y() != 0.0) {
            t = std::min(t,
                         ((d.y() > 0 ? far_box_.y_max : far_box_.y_min) - last_drawn_.y()) / d.y());
        }
        add(k, last_drawn_ + std::max(t, 0.0) * d);
        beyond_ = true;
        return;
    }
    if (beyond_) {
        // Back from far away: start a new piece (a line in between would mislead).
        beyond_ = false;
        add(k - 0.5, {kNaN, kNaN});
    }
    if (k == 0 || farEnough(p)) {
        add(k, p);
    }
}

void RunPath::stepBackTo(int k) {
    recent_->removeAfter(k);
    drop_trailing_gaps(*recent_);
    if (recent_->isEmpty() && !settled_->isEmpty()) {
        // Back past the tail: take the trail's end as the new tail.
        settled_->removeAfter(k);
        drop_trailing_gaps(*settled_);
        trail_changed_ = true;
        if (!settled_->isEmpty()) recent_->add(*(settled_->constEnd() - 1));
    }
    if (!recent_->isEmpty()) {
        const auto last = recent_->constEnd() - 1;
        last_drawn_ = {last->key, last->value};
    }
    beyond_ = !inFarBox(trace_->points[static_cast<std::size_t>(k)].x);
    shown_ = k;
}

void RunPath::showUpTo(int k) {
    if (!trace_ || trace_->points.empty()) {
        clear();
        updateHead();
        return;
    }
    k = std::clamp(k, 0, static_cast<int>(trace_->points.size()) - 1);
    if (shown_ < 0) {
        min_gap_ = pixelGap() * gap_scale_;
        const QCPRange xr = plot_->xAxis->range();
        const QCPRange yr = plot_->yAxis->range();
        far_box_ = {xr.lower - kFarBoxGrowth * xr.size(), xr.upper + kFarBoxGrowth * xr.size(),
                    yr.lower - kFarBoxGrowth * yr.size(), yr.upper + kFarBoxGrowth * yr.size()};
        beyond_ = false;
    }
    if (k < shown_) stepBackTo(k);
    // Most iterates of a long run fall within a pixel and a half of the last one drawn: those
    // are skipped in a tight loop (what append would do with them, without its bookkeeping),
    // so a million-step path is built in a few milliseconds.
    const auto& points = trace_->points;
    for (int i = shown_ + 1; i <= k; ++i) {
        const Eigen::Vector2d& p = points[static_cast<std::size_t>(i)].x;
        if (i > 0 && !beyond_ && std::abs(p.x() - last_drawn_.x()) < min_gap_.x() &&
            std::abs(p.y() - last_drawn_.y()) < min_gap_.y() && p.x() >= far_box_.x_min &&
            p.x() <= far_box_.x_max && p.y() >= far_box_.y_min && p.y() <= far_box_.y_max)
            continue;
        append(i);
        // A run that wanders over the whole view (a chaotic million steps) moves more than a
        // pixel and a half at almost every step: drawn so, it took minutes to paint. Past the
        // budget the gap doubles and the path is built again, as often as needed (at most
        // about log2 of the view's size in pixels times).
        if (settled_->size() + recent_->size() > kMaxDrawnPoints) {
            gap_scale_ *= 2.0;
            clear();
            min_gap_ = pixelGap() * gap_scale_;
            i = -1;  // the loop starts again at iterate 0
            beyond_ = false;
        }
    }
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
    // The update the optimizer applied here, as the run recorded it (NaN where there was none).
    const Eigen::Vector2d& step = p.step;
    if (!inFarBox(p.x)) {
        // Far outside the view (a diverging run): QCustomPlot would draw nonsense lines for
        // coordinates this large, and there is nothing to see.
        head_->data()->clear();
        arrow_->setVisible(false);
        return;
    }
    head_->setData({p.x.x()}, {p.x.y()}, true);
    if (!step.allFinite() || !inFarBox(p.x + step)) {
        arrow_->setVisible(false);
        return;
    }
    arrow_->start->setCoords(p.x.x(), p.x.y());
    arrow_->end->setCoords(p.x.x() + step.x(), p.x.y() + step.y());
    // An arrow shorter than its own head says nothing; near a minimum the head marker suffices.
    const QPointF tail(plot_->xAxis->coordToPixel(p.x.x()), plot_->yAxis->coordToPixel(p.x.y()));
    const QPointF tip(plot_->xAxis->coordToPixel(p.x.x() + step.x()),
                      plot_->yAxis->coordToPixel(p.x.y() + step.y()));
    arrow_->setVisible(arrow_visible_ && step.allFinite() && QLineF(tail, tip).length() > 16.0);
}

}  // namespace gdlab
