#include "gui/plot/step_inset.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "gui/text/display_text.hpp"

namespace gdlab {

namespace {

// The inset's side: a third of the plot's shorter side, within these bounds (before the style's
// font scale), so that it reads on a projector and leaves the plot the most of its area.
constexpr double kSideShare = 0.34;
constexpr double kMinSidePixels = 120.0;
constexpr double kMaxSidePixels = 300.0;
constexpr int kMarginPixels = 8;    // from the plot's edges
constexpr double kFillShare = 0.7;  // of the side the step and its parts span
constexpr double kCaptionPoints = 10.0;
constexpr double kPointPixels = 11.0;

// 1, 2 or 5 times a power of ten, the largest not above v.
double round_length(double v) {
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    for (const double m : {5.0, 2.0, 1.0}) {
        if (m * decade <= v) return m * decade;
    }
    return decade;
}

QString magnified(double factor) {
    // Two significant digits: ×40, ×1.5, ×1200.
    const double digits = std::pow(10.0, std::floor(std::log10(factor)) - 1);
    return QStringLiteral("×%1").arg(std::round(factor / digits) * digits, 0, 'g', 6);
}

}  // namespace

StepInset::StepInset(QCustomPlot* plot) : plot_(plot), rect_(new QCPAxisRect(plot, true)) {
    // A buffered layer of its own, above the legend: the inset is repainted with the animation
    // without redrawing the plot under it.
    plot->addLayer(QStringLiteral("step inset"), plot->layer(QStringLiteral("legend")),
                   QCustomPlot::limAbove);
    layer_ = plot->layer(QStringLiteral("step inset"));
    layer_->setMode(QCPLayer::lmBuffered);
    rect_->setLayer(layer_);
    rect_->setAutoMargins(QCP::msNone);
    rect_->setMargins(QMargins(kMarginPixels, kMarginPixels, kMarginPixels, kMarginPixels));
    rect_->setRangeDrag(Qt::Orientations());
    rect_->setRangeZoom(Qt::Orientations());
    for (QCPAxis* axis : rect_->axes()) {
        axis->setLayer(layer_);
        axis->grid()->setLayer(layer_);
        axis->grid()->setVisible(false);
        axis->setTicks(false);
        axis->setTickLabels(false);
        axis->setVisible(true);  // the four together frame the inset
    }
    plot->axisRect()->insetLayout()->addElement(rect_, Qt::AlignBottom | Qt::AlignLeft);
    QCPAxis* x = rect_->axis(QCPAxis::atBottom);
    QCPAxis* y = rect_->axis(QCPAxis::atLeft);
    // The step first, a broad white band beneath its parts (where the velocity makes nearly all
    // of the step, the two would be one arrow); then the parts, the step that led here and the
    // point.
    step_ = new QCPItemLine(plot);
    parts_ = std::make_unique<StepAnatomyOverlay>(plot, rect_, layer_);
    before_ = new QCPCurve(x, y);
    point_ = new QCPGraph(x, y);
    for (QCPAbstractPlottable* p : std::array<QCPAbstractPlottable*, 2>{before_, point_}) {
        p->setLayer(layer_);
        p->setSelectable(QCP::stNone);
        p->removeFromLegend();
    }
    point_->setLineStyle(QCPGraph::lsNone);
    scale_ = new QCPItemLine(plot);
    scale_label_ = new QCPItemText(plot);
    caption_ = new QCPItemText(plot);
    for (QCPAbstractItem* item :
         std::array<QCPAbstractItem*, 4>{step_, scale_, scale_label_, caption_}) {
        item->setLayer(layer_);
        item->setSelectable(false);
        item->setClipAxisRect(rect_);
        item->setClipToAxisRect(true);
        for (QCPItemPosition* position : item->positions())
            position->setAxes(x, y);
    }
    caption_->position->setType(QCPItemPosition::ptAxisRectRatio);
    caption_->position->setAxisRect(rect_);
    caption_->position->setCoords(0.03, 0.03);
    caption_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    scale_label_->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    setStyle(PlotStyle{});
    hide();
}

StepInset::~StepInset() {
    parts_.reset();
    for (QCPAbstractItem* item :
         std::array<QCPAbstractItem*, 4>{step_, scale_, scale_label_, caption_})
        plot_->removeItem(item);
    plot_->removePlottable(before_);
    plot_->removePlottable(point_);
    plot_->axisRect()->insetLayout()->remove(rect_);  // deletes it with its axes
}

void StepInset::setStyle(const PlotStyle& style) {
    style_ = style;
    const double s = style.line_scale;
    // Dark in both themes, as the legend is: the white step and the runs' colours read on it.
    rect_->setBackground(plot_->legend->brush());
    for (QCPAxis* axis : rect_->axes())
        axis->setBasePen(plot_->legend->borderPen());
    const QColor text = plot_->legend->textColor();
    QPen arrow(QColor(255, 255, 255, 80), 6.0 * s);
    arrow.setCapStyle(Qt::FlatCap);
    step_->setPen(arrow);
    step_->setHead(QCPLineEnding(QCPLineEnding::esFlatArrow, 22 * s, 18 * s));
    scale_->setPen(QPen(text, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
    scale_->setHead(QCPLineEnding(QCPLineEnding::esBar, 8 * s));
    scale_->setTail(QCPLineEnding(QCPLineEnding::esBar, 8 * s));
    QFont font = plot_->font();
    font.setPointSizeF(kCaptionPoints * style.font_scale);
    for (QCPItemText* label : {caption_, scale_label_}) {
        label->setFont(font);
        label->setColor(text);
    }
    parts_->setStyle(style);
    relayout();
}

void StepInset::show(const Eigen::Vector2d& x, const std::optional<Eigen::Vector2d>& before,
                     const std::optional<gd::StepAnatomy>& anatomy, const QColor& colour) {
    x_ = x;
    before_point_ = before;
    anatomy_ = anatomy;
    colour_ = colour;
    relayout();
}

void StepInset::hide() {
    anatomy_.reset();
    relayout();
}

QString StepInset::caption() const {
    return shown() ? caption_->text() : QString();
}

QString StepInset::scaleText() const {
    return shown() ? scale_label_->text() : QString();
}

double StepInset::stepArrowPixels() const {
    if (!shown()) return 0.0;
    return QLineF(step_->start->pixelPosition(), step_->end->pixelPosition()).length();
}

void StepInset::relayout() {
    const auto off = [this] {
        rect_->setVisible(false);
        parts_->hide();
        magnification_ = 1.0;
    };
    if (!anatomy_ || !anatomy_->step.allFinite() || !x_.allFinite()) return off();
    const gd::StepAnatomy& a = *anatomy_;
    // Plain descent's step has no parts: its arrow on the plot says all there is.
    if (!a.velocity_step && !a.effective_rate && !a.decay_step && !a.model_centre) return off();
    const Eigen::Vector2d head = x_ + a.step;
    QCPAxis* px = plot_->xAxis;
    QCPAxis* py = plot_->yAxis;
    const QPointF on_plot(px->coordToPixel(head.x()) - px->coordToPixel(x_.x()),
                          py->coordToPixel(head.y()) - py->coordToPixel(x_.y()));
    const double plot_pixels = std::hypot(on_plot.x(), on_plot.y());
    // Long enough on the plot, or too short to draw at all (a converged run's refused step).
    if (!(plot_pixels < kShowBelowPixels) || !(a.step.norm() > 0.0)) return off();

    // What the inset must hold: the step and the parts that make it up.
    std::vector<Eigen::Vector2d> points{x_, head};
    if (a.velocity_step) points.push_back(x_ + *a.velocity_step);
    if (a.look_ahead) points.push_back(*a.look_ahead);
    const Eigen::Vector2d from =
        a.look_ahead ? *a.look_ahead : (a.velocity_step ? x_ + *a.velocity_step : x_);
    points.push_back(from + a.gradient_step);
    if (a.effective_rate && a.scaled_direction) {
        const Eigen::Vector2d half = a.effective_rate->cwiseProduct(a.scaled_direction->cwiseAbs());
        points.push_back(x_ + half);
        points.push_back(x_ - half);
    }
    if (a.decay_step) points.push_back(head - *a.decay_step);
    // Newton's centre only when near: far off, the step alone is what there is to see.
    if (a.model_centre && (*a.model_centre - x_).norm() <= 4.0 * a.step.norm())
        points.push_back(*a.model_centre);
    Eigen::Vector2d lo = points.front();
    Eigen::Vector2d hi = points.front();
    for (const Eigen::Vector2d& p : points) {
        if (!p.allFinite()) continue;
        lo = lo.cwiseMin(p);
        hi = hi.cwiseMax(p);
    }
    const double span = (hi - lo).maxCoeff() / kFillShare;
    if (!(span > 0.0) || !std::isfinite(span)) return off();

    const QRect area = plot_->axisRect()->rect();
    const int pixels = side(area);
    if (pixels < 60) return off();
    rect_->setMinimumSize(pixels, pixels);
    rect_->setMaximumSize(pixels, pixels);
    const Eigen::Vector2d centre = (lo + hi) / 2.0;
    QCPAxis* x = rect_->axis(QCPAxis::atBottom);
    QCPAxis* y = rect_->axis(QCPAxis::atLeft);
    x->setRange(centre.x() - span / 2, centre.x() + span / 2);
    y->setRange(centre.y() - span / 2, centre.y() + span / 2);
    rect_->axis(QCPAxis::atTop)->setRange(x->range());
    rect_->axis(QCPAxis::atRight)->setRange(y->range());
    // Pixels per unit in the inset over those on the plot (their geometric mean, should the
    // plot's axes differ).
    const double plot_scale = std::sqrt(std::abs(area.width() / px->range().size()) *
                                        std::abs(area.height() / py->range().size()));
    magnification_ = (pixels / span) / plot_scale;
    if (!(magnification_ >= 1.5)) return off();  // no larger than on the plot: nothing to add

    QCPLayoutInset* insets = plot_->axisRect()->insetLayout();
    for (int i = 0; i < insets->elementCount(); ++i) {
        if (insets->elementAt(i) == rect_) insets->setInsetAlignment(i, corner_);
    }
    rect_->setVisible(true);
    place();
}

int StepInset::side(const QRect& area) const {
    const double wanted =
        std::clamp(kSideShare * std::min(area.width(), area.height()),
                   kMinSidePixels * style_.font_scale, kMaxSidePixels * style_.font_scale);
    return static_cast<int>(
        std::min<double>(wanted, std::min(area.width(), area.height()) - 2 * kMarginPixels));
}

QRect StepInset::cornerRect(Qt::Alignment corner) const {
    // Aligned in the inset layout's rectangle, the axis rect's less its margins.
    const QRect area = plot_->axisRect()->insetLayout()->rect();
    const int n = side(plot_->axisRect()->rect()) + 2 * kMarginPixels;  // as relayout sizes it
    const int left = corner.testFlag(Qt::AlignLeft)    ? area.left()
                     : corner.testFlag(Qt::AlignRight) ? area.right() - n
                                                       : area.center().x() - n / 2;
    const int top = corner.testFlag(Qt::AlignTop)      ? area.top()
                    : corner.testFlag(Qt::AlignBottom) ? area.bottom() - n
                                                       : area.center().y() - n / 2;
    return {left, top, n, n};
}

bool StepInset::setCorner(Qt::Alignment corner) {
    if (corner == corner_) return false;
    corner_ = corner;
    relayout();
    return true;
}

void StepInset::place() {
    // The inset's pixels are known once it is laid out; the layout is done for it here.
    plot_->axisRect()->insetLayout()->update(QCPLayoutElement::upLayout);
    const double s = style_.line_scale;
    const gd::StepAnatomy& a = *anatomy_;
    const Eigen::Vector2d head = x_ + a.step;
    QVector<double> t;
    QVector<double> xs;
    QVector<double> ys;
    if (before_point_ && before_point_->allFinite()) {
        t << 0 << 1;
        xs << before_point_->x() << x_.x();
        ys << before_point_->y() << x_.y();
    }
    before_->setData(t, xs, ys, true);
    before_->setPen(QPen(colour_, 2.5 * s, Qt::SolidLine, Qt::RoundCap));
    point_->setData({x_.x()}, {x_.y()}, true);
    point_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 2.0 * s),
                                            QBrush(colour_), kPointPixels * s));
    step_->start->setCoords(x_.x(), x_.y());
    step_->end->setCoords(head.x(), head.y());
    parts_->show(x_, anatomy_);
    caption_->setText(QStringLiteral("this step %1").arg(magnified(magnification_)));
    // A bar of a round length along the bottom, at the right.
    QCPAxis* x = rect_->axis(QCPAxis::atBottom);
    QCPAxis* y = rect_->axis(QCPAxis::atLeft);
    scale_length_ = round_length(x->range().size() / 4.0);
    const double right = x->range().upper - 0.06 * x->range().size();
    const double bottom = y->range().lower + 0.07 * y->range().size();
    scale_->start->setCoords(right - scale_length_, bottom);
    scale_->end->setCoords(right, bottom);
    scale_label_->position->setCoords(right - scale_length_ / 2, bottom + 0.02 * y->range().size());
    scale_label_->setText(short_number(scale_length_, 3));
}

}  // namespace gdlab
