#include "gui/plot/gradient_field.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "gui/plot/plot_constants.hpp"

namespace gdlab {

namespace {

constexpr double kShortestArrow = 0.33;  // of the grid's spacing, for the gentlest slope in view
constexpr double kLongestArrow = 0.85;   // for the steepest
constexpr double kArrowHeadShare = 0.32;
constexpr double kArrowHeadMinPixels = 4.0;  // at least
const double kArrowHeadAngle = 28.0 * std::numbers::pi / 180.0;

}  // namespace

GradientFieldOverlay::GradientFieldOverlay(QCustomPlot* plot, QCPLayer* layer)
    : plot_(plot),
      halo_(new QCPCurve(plot->xAxis, plot->yAxis)),
      line_(new QCPCurve(plot->xAxis, plot->yAxis)) {
    for (QCPCurve* curve : {halo_, line_}) {
        curve->setLayer(layer);
        curve->setSelectable(QCP::stNone);
        curve->removeFromLegend();
        curve->setAntialiased(true);
        curve->setVisible(false);
    }
    setStyle(PlotStyle{});
}

GradientFieldOverlay::~GradientFieldOverlay() {
    plot_->removePlottable(halo_);
    plot_->removePlottable(line_);
}

void GradientFieldOverlay::setArrows(std::vector<FieldArrow> arrows) {
    arrows_ = std::move(arrows);
    relayout();
}

void GradientFieldOverlay::setShown(bool shown) {
    shown_ = shown;
    // Named in the legend: a class reads the arrows as the gradient, and they are its negative.
    if (shown && !plot_->legend->hasItemWithPlottable(line_)) {
        line_->setName(QStringLiteral("−∇f: downhill"));
        line_->addToLegend();
    } else if (!shown) {
        line_->removeFromLegend();
    }
    relayout();
}

void GradientFieldOverlay::setStyle(const PlotStyle& style) {
    style_ = style;
    const double s = style.line_scale;
    halo_->setPen(QPen(QColor(0, 0, 0, 110), 3.6 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    line_->setPen(
        QPen(QColor(255, 255, 255, 230), 1.4 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    relayout();
}

void GradientFieldOverlay::relayout() {
    drawn_.clear();
    QVector<double> t;
    QVector<double> xs;
    QVector<double> ys;
    const auto piece = [&](const QPointF& a, const QPointF& b) {
        for (const QPointF& p : {a, b}) {
            t << static_cast<double>(t.size());
            xs << plot_->xAxis->pixelToCoord(p.x());
            ys << plot_->yAxis->pixelToCoord(p.y());
        }
        t << static_cast<double>(t.size());
        xs << kNaN;
        ys << kNaN;
    };
    const QRect area = plot_->axisRect()->rect();
    if (shown_ && !arrows_.empty() && area.width() > 0) {
        // The grid's spacing in pixels, from the arrows' own points.
        const auto columns = static_cast<double>(kArrowColumns);
        const double rows = static_cast<double>(arrows_.size()) / columns;
        const double spacing = std::min(area.width() / columns, area.height() / rows);
        // −∇f as the plot shows it: x to the right, y up (pixels run down).
        const double sx = area.width() / plot_->xAxis->range().size();
        const double sy = area.height() / plot_->yAxis->range().size();
        double steepest = 0.0;
        for (const FieldArrow& a : arrows_) {
            if (a.gradient.allFinite()) steepest = std::max(steepest, a.gradient.norm());
        }
        for (const FieldArrow& a : arrows_) {
            const double size = a.gradient.norm();
            if (!std::isfinite(size) || !(size > 0.0) || !(steepest > 0.0)) continue;
            const QPointF way(-a.gradient.x() * sx, a.gradient.y() * sy);
            const double pixels = std::hypot(way.x(), way.y());
            if (!(pixels > 0.0) || !std::isfinite(pixels)) continue;
            const double length = spacing * (kShortestArrow + (kLongestArrow - kShortestArrow) *
                                                                  std::sqrt(size / steepest));
            const QPointF from(plot_->xAxis->coordToPixel(a.at.x()),
                               plot_->yAxis->coordToPixel(a.at.y()));
            // Centred on its point: the grid of arrows reads as a field, not as a pattern.
            const QPointF u = way / pixels;
            const QPointF tail = from - u * (length / 2);
            const QPointF tip = from + u * (length / 2);
            piece(tail, tip);
            const double head =
                std::max(kArrowHeadMinPixels * style_.line_scale, kArrowHeadShare * length);
            for (const double side : {kArrowHeadAngle, -kArrowHeadAngle}) {
                const QPointF back(-u.x() * std::cos(side) + u.y() * std::sin(side),
                                   -u.x() * std::sin(side) - u.y() * std::cos(side));
                piece(tip, tip + back * head);
            }
            drawn_.emplace_back(tail, tip);
        }
    }
    halo_->setData(t, xs, ys, true);
    line_->setData(t, xs, ys, true);
    halo_->setVisible(shown_);
    line_->setVisible(shown_);
}

}  // namespace gdlab
