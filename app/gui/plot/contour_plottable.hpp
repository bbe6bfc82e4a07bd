// Contour lines as one QCustomPlot plottable: a painter path per level in plot coordinates,
// mapped to pixels when drawn, so lines keep their width at any zoom and stay vector paths in
// SVG and PDF output.
#pragma once

#include <qcustomplot.h>

#include <QPainterPath>
#include <vector>

#include "gd/contour.hpp"

namespace gdlab {

class ContourPlottable : public QCPAbstractPlottable {
    Q_OBJECT
  public:
    ContourPlottable(QCPAxis* key_axis, QCPAxis* value_axis);

    void setContours(const gd::ContourSet& contours);
    void setLineWidth(double width);
    [[nodiscard]] int levelCount() const { return static_cast<int>(paths_.size()); }
    // Line segments drawn, over all levels (tests, benchmarks).
    [[nodiscard]] qsizetype elementCount() const;

    [[nodiscard]] double selectTest(const QPointF& pos, bool only_selectable,
                                    QVariant* details = nullptr) const override;
    [[nodiscard]] QCPRange getKeyRange(bool& found_range,
                                       QCP::SignDomain sign_domain = QCP::sdBoth) const override;
    [[nodiscard]] QCPRange getValueRange(bool& found_range,
                                         QCP::SignDomain sign_domain = QCP::sdBoth,
                                         const QCPRange& key_range = QCPRange()) const override;

  protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

  private:
    std::vector<QPainterPath> paths_;
    QRectF bounds_;
};

}  // namespace gdlab
