#include "gui/plot/contour_plottable.hpp"

namespace gdlab {

ContourPlottable::ContourPlottable(QCPAxis* key_axis, QCPAxis* value_axis)
    : QCPAbstractPlottable(key_axis, value_axis) {
    QPen pen(QColor(255, 255, 255, 120));
    pen.setWidthF(1.0);
    setPen(pen);
    setBrush(Qt::NoBrush);
    setSelectable(QCP::stNone);
    setAntialiased(true);
}

void ContourPlottable::setContours(const gd::ContourSet& contours) {
    paths_.clear();
    bounds_ = QRectF();
    for (const gd::ContourLevel& level : contours) {
        QPainterPath path;
        for (const gd::ContourLine& line : level.lines) {
            if (line.points.empty()) continue;
            path.moveTo(line.points.front().x(), line.points.front().y());
            for (std::size_t k = 1; k < line.points.size(); ++k) {
                path.lineTo(line.points[k].x(), line.points[k].y());
            }
        }
        if (!path.isEmpty()) bounds_ = bounds_.united(path.boundingRect());
        paths_.push_back(std::move(path));
    }
}

qsizetype ContourPlottable::elementCount() const {
    qsizetype n = 0;
    for (const QPainterPath& p : paths_)
        n += p.elementCount();
    return n;
}

double ContourPlottable::selectTest(const QPointF&, bool, QVariant*) const {
    return -1.0;
}

QCPRange ContourPlottable::getKeyRange(bool& found_range, QCP::SignDomain) const {
    found_range = !bounds_.isNull();
    return {bounds_.left(), bounds_.right()};
}

QCPRange ContourPlottable::getValueRange(bool& found_range, QCP::SignDomain,
                                         const QCPRange&) const {
    found_range = !bounds_.isNull();
    return {bounds_.top(), bounds_.bottom()};
}

void ContourPlottable::draw(QCPPainter* painter) {
    QCPAxis* x = keyAxis();
    QCPAxis* y = valueAxis();
    if (x == nullptr || y == nullptr || paths_.empty()) return;
    // Both axes are linear, so plot coordinates map to pixels by one affine transform, taken
    // from where the origin and the unit points land.
    const double x0 = x->coordToPixel(0.0);
    const double y0 = y->coordToPixel(0.0);
    const QTransform to_pixels(x->coordToPixel(1.0) - x0, 0.0, 0.0, y->coordToPixel(1.0) - y0, x0,
                               y0);
    applyDefaultAntialiasingHint(painter);
    painter->setPen(mPen);
    painter->setBrush(Qt::NoBrush);
    // Mapped here rather than drawn through a painter transform, so that the pen is in
    // pixels whatever the output: a 2x PNG doubles it like every other line, and SVG and PDF
    // get plain paths in page coordinates.
    for (const QPainterPath& path : paths_)
        painter->drawPath(to_pixels.map(path));
}

void ContourPlottable::setLineWidth(double width) {
    QPen pen = mPen;
    pen.setWidthF(width);
    setPen(pen);
}

void ContourPlottable::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    painter->setPen(mPen);
    painter->drawLine(QLineF(rect.left(), rect.center().y(), rect.right(), rect.center().y()));
}

}  // namespace gdlab
