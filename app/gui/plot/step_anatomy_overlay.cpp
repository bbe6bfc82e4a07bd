#include "gui/plot/step_anatomy_overlay.hpp"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "gui/plot/label_placement.hpp"
#include "gui/plot/model_contour.hpp"
#include "gui/plot/palette.hpp"
#include "gui/plot/plot_constants.hpp"
#include "gui/plot/segment_clip.hpp"

namespace gdlab {

namespace {

// Parts shorter than this (in pixels) are left out: they would be a speck under the point.
constexpr double kMinPixels = 3.0;
// An arrow needs a little more: under this it would be a lone arrowhead. One from the point
// needs as much as the step arrow (RunPath): its first pixels are under the point's marker.
constexpr double kMinArrowPixels = 6.0;
constexpr double kMinArrowFromPointPixels = 16.0;
// A label only beside a part at least this long, so that it names something one can see.
constexpr double kLabelMinPixels = 40.0;
constexpr double kBoxLabelMinPixels = 110.0;  // "step per coordinate" above a box as wide
constexpr double kLabelGapPixels = 7.0;
constexpr double kAnatomyLabelPoints = 9.5;
constexpr double kMarkPixels = 12.0;  // the look-ahead's circle, the model centre's cross
// Arrow heads, before the line scale: smaller than the step arrow's (12 by 14), so that the
// step stays the arrow that stands out.
constexpr double kHeadWidth = 8.0;
constexpr double kHeadLength = 10.0;
const QColor kHalo(0, 0, 0, 120);

double length(const QPointF& v) {
    return std::hypot(v.x(), v.y());
}

// The part of the segment a-b inside `rect`, or nothing.
std::optional<std::pair<QPointF, QPointF>> clipped(const QPointF& a, const QPointF& b,
                                                   const QRectF& rect) {
    const auto part = clip_segment({a.x(), a.y()}, {b.x(), b.y()}, rect.left(), rect.top(),
                                   rect.right(), rect.bottom());
    if (!part) return std::nullopt;
    return std::pair{QPointF(part->first.x(), part->first.y()),
                     QPointF(part->second.x(), part->second.y())};
}

// A scatter-only graph, not in the legend, for one marked point.
QCPGraph* make_point_graph(QCPAxisRect* rect, QCPLayer* layer) {
    auto* graph = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setLayer(layer);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setSelectable(QCP::stNone);
    graph->removeFromLegend();
    graph->setVisible(false);
    return graph;
}

}  // namespace

StepAnatomyOverlay::StepAnatomyOverlay(QCustomPlot* plot, QCPLayer* layer)
    : StepAnatomyOverlay(plot, plot->axisRect(), layer) {}

StepAnatomyOverlay::StepAnatomyOverlay(QCustomPlot* plot, QCPAxisRect* rect, QCPLayer* layer)
    : plot_(plot),
      rect_(rect),
      x_axis_(rect->axis(QCPAxis::atBottom)),
      y_axis_(rect->axis(QCPAxis::atLeft)),
      layer_(layer),
      velocity_(makeArrow()),
      gradient_(makeArrow()),
      decay_(makeArrow()),
      look_ahead_(makeMark()),
      centre_(makeMark()),
      box_halo_(new QCPItemRect(plot)),
      box_(new QCPItemRect(plot)),
      box_label_(makeLabel()),
      contour_data_(new QCPCurveDataContainer),
      contour_halo_(new QCPCurve(x_axis_, y_axis_)),
      contour_(new QCPCurve(x_axis_, y_axis_)) {
    for (QCPItemRect* box : {box_halo_, box_}) {
        box->setLayer(layer);
        box->setSelectable(false);
        box->setVisible(false);
        bind(*box);
    }
    for (QCPCurve* curve : {contour_halo_, contour_}) {
        curve->setLayer(layer);
        curve->setSelectable(QCP::stNone);
        curve->removeFromLegend();
        curve->setData(contour_data_);
        curve->setVisible(false);
    }
    setStyle(PlotStyle{});
}

StepAnatomyOverlay::~StepAnatomyOverlay() {
    for (const Arrow& a : {velocity_, gradient_, decay_}) {
        plot_->removeItem(a.halo);
        plot_->removeItem(a.line);
        plot_->removeItem(a.label);
    }
    for (const Mark& m : {look_ahead_, centre_}) {
        plot_->removePlottable(m.halo);
        plot_->removePlottable(m.mark);
        plot_->removeItem(m.label);
    }
    plot_->removeItem(box_halo_);
    plot_->removeItem(box_);
    plot_->removeItem(box_label_);
    plot_->removePlottable(contour_halo_);
    plot_->removePlottable(contour_);
}

void StepAnatomyOverlay::bind(QCPAbstractItem& item) const {
    // Items are placed on the plot's first axes unless told otherwise.
    for (QCPItemPosition* position : item.positions())
        position->setAxes(x_axis_, y_axis_);
    item.setClipAxisRect(rect_);
}

QCPItemText* StepAnatomyOverlay::makeLabel() {
    auto* label = new QCPItemText(plot_);
    bind(*label);
    label->setLayer(layer_);
    label->setClipToAxisRect(true);
    label->setSelectable(false);
    label->setPadding(QMargins(3, 0, 3, 1));
    label->setVisible(false);
    return label;
}

StepAnatomyOverlay::Arrow StepAnatomyOverlay::makeArrow() {
    Arrow arrow{new QCPItemLine(plot_), new QCPItemLine(plot_), nullptr};
    for (QCPItemLine* line : {arrow.halo, arrow.line}) {
        bind(*line);
        line->setLayer(layer_);
        line->setSelectable(false);
        line->setVisible(false);
    }
    arrow.label = makeLabel();
    return arrow;
}

StepAnatomyOverlay::Mark StepAnatomyOverlay::makeMark() {
    Mark mark{make_point_graph(rect_, layer_), make_point_graph(rect_, layer_), nullptr};
    mark.label = makeLabel();
    return mark;
}

void StepAnatomyOverlay::styleArrow(Arrow& arrow, const QColor& colour, double width,
                                    Qt::PenStyle dash) {
    const double s = style_.line_scale;
    QPen halo(kHalo, (width + 2.0) * s, Qt::SolidLine, Qt::RoundCap);
    arrow.halo->setPen(halo);
    QPen pen(colour, width * s, dash, Qt::FlatCap);
    arrow.line->setPen(pen);
}

void StepAnatomyOverlay::styleMark(Mark& mark, const QColor& colour,
                                   QCPScatterStyle::ScatterShape shape) {
    const double s = style_.line_scale;
    mark.halo->setScatterStyle(
        QCPScatterStyle(shape, QPen(kHalo, 4.0 * s), Qt::NoBrush, kMarkPixels * s));
    mark.mark->setScatterStyle(
        QCPScatterStyle(shape, QPen(colour, 2.0 * s), Qt::NoBrush, kMarkPixels * s));
}

void StepAnatomyOverlay::setStyle(const PlotStyle& style) {
    style_ = style;
    const QColor accent = anatomy_colour();
    const double s = style.line_scale;
    styleArrow(velocity_, accent, 2.0, Qt::SolidLine);
    styleArrow(gradient_, Qt::white, 1.6, Qt::DashLine);
    styleArrow(decay_, accent, 1.6, Qt::SolidLine);
    styleMark(look_ahead_, accent, QCPScatterStyle::ssCircle);
    styleMark(centre_, accent, QCPScatterStyle::ssCross);
    box_halo_->setPen(QPen(kHalo, 3.5 * s));
    box_->setPen(QPen(accent, 1.5 * s));
    QColor fill = accent;
    fill.setAlpha(40);
    box_->setBrush(QBrush(fill));
    contour_halo_->setPen(QPen(kHalo, 3.8 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    contour_->setPen(QPen(accent, 1.8 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const ThemeColours colours = theme_colours(style.theme);
    QFont font = plot_->font();
    font.setPointSizeF(kAnatomyLabelPoints * style.font_scale);
    for (QCPItemText* label : {velocity_.label, gradient_.label, decay_.label, look_ahead_.label,
                               centre_.label, box_label_}) {
        label->setFont(font);
        label->setColor(colours.text);
        label->setBrush(QBrush(colours.legend_fill));
        label->setPen(Qt::NoPen);
    }
    relayout();
}

QPointF StepAnatomyOverlay::pixel(const Eigen::Vector2d& p) const {
    return {x_axis_->coordToPixel(p.x()), y_axis_->coordToPixel(p.y())};
}

bool StepAnatomyOverlay::nearView(const Eigen::Vector2d& p) const {
    const QCPRange x = x_axis_->range();
    const QCPRange y = y_axis_->range();
    return p.allFinite() && p.x() >= x.lower - kFarBoxGrowth * x.size() &&
           p.x() <= x.upper + kFarBoxGrowth * x.size() &&
           p.y() >= y.lower - kFarBoxGrowth * y.size() &&
           p.y() <= y.upper + kFarBoxGrowth * y.size();
}

void StepAnatomyOverlay::show(const Eigen::Vector2d& x, std::optional<gd::StepAnatomy> anatomy) {
    x_ = x;
    anatomy_ = std::move(anatomy);
    relayout();
}

void StepAnatomyOverlay::hideAll() {
    for (const Arrow& a : {velocity_, gradient_, decay_}) {
        a.halo->setVisible(false);
        a.line->setVisible(false);
        a.label->setVisible(false);
    }
    for (const Mark& m : {look_ahead_, centre_}) {
        m.halo->setVisible(false);
        m.mark->setVisible(false);
        m.label->setVisible(false);
    }
    box_halo_->setVisible(false);
    box_->setVisible(false);
    box_label_->setVisible(false);
    contour_halo_->setVisible(false);
    contour_->setVisible(false);
    contour_data_->clear();
}

void StepAnatomyOverlay::relayout() {
    hideAll();
    if (!anatomy_ || !nearView(x_)) return;
    const gd::StepAnatomy& a = *anatomy_;
    const Eigen::Vector2d head = x_ + a.step;
    bool velocity_shown = false;
    if (a.velocity_step)
        velocity_shown = place(velocity_, x_, x_ + *a.velocity_step, QStringLiteral("velocity"));
    if (a.look_ahead && velocity_shown) place(look_ahead_, *a.look_ahead, QString());
    // The gradient's share, from where the rule adds it: tip to tail after the velocity's share,
    // so that the two visibly add up to the step (for Nesterov that tip is its look-ahead).
    // Not where it is the step arrow itself (plain descent, or the first step of momentum).
    const Eigen::Vector2d from =
        a.look_ahead ? *a.look_ahead : (a.velocity_step ? x_ + *a.velocity_step : x_);
    const Eigen::Vector2d to = from + a.gradient_step;
    const bool retraces = length(pixel(from) - pixel(x_)) < kMinPixels &&
                          length(pixel(to) - pixel(head)) < kMinPixels;
    if (!retraces) place(gradient_, from, to, QStringLiteral("−lr·∇f"));
    if (a.effective_rate && a.scaled_direction)
        placeBox(x_, a.effective_rate->cwiseProduct(a.scaled_direction->cwiseAbs()));
    if (a.decay_step) place(decay_, head - *a.decay_step, head, QStringLiteral("decay"));
    if (a.hessian && a.model_centre) placeContour(*a.hessian, *a.model_centre);
}

bool StepAnatomyOverlay::place(Arrow& arrow, const Eigen::Vector2d& from, const Eigen::Vector2d& to,
                               const QString& text) {
    if (!nearView(from) || !nearView(to)) return false;
    const QPointF a = pixel(from);
    const QPointF b = pixel(to);
    const double pixels = length(b - a);
    const bool from_point = length(a - pixel(x_)) < 1.0;
    if (!(pixels >= (from_point ? kMinArrowFromPointPixels : kMinArrowPixels))) return false;
    const double s = style_.line_scale;
    // A short arrow gets a head in proportion, never longer than half of it.
    const double head_length = std::min(kHeadLength * s, 0.5 * pixels);
    const double head_width = head_length * kHeadWidth / kHeadLength;
    arrow.line->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, head_width, head_length));
    arrow.halo->setHead(
        QCPLineEnding(QCPLineEnding::esSpikeArrow, head_width + 3.0 * s, head_length + 3.0 * s));
    for (QCPItemLine* line : {arrow.halo, arrow.line}) {
        line->start->setCoords(from.x(), from.y());
        line->end->setCoords(to.x(), to.y());
        line->setVisible(true);
    }
    // Beside the middle of what the view shows of the arrow, on the side away from the step's
    // head (the parts and the step make a triangle: the label goes outside it), or away from
    // the point for a part ending at the head.
    const auto shown = clipped(a, b, rect_->rect());
    if (!shown) return true;
    const QPointF mid = (shown->first + shown->second) / 2.0;
    QPointF normal(-(b - a).y() / pixels, (b - a).x() / pixels);
    const auto side = [&](const QPointF& p) {
        return normal.x() * (p.x() - mid.x()) + normal.y() * (p.y() - mid.y());
    };
    const double head_side = side(pixel(x_ + anatomy_->step));
    if ((std::fabs(head_side) > kMinPixels ? head_side : side(pixel(x_))) > 0.0) normal = -normal;
    placeLabel(arrow.label, mid, normal, text, length(shown->second - shown->first),
               kLabelGapPixels);
    return true;
}

bool StepAnatomyOverlay::place(Mark& mark, const Eigen::Vector2d& at, const QString& text) {
    if (!nearView(at)) return false;
    for (QCPGraph* graph : {mark.halo, mark.mark}) {
        graph->setData({at.x()}, {at.y()}, true);
        graph->setVisible(true);
    }
    // Below and to the right of the mark, clear of it.
    placeLabel(mark.label, pixel(at), QPointF(0.6, 0.8), text, kLabelMinPixels,
               kLabelGapPixels + kMarkPixels / 2);
    return true;
}

void StepAnatomyOverlay::placeLabel(QCPItemText* label, const QPointF& at, const QPointF& outward,
                                    const QString& text, double length, double gap) {
    if (text.isEmpty() || length < kLabelMinPixels) return;
    // Aligned so that the text grows away from the part, whichever way `outward` points
    // (pixel y points down).
    Qt::Alignment align = outward.x() > 0.35    ? Qt::AlignLeft
                          : outward.x() < -0.35 ? Qt::AlignRight
                                                : Qt::AlignHCenter;
    align |= outward.y() > 0.35    ? Qt::AlignTop
             : outward.y() < -0.35 ? Qt::AlignBottom
                                   : Qt::AlignVCenter;
    const QPointF spot = at + outward * (gap * style_.line_scale);
    // The label's box, moved inside the rectangle drawn in where it would cross its edge: in
    // the small step inset of a 1024 × 768 screen "velocity" lost its first letters.
    const QFontMetricsF metrics(label->font());
    const QMargins pad = label->padding();
    const QSizeF size(metrics.horizontalAdvance(text) + pad.left() + pad.right(),
                      metrics.height() + pad.top() + pad.bottom());
    const QPointF top_left(align & Qt::AlignLeft    ? spot.x()
                           : align & Qt::AlignRight ? spot.x() - size.width()
                                                    : spot.x() - size.width() / 2,
                           align & Qt::AlignTop      ? spot.y()
                           : align & Qt::AlignBottom ? spot.y() - size.height()
                                                     : spot.y() - size.height() / 2);
    const QRectF box =
        keep_inside(QRectF(top_left, size), QRectF(rect_->rect()).adjusted(2, 2, -2, -2));
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->position->setCoords(x_axis_->pixelToCoord(box.left()), y_axis_->pixelToCoord(box.top()));
    label->setText(text);
    label->setVisible(true);
}

void StepAnatomyOverlay::placeBox(const Eigen::Vector2d& centre,
                                  const Eigen::Vector2d& half_sides) {
    const Eigen::Vector2d top_left(centre.x() - half_sides.x(), centre.y() + half_sides.y());
    const Eigen::Vector2d bottom_right(centre.x() + half_sides.x(), centre.y() - half_sides.y());
    if (!nearView(top_left) || !nearView(bottom_right)) return;
    const QPointF size = pixel(bottom_right) - pixel(top_left);
    if (std::max(std::fabs(size.x()), std::fabs(size.y())) < 2.0 * kMinPixels) return;
    for (QCPItemRect* rect : {box_halo_, box_}) {
        rect->topLeft->setCoords(top_left.x(), top_left.y());
        rect->bottomRight->setCoords(bottom_right.x(), bottom_right.y());
        rect->setVisible(true);
    }
    // Above its top edge, where the steps of the two coordinates are compared.
    const QPointF top =
        (pixel(top_left) + QPointF(pixel(bottom_right).x(), pixel(top_left).y())) / 2;
    if (std::fabs(size.x()) >= kBoxLabelMinPixels) {
        placeLabel(box_label_, top, QPointF(0.0, -1.0), QStringLiteral("step per coordinate"),
                   kLabelMinPixels, kLabelGapPixels);
    }
}

void StepAnatomyOverlay::placeContour(const Eigen::Matrix2d& hessian,
                                      const Eigen::Vector2d& centre) {
    const QCPRange xr = x_axis_->range();
    const QCPRange yr = y_axis_->range();
    const gd::Rect view{xr.lower, xr.upper, yr.lower, yr.upper};
    const std::vector<Eigen::Vector2d> curve = model_contour(hessian, centre, x_, view);
    // Too small to see (Newton close to its centre): the centre's mark says enough.
    double left = std::numeric_limits<double>::infinity();
    double right = -left;
    double top = left;
    double bottom = -left;
    bool inside = true;
    for (const Eigen::Vector2d& p : curve) {
        if (std::isnan(p.x())) continue;
        inside = inside && nearView(p);
        const QPointF at = pixel(p);
        left = std::min(left, at.x());
        right = std::max(right, at.x());
        top = std::min(top, at.y());
        bottom = std::max(bottom, at.y());
    }
    const double extent = std::max(right - left, bottom - top);
    if (!curve.empty() && inside && extent >= 2 * kMinPixels) {
        double t = 0.0;
        for (const Eigen::Vector2d& p : curve)
            contour_data_->add(QCPCurveData(t++, p.x(), p.y()));
        contour_halo_->setVisible(true);
        contour_->setVisible(true);
    }
    place(centre_, centre, QStringLiteral("model's centre"));
}

std::optional<StepAnatomyOverlay::Segment> StepAnatomyOverlay::velocityArrow() const {
    if (!velocity_.line->visible()) return std::nullopt;
    return Segment{{velocity_.line->start->coords().x(), velocity_.line->start->coords().y()},
                   {velocity_.line->end->coords().x(), velocity_.line->end->coords().y()}};
}

std::optional<StepAnatomyOverlay::Segment> StepAnatomyOverlay::gradientArrow() const {
    if (!gradient_.line->visible()) return std::nullopt;
    return Segment{{gradient_.line->start->coords().x(), gradient_.line->start->coords().y()},
                   {gradient_.line->end->coords().x(), gradient_.line->end->coords().y()}};
}

std::optional<StepAnatomyOverlay::Segment> StepAnatomyOverlay::decayArrow() const {
    if (!decay_.line->visible()) return std::nullopt;
    return Segment{{decay_.line->start->coords().x(), decay_.line->start->coords().y()},
                   {decay_.line->end->coords().x(), decay_.line->end->coords().y()}};
}

std::optional<Eigen::Vector2d> StepAnatomyOverlay::lookAhead() const {
    if (!look_ahead_.mark->visible() || look_ahead_.mark->data()->isEmpty()) return std::nullopt;
    const auto p = look_ahead_.mark->data()->constBegin();
    return Eigen::Vector2d(p->key, p->value);
}

std::optional<StepAnatomyOverlay::Box> StepAnatomyOverlay::stepBox() const {
    if (!box_->visible()) return std::nullopt;
    const QPointF tl = box_->topLeft->coords();
    const QPointF br = box_->bottomRight->coords();
    return Box{{(tl.x() + br.x()) / 2, (tl.y() + br.y()) / 2},
               {(br.x() - tl.x()) / 2, (tl.y() - br.y()) / 2}};
}

std::vector<Eigen::Vector2d> StepAnatomyOverlay::modelContour() const {
    std::vector<Eigen::Vector2d> curve;
    if (!contour_->visible()) return curve;
    for (auto it = contour_data_->constBegin(); it != contour_data_->constEnd(); ++it)
        curve.emplace_back(it->key, it->value);
    return curve;
}

std::optional<Eigen::Vector2d> StepAnatomyOverlay::modelCentre() const {
    if (!centre_.mark->visible() || centre_.mark->data()->isEmpty()) return std::nullopt;
    const auto p = centre_.mark->data()->constBegin();
    return Eigen::Vector2d(p->key, p->value);
}

QStringList StepAnatomyOverlay::labels() const {
    QStringList shown;
    for (const QCPItemText* label : {velocity_.label, gradient_.label, decay_.label,
                                     look_ahead_.label, centre_.label, box_label_}) {
        if (label->visible()) shown << label->text();
    }
    return shown;
}

}  // namespace gdlab
