#include "gui/plot/descent_plot.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gui/plot/contour_plottable.hpp"
#include "gui/plot/gradient_field.hpp"
#include "gui/plot/label_placement.hpp"
#include "gui/plot/palette.hpp"
#include "gui/plot/path_overlap.hpp"
#include "gui/plot/plot_constants.hpp"
#include "gui/plot/step_anatomy_overlay.hpp"
#include "gui/plot/step_inset.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

namespace {

constexpr double kStartGrabPixels = 12.0;
constexpr double kClickSlopPixels = 4.0;

// Point sizes before the style's scale: readable from the back of a room at 1.
constexpr double kLabelPoints = 11.0;
constexpr double kTickPoints = 10.0;
constexpr double kCaptionPoints = 12.0;
constexpr double kFooterPoints = 11.0;
constexpr double kNumberPoints = 11.0;
constexpr double kHeadingTitlePoints = 14.0;
constexpr double kHeadingNotePoints = 11.0;
// The smallest of all: the step's parts' labels (StepAnatomyOverlay's kAnatomyLabelPoints).
constexpr double kSmallestTextPoints = 9.5;

// Current points closer than this are drawn as rings around each other.
constexpr double kHeadsTogetherPixels = 6.0;

// Iterates closer than this share one label.
constexpr double kSameSpotPixels = 8.0;
// How far from its iterate a label may be placed (label_placement's farthest spot and a label).
constexpr double kNumberReachPixels = 90.0;
// The markers' sizes before the style's scale, for keeping labels off them: an iterate's dot,
// a current point (with room for rings), the start's ⊗ and a minimum's star.
constexpr double kDotPixels = 9.0;
constexpr double kHeadPixels = 16.0;
constexpr double kStartPixels = 19.0;
constexpr double kTextSidePixels = 6.0;  // from the widget's edges to the text above and below
constexpr int kCompactLegendBelowPixels = 400;  // a plot this tall or less
constexpr double kCompactLegendShare = 0.85;

// QCustomPlot refuses (keeping the old one) any range reaching past ±1e250: 1e308*x^2 kept
// log(x)'s colour bar. Values beyond are drawn in the end colours.
QCPRange within_plot_range(double lower, double upper) {
    const double limit = QCPRange::maxRange * 0.5;
    lower = std::clamp(lower, -limit, limit);
    upper = std::clamp(upper, -limit, limit);
    if (!(upper > lower))
        upper = lower + std::max(std::fabs(lower) * 1e-9, QCPRange::minRange * 1e3);
    return QCPRange(lower, upper);
}

// "₁₂" for 12: subscript digits, as a textbook writes x₁₂.
QString subscript(int k) {
    QString digits = QString::number(k);
    for (QChar& c : digits)
        c = QChar(0x2080 + (c.unicode() - u'0'));
    return digits;
}

// The label of iterates at one spot: "x₃", "x₀,₂,₄", three or more in a row as "x₅₋₉".
QString iterate_label(const std::vector<int>& iterates) {
    QStringList parts;
    for (std::size_t i = 0; i < iterates.size();) {
        std::size_t j = i;
        while (j + 1 < iterates.size() && iterates[j + 1] == iterates[j] + 1)
            ++j;
        if (j >= i + 2) {
            parts << subscript(iterates[i]) + QStringLiteral("₋") + subscript(iterates[j]);
            i = j + 1;
        } else {
            parts << subscript(iterates[i]);
            ++i;
        }
    }
    return QStringLiteral("x") + parts.join(QLatin1Char(','));
}

}  // namespace

DescentPlot::DescentPlot(QWidget* parent)
    : QCustomPlot(parent),
      heatmap_(new QCPColorMap(xAxis, yAxis)),
      scale_(new QCPColorScale(this)),
      contours_(new ContourPlottable(xAxis, yAxis)),
      minima_(new QCPGraph(xAxis, yAxis)),
      start_(nullptr),
      caption_(nullptr),
      trail_layer_(nullptr),
      runs_layer_(nullptr) {
    setMouseTracking(true);
    setAutoAddPlottableToLegend(false);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeZoomFactor(0.85);
    axisRect()->setBackground(QColor(60, 60, 60));  // where f is undefined (NaN)
    xAxis->setLabel(QStringLiteral("x"));
    yAxis->setLabel(QStringLiteral("y"));
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);

    plotLayout()->addElement(0, 1, scale_);
    scale_->setType(QCPAxis::atRight);
    scale_->setBarWidth(14);
    scale_->axis()->setLabel(QStringLiteral("f(x, y)"));
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    heatmap_->setColorScale(scale_);
    heatmap_->setGradient(viridis());
    heatmap_->setInterpolate(true);
    heatmap_->setTightBoundary(false);
    heatmap_->setSelectable(QCP::stNone);
    QCPColorGradient gradient = heatmap_->gradient();
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    heatmap_->setGradient(gradient);

    minima_->setLineStyle(QCPGraph::lsNone);
    minima_->setSelectable(QCP::stNone);
    minima_->setName(QStringLiteral("known minimum"));
    heatmap_->removeFromLegend();
    contours_->removeFromLegend();

    // The gradient field over the heatmap and its lines, under every path.
    addLayer(QStringLiteral("gradient field"), layer(QStringLiteral("main")),
             QCustomPlot::limAbove);
    gradient_ =
        std::make_unique<GradientFieldOverlay>(this, layer(QStringLiteral("gradient field")));
    addLayer(QStringLiteral("trail"), layer(QStringLiteral("gradient field")),
             QCustomPlot::limAbove);
    trail_layer_ = layer(QStringLiteral("trail"));
    trail_layer_->setMode(QCPLayer::lmBuffered);
    addLayer(QStringLiteral("runs"), trail_layer_, QCustomPlot::limAbove);
    runs_layer_ = layer(QStringLiteral("runs"));
    runs_layer_->setMode(QCPLayer::lmBuffered);
    // Made before the paths: the runs' lines and step arrows are drawn over it.
    anatomy_ = std::make_unique<StepAnatomyOverlay>(this, runs_layer_);
    inset_ = std::make_unique<StepInset>(this);
    start_ = new QCPGraph(xAxis, yAxis);
    start_->setLayer(runs_layer_);
    start_->setLineStyle(QCPGraph::lsNone);
    start_->setSelectable(QCP::stNone);

    // A row of its own above the plot, so it never hides a path or a minimum; it is drawn on
    // the runs' layer, which every frame repaints.
    plotLayout()->insertRow(0);
    caption_ = new QCPTextElement(this);
    plotLayout()->addElement(0, 0, caption_);
    plotLayout()->setRowStretchFactor(0, 0.001);
    caption_->setLayer(runs_layer_);
    caption_->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    caption_->setText(QStringLiteral(" "));  // the row keeps its height while empty
    field_note_ = new QCPItemText(this);
    field_note_->setLayer(QStringLiteral("legend"));
    field_note_->setClipToAxisRect(true);
    field_note_->position->setType(QCPItemPosition::ptAxisRectRatio);
    field_note_->position->setCoords(0.5, 0.5);
    field_note_->setPositionAlignment(Qt::AlignCenter);
    field_note_->setPadding(QMargins(12, 8, 12, 8));
    field_note_->setVisible(false);
    for (int k = 0; k < kNumberedIterates; ++k) {
        auto* label = new QCPItemText(this);
        label->setLayer(runs_layer_);
        label->setClipToAxisRect(true);
        label->setSelectable(false);
        label->setPositionAlignment(Qt::AlignCenter);
        label->setPadding(QMargins(3, 0, 3, 1));
        label->setVisible(false);
        numbers_.push_back(label);
    }
    setStyle(PlotStyle{});

    connect(this, &QCustomPlot::mousePress, this, &DescentPlot::onPress);
    connect(this, &QCustomPlot::mouseMove, this, &DescentPlot::onMove);
    connect(this, &QCustomPlot::mouseRelease, this, &DescentPlot::onRelease);
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &DescentPlot::onRangeChanged);
    connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &DescentPlot::onRangeChanged);
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        // Refit once after a resize or a new view. Not whenever the axis rect changes size:
        // new tick labels change the margins, and refitting for them can swing for ever.
        if (refit_after_layout_ && axisRect()->size() != fitted_size_) {
            refit_after_layout_ = false;
            fitEqualScaling();
        }
        for (QCPAxis* axis : {xAxis, yAxis, scale_->axis()})
            fit_tick_count(axis);
        fitCaption();
        for (auto& p : paths_)
            p->rebuildIfScaleChanged();
        updateCasings();
        anatomy_->relayout();
        inset_->relayout();
        // The corners are known once the plot is laid out at its size: placed before, the
        // inset kept a corner chosen for a smaller plot and covered the start.
        if (inset_->shown() && placeInset()) replot(QCustomPlot::rpQueuedReplot);
        // The legend too, where the room it was placed in has changed since (new tick labels,
        // a wider colour scale): placed for the old room it covered a minimum.
        if (legend->visible() && !legend_moved_ &&
            axisRect()->insetLayout()->rect() != legend_placed_in_) {
            placeLegend();
            replot(QCustomPlot::rpQueuedReplot);
        }
        gradient_->relayout();
        updateIterateNumbers();
    });
}

void DescentPlot::setGradientFieldShown(bool shown) {
    gradient_->setShown(shown);
    placeLegend();  // an entry more or less
    replot(QCustomPlot::rpQueuedReplot);
}

DescentPlot::~DescentPlot() {
    paths_.clear();
    gradient_.reset();
    inset_.reset();
    anatomy_.reset();
}

int DescentPlot::textSideMargin() const {
    // With the type: 6 pixels beside window-sized text, more on a slide, where 6 put the
    // heading against the picture's edge.
    return static_cast<int>(std::lround(kTextSidePixels * style_.font_scale));
}

void DescentPlot::setStyle(const PlotStyle& style) {
    style_ = style;
    style_plot(this, style, kLabelPoints, kTickPoints);
    style_axis(scale_->axis(), style, kLabelPoints, kTickPoints);
    scale_->setBarWidth(static_cast<int>(14 * style.font_scale));
    const ThemeColours colours = theme_colours(style.theme);
    QFont font = caption_->font();
    font.setPointSizeF(kCaptionPoints * style.font_scale);
    caption_->setFont(font);
    caption_->setTextColor(colours.text);
    caption_->setMargins(QMargins(textSideMargin(), 2, textSideMargin(), 0));
    if (footer_ != nullptr) {
        font.setPointSizeF(kFooterPoints * style.font_scale);
        footer_->setFont(font);
        footer_->setMargins(QMargins(textSideMargin(), 0, textSideMargin(), 4));
        footer_->setTextColor(colours.text);
    }
    font.setPointSizeF(kCaptionPoints * style.font_scale);
    field_note_->setFont(font);
    field_note_->setColor(colours.text);
    field_note_->setBrush(QBrush(colours.legend_fill));
    field_note_->setPen(QPen(colours.legend_border, 1.0));
    const double line = style.line_scale;
    minima_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(Qt::white, 2.0 * line),
                                             Qt::NoBrush, 18 * line));
    start_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle,
                                            QPen(Qt::white, 2.0 * line), Qt::NoBrush, 17 * line));
    contours_->setLineWidth(line);
    for (auto& p : paths_)
        p->setLineScale(line);
    anatomy_->setStyle(style);
    inset_->setStyle(style);
    gradient_->setStyle(style);
    QFont number_font = caption_->font();
    number_font.setPointSizeF(kNumberPoints * style.font_scale);
    number_font.setBold(true);
    for (QCPItemText* label : numbers_) {
        label->setFont(number_font);
        label->setColor(colours.text);
        label->setBrush(QBrush(colours.legend_fill));
        label->setPen(Qt::NoPen);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void DescentPlot::setFooter(const QString& text) {
    if (text.isEmpty()) {
        if (footer_ != nullptr) {
            plotLayout()->remove(footer_);  // deletes it
            plotLayout()->simplify();
            footer_ = nullptr;
        }
        return;
    }
    if (footer_ == nullptr) {
        const int row = plotLayout()->rowCount();
        plotLayout()->insertRow(row);
        footer_ = new QCPTextElement(this);
        plotLayout()->addElement(row, 0, footer_);
        plotLayout()->setRowStretchFactor(row, 0.001);
        footer_->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        setStyle(style_);
    }
    footer_->setText(text);
    replot(QCustomPlot::rpQueuedReplot);
}

double DescentPlot::smallestTextPixels() {
    return kSmallestTextPoints * 96.0 / 72.0;  // points at the 96 dpi pictures are drawn at
}

namespace {

// `text` in lines no wider than `width` in `font`, broken between words (a word wider than the
// line is cut where it must be), at most `most` lines, the last ending in "…" when cut.
QString wrapped(const QString& text, const QFont& font, const QPaintDevice* device, double width,
                int most) {
    const QFontMetricsF metrics(font, device);  // the plot's resolution, not the screen's
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (metrics.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = metrics.elidedText(candidate, Qt::ElideRight, width);
            continue;
        }
        lines << line;
        line = words[i];
        if (lines.size() == most) {
            lines.back() =
                metrics.elidedText(lines.back() + QStringLiteral(" …"), Qt::ElideRight, width);
            if (!lines.back().endsWith(QStringLiteral("…"))) lines.back() += QStringLiteral("…");
            return lines.join(QLatin1Char('\n'));
        }
    }
    if (!line.isEmpty()) lines << line;
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

void DescentPlot::setHeading(const QString& title, const QString& note) {
    for (QCPTextElement** element : {&heading_title_, &heading_note_}) {
        if (*element != nullptr) {
            plotLayout()->remove(*element);  // deletes it
            *element = nullptr;
        }
    }
    plotLayout()->simplify();
    // The plot's column, once laid out (the colour scale takes a column of its own).
    const int column = caption_->outerRect().width() > 0
                           ? caption_->outerRect().width()
                           : this->width() - scale_->outerRect().width();
    // A little to spare: text on the picture is set at its own resolution, a few % wider.
    const double width = std::max(100.0, 0.96 * column - 16);
    QFont font = caption_->font();
    int row = 0;
    const auto add = [&](QCPTextElement*& element, const QString& text, double points, bool bold) {
        if (text.trimmed().isEmpty()) return;
        font.setPointSizeF(points * style_.font_scale);
        font.setBold(bold);
        plotLayout()->insertRow(row);
        element = new QCPTextElement(this);
        plotLayout()->addElement(row, 0, element);
        plotLayout()->setRowStretchFactor(row, 0.001);
        element->setFont(font);
        element->setTextColor(theme_colours(style_.theme).text);
        element->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        element->setMargins(QMargins(textSideMargin(), row == 0 ? 4 : 0, textSideMargin(), 2));
        element->setText(wrapped(text, font, this, width, bold ? 2 : kHeadingNoteLines));
        ++row;
    };
    add(heading_title_, title, kHeadingTitlePoints, true);
    add(heading_note_, note, kHeadingNotePoints, false);
    replot(QCustomPlot::rpQueuedReplot);
}

QString DescentPlot::heading() const {
    QStringList parts;
    for (const QCPTextElement* element : {heading_title_, heading_note_}) {
        if (element != nullptr) parts << element->text();
    }
    return parts.join(QLatin1Char('\n'));
}

QString DescentPlot::footer() const {
    return footer_ != nullptr ? footer_->text() : QString();
}

void DescentPlot::setField(const Field& field) {
    const gd::Grid& g = field.grid;
    const gd::LevelChoice& levels = field.levels;
    const bool log = levels.spacing == gd::LevelSpacing::log && !levels.levels.empty();
    // With log-spaced lines the colours follow log(f - base) too, or a valley would be one flat
    // colour; base is 0 for the usual non-negative objectives, so the scale reads plain f.
    const double base = log && levels.min < 0.0 ? levels.min : 0.0;
    const double floor = log ? (levels.levels.front() - base) / 3.0 : 0.0;

    auto* cells = heatmap_->data();
    cells->setSize(static_cast<int>(g.nx()), static_cast<int>(g.ny()));
    cells->setRange(QCPRange(g.rect.x_min, g.rect.x_max), QCPRange(g.rect.y_min, g.rect.y_max));
    for (Eigen::Index i = 0; i < g.nx(); ++i) {
        for (Eigen::Index j = 0; j < g.ny(); ++j) {
            const double z = g.z(i, j);
            const double v = std::isfinite(z) ? (log ? std::max(z - base, floor) : z)
                                              : std::numeric_limits<double>::quiet_NaN();
            cells->setCell(static_cast<int>(i), static_cast<int>(j), v);
        }
    }
    QCPAxis* axis = scale_->axis();
    if (log) {
        heatmap_->setDataScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(log_ticker());
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
        heatmap_->setDataRange(within_plot_range(floor, std::max(levels.max - base, floor * 10)));
        axis->setLabel(base == 0.0
                           ? QStringLiteral("f(x, y), log scale")
                           : QStringLiteral("f(x, y) − (%1), log scale").arg(short_number(base)));
    } else {
        heatmap_->setDataScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(digits_to_tell_apart(levels.min, levels.max));
        // A constant field is one flat colour, not its rounding noise stretched over the scale.
        const double spread = std::max(std::fabs(levels.min), 1.0);
        heatmap_->setDataRange(levels.max > levels.min && !levels.constant
                                   ? within_plot_range(levels.min, levels.max)
                                   : within_plot_range(levels.min - spread, levels.min + spread));
        axis->setLabel(QStringLiteral("f(x, y)"));
    }
    contours_->setContours(field.contours);
    gradient_->setArrows(field.arrows);
    // A field without lines says why, on the plot: a plain picture would look like a bug.
    QString note;
    if (levels.finite_share == 0.0) {
        note = QStringLiteral("f is not finite anywhere in this view");
    } else if (levels.constant) {
        note = QStringLiteral("f is constant here: f = %1").arg(short_number(levels.min, 8));
    }
    field_note_->setText(note);
    field_note_->setVisible(!note.isEmpty());
    // No colour bar where it would be false: f nowhere finite, or values past what a plot
    // axis holds (±1e250; 1e308*x^2 showed five ticks all reading 5e249).
    const double axis_limit = QCPRange::maxRange * 0.5;
    scale_->setVisible(levels.finite_share > 0.0 && std::fabs(levels.max) < axis_limit &&
                       std::fabs(levels.min) < axis_limit);
    replot(QCustomPlot::rpQueuedReplot);
}

bool DescentPlot::colourScaleShown() const {
    return scale_->visible();
}

QString DescentPlot::fieldNote() const {
    return field_note_->visible() ? field_note_->text() : QString();
}

std::optional<gd::RectProblem> DescentPlot::viewProblem(const gd::Rect& view) {
    if (auto problem = gd::check_rect(view)) return problem;
    const auto beyond = [](gd::Axis axis, double lo, double hi) -> std::optional<gd::RectProblem> {
        if (QCPRange::validRange(lo, hi)) return std::nullopt;
        return gd::RectProblem{axis, std::string("the ") + (axis == gd::Axis::x ? "x" : "y") +
                                         " range must lie within ±1e250, and be narrower than "
                                         "1e250, for the window"};
    };
    if (auto problem = beyond(gd::Axis::x, view.x_min, view.x_max)) return problem;
    return beyond(gd::Axis::y, view.y_min, view.y_max);
}

void DescentPlot::setMinima(const std::vector<Eigen::Vector2d>& minima) {
    QVector<double> xs;
    QVector<double> ys;
    for (const auto& m : minima) {
        xs << m.x();
        ys << m.y();
    }
    minima_->setData(xs, ys);
    if (minima.empty()) {
        minima_->removeFromLegend();
    } else if (!legend->hasItemWithPlottable(minima_)) {
        // The known minimum keeps the legend's first place: the runs' entries go after it.
        std::vector<QCPAbstractPlottable*> runs;
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
                runs.push_back(item->plottable());
        }
        for (QCPAbstractPlottable* p : runs)
            p->removeFromLegend();
        minima_->addToLegend();
        for (QCPAbstractPlottable* p : runs)
            p->addToLegend();
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void DescentPlot::setStartMarker(const Eigen::Vector2d& start) {
    start_point_ = start;
    start_->setData({start.x()}, {start.y()}, true);
    // A start dragged under the legend sends the legend to another corner.
    if (legend->visible() && legend->outerRect().contains(pixelOf(start))) placeLegend();
    replotFrame();
}

void DescentPlot::setRunCount(int count) {
    while (runCount() > count)
        paths_.pop_back();
    while (runCount() < count) {
        paths_.push_back(std::make_unique<RunPath>(this, trail_layer_, runs_layer_,
                                                   run_colour(runCount()), run_marker(runCount())));
        paths_.back()->setArrowVisible(arrows_visible_);
        paths_.back()->setLineScale(style_.line_scale);
    }
}

void DescentPlot::setActiveRun(int index) {
    active_ = index;
    for (int k = 0; k < runCount(); ++k)
        path(k).setEmphasis(k == index);
    stackPaths();
    updateAnatomy();  // first: the labels keep off the step inset
    updateIterateNumbers();
    replot(QCustomPlot::rpQueuedReplot);
}

std::vector<int> DescentPlot::stackingOrder() const {
    std::vector<int> order;
    if (active_ >= 0 && active_ < runCount()) order.push_back(active_);
    for (int k = 0; k < runCount(); ++k) {
        if (k != active_) order.push_back(k);
    }
    return order;
}

void DescentPlot::stackPaths() {
    // The selected run on top, then the others in run order: the same order whatever was
    // selected or removed before (selecting run 1 after run 3 left run 3 above run 2).
    const std::vector<int> order = stackingOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        path(*it).bringToFront();
    updateCasings();
}

void DescentPlot::updateCasings() {
    const std::vector<int> order = stackingOrder();
    const QRect area = axisRect()->rect();
    std::vector<PixelPath> drawn;
    drawn.reserve(order.size());
    if (order.size() > 1) {
        for (int k : order) {
            PixelPath pixels;
            for (const auto& [t, p] : path(k).drawnLine()) {
                pixels.emplace_back(xAxis->coordToPixel(p.x()) - area.left(),
                                    yAxis->coordToPixel(p.y()) - area.top());
            }
            drawn.push_back(std::move(pixels));
        }
    }
    const double scale = style_.line_scale;
    const PathReach reach{RunPath::dotReach(scale),
                          [scale](int depth) { return RunPath::casingWidth(depth, scale) / 2.0; }};
    const std::vector<PixelPath> covered =
        covered_stretches(drawn, area.width(), area.height(), reach);
    for (std::size_t depth = 0; depth < order.size(); ++depth) {
        std::vector<Eigen::Vector2d> stretches;
        if (depth < covered.size()) {
            for (const Eigen::Vector2d& q : covered[depth])
                stretches.push_back(coordsOf(QPointF(q.x() + area.left(), q.y() + area.top())));
        }
        path(order[depth]).setCasing(stretches, static_cast<int>(depth));
    }
}

void DescentPlot::ringHeads() {
    // A current point at the place of one drawn above it becomes a ring around it.
    const std::vector<int> order = stackingOrder();
    std::vector<QPointF> above;
    for (int k : order) {
        const auto head = path(k).headPoint();
        if (!head) {
            path(k).setHeadRings(0);
            continue;
        }
        const QPointF at = pixelOf(*head);
        const auto rings = std::count_if(above.begin(), above.end(), [&at](const QPointF& q) {
            return QLineF(q, at).length() < kHeadsTogetherPixels;
        });
        path(k).setHeadRings(static_cast<int>(rings));
        above.push_back(at);
    }
}

void DescentPlot::setIterateNumbersVisible(bool visible) {
    numbers_visible_ = visible;
    updateIterateNumbers();
    replotFrame();
}

QStringList DescentPlot::shownIterateNumbers() const {
    QStringList shown;
    for (const QCPItemText* label : numbers_) {
        if (label->visible()) shown << label->text();
    }
    return shown;
}

std::vector<QRectF> DescentPlot::shownIterateBoxes() const {
    std::vector<QRectF> boxes;
    for (const QCPItemText* label : numbers_) {
        if (!label->visible()) continue;
        const QFontMetricsF metrics(label->font());
        const QMargins pad = label->padding();
        QRectF box(QPointF(0, 0),
                   QSizeF(metrics.boundingRect(label->text()).width() + pad.left() + pad.right(),
                          metrics.height() + pad.top() + pad.bottom()));
        box.moveCenter(label->position->pixelPosition());
        boxes.push_back(box);
    }
    return boxes;
}

std::vector<int> DescentPlot::drawingOrder() const {
    std::vector<int> order;
    for (QCPLayerable* item : trail_layer_->children()) {
        for (int k = 0; k < runCount(); ++k) {
            if (paths_[static_cast<std::size_t>(k)]->owns(item)) order.push_back(k);
        }
    }
    order.erase(std::unique(order.begin(), order.end()), order.end());
    return order;
}

void DescentPlot::updateIterateNumbers() {
    for (QCPItemText* label : numbers_)
        label->setVisible(false);
    if (!numbers_visible_ || active_ < 0 || active_ >= runCount()) return;
    const gd::Trace* trace = path(active_).trace();
    if (trace == nullptr || trace->points.empty()) return;
    const int last =
        std::min({step_, static_cast<int>(trace->points.size()) - 1, kNumberedIterates - 1});
    const QRectF area = axisRect()->rect();
    const auto pixel = [this](const Eigen::Vector2d& p) {
        return QPointF(xAxis->coordToPixel(p.x()), yAxis->coordToPixel(p.y()));
    };
    // Iterates at one spot share a label: "x₀,₂,₄" where a run hops between two points,
    // "x₅₋₉" for the iterates bunched at the minimum. Numbering stops at the first iterate out
    // of the view: the numbers shown run from x₀ without a gap.
    struct Spot {
        QPointF at;
        std::vector<int> iterates;
        QPointF preferred;
    };
    std::vector<Spot> spots;
    for (int k = 0; k <= last; ++k) {
        const QPointF at = pixel(trace->points[static_cast<std::size_t>(k)].x);
        if (!area.contains(at)) break;
        const auto same = std::find_if(spots.begin(), spots.end(), [&at](const Spot& s) {
            return QLineF(s.at, at).length() < kSameSpotPixels;
        });
        if (same != spots.end()) {
            same->iterates.push_back(k);
            continue;
        }
        if (spots.size() == numbers_.size()) break;
        // To the right of the step that reached it (of the first step for x₀).
        const QPointF from = k > 0 ? pixel(trace->points[static_cast<std::size_t>(k) - 1].x) : at;
        const QPointF to = k > 0 ? at : (trace->points.size() > 1 ? pixel(trace->points[1].x) : at);
        const QPointF step = to - from;
        spots.push_back({at, {k}, QPointF(-step.y(), step.x())});
    }
    if (spots.empty()) return;

    // What the labels must not cover, near them: every run's iterates and current point, the
    // start and the minima; and the steps drawn there, which they avoid where they can.
    QRectF near;
    for (const Spot& s : spots)
        near = near.united(QRectF(s.at, QSizeF(1, 1)));
    near.adjust(-kNumberReachPixels, -kNumberReachPixels, kNumberReachPixels, kNumberReachPixels);
    LabelObstacles obstacles;
    const auto marker = [&](const QPointF& at, double size) {
        QRectF box(QPointF(0, 0), QSizeF(size, size));
        box.moveCenter(at);
        if (near.intersects(box)) obstacles.markers.push_back(box);
    };
    const double line = style_.line_scale;
    for (const auto& run : paths_) {
        QPointF previous(kNaN, kNaN);
        for (const auto& [t, p] : run->drawnLine()) {
            const QPointF at = pixel(p);
            if (!std::isfinite(at.x()) || !std::isfinite(at.y())) {
                previous = at;
                continue;
            }
            marker(at, kDotPixels * line);
            if (std::isfinite(previous.x()) && near.intersects(QRectF(previous, at).normalized()))
                obstacles.steps.emplace_back(previous, at);
            previous = at;
        }
        if (const auto head = run->headPoint()) marker(pixel(*head), kHeadPixels * line);
    }
    marker(pixel(start_point_), kStartPixels * line);
    // Nor the legend, nor the step inset.
    if (legend->visible()) obstacles.markers.push_back(legend->outerRect());
    if (inset_->shown()) obstacles.markers.push_back(inset_->outerRect());
    for (int i = 0; i < minima_->dataCount(); ++i) {
        const auto m = minima_->data()->at(i);
        marker(QPointF(xAxis->coordToPixel(m->key), yAxis->coordToPixel(m->value)),
               kStartPixels * line);
    }

    std::vector<LabelRequest> requests;
    std::vector<QString> texts;
    const QFontMetricsF metrics(numbers_.front()->font());
    const QMargins pad = numbers_.front()->padding();
    for (const Spot& s : spots) {
        texts.push_back(iterate_label(s.iterates));
        const QRectF text = metrics.boundingRect(texts.back());
        requests.push_back({s.at,
                            QSizeF(text.width() + pad.left() + pad.right(),
                                   metrics.height() + pad.top() + pad.bottom()),
                            s.preferred});
    }
    const std::vector<QPointF> placed = place_labels(requests, obstacles, area);
    // Framed in the run's colour: where two runs' iterates lie close, a number then says whose
    // it is.
    const QPen frame(path(active_).colour(), 1.5 * style_.line_scale);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        QCPItemText* label = numbers_[i];
        label->setPen(frame);
        label->setText(texts[i]);
        label->position->setCoords(xAxis->pixelToCoord(placed[i].x()),
                                   yAxis->pixelToCoord(placed[i].y()));
        label->setVisible(true);
    }
}

void DescentPlot::setArrowsVisible(bool visible) {
    arrows_visible_ = visible;
    for (auto& p : paths_)
        p->setArrowVisible(visible);
    updateAnatomy();
    replotFrame();
}

void DescentPlot::setStepAnatomySource(StepAnatomySource source) {
    anatomy_source_ = std::move(source);
    updateAnatomy();
    replotFrame();
}

void DescentPlot::updateAnatomy() {
    // With the selected run's step arrow, where its head is drawn.
    const bool shown = arrows_visible_ && anatomy_source_ && active_ >= 0 && active_ < runCount() &&
                       path(active_).headShown();
    if (!shown) {
        anatomy_->hide();
        inset_->hide();
        return;
    }
    const RunPath& run = path(active_);
    const int k = run.shownStep();
    const auto& points = run.trace()->points;
    const std::optional<gd::StepAnatomy> parts = anatomy_source_(k);
    const Eigen::Vector2d& x = points[static_cast<std::size_t>(k)].x;
    anatomy_->show(x, parts);
    // The magnified step is for looking at one step: while the animation plays it would
    // flicker, and it hides part of the plot.
    if (!resting_) {
        inset_->hide();
        return;
    }
    inset_->show(x,
                 k > 0 ? std::optional<Eigen::Vector2d>(points[static_cast<std::size_t>(k) - 1].x)
                       : std::nullopt,
                 parts, run.colour());
    if (inset_->shown()) placeInset();
}

bool DescentPlot::placeInset() {
    // Where it hides least: the corner or edge holding the fewest iterates drawn, and never
    // the current point, the legend, a start or a known minimum. Where every place would hide
    // one of those (a small plot), it is not shown: the explanation still gives the step.
    const QPoint at = pixelOf(inset_->point());
    std::vector<QPoint> keep_clear{at, pixelOf(start_point_)};
    for (const auto& m : *minima_->data())
        keep_clear.push_back(pixelOf(Eigen::Vector2d(m.key, m.value)));
    for (const auto& p : paths_) {
        if (p->trace() != nullptr && !p->trace()->points.empty())
            keep_clear.push_back(pixelOf(p->trace()->points.front().x));
    }
    constexpr long kHidesWhatMatters = 1000000;
    constexpr int kMarkerClearance = 12;
    Qt::Alignment best = Qt::AlignBottom | Qt::AlignLeft;
    long fewest = std::numeric_limits<long>::max();
    for (const Qt::Alignment corner :
         {Qt::AlignBottom | Qt::AlignLeft, Qt::AlignBottom | Qt::AlignRight,
          Qt::AlignTop | Qt::AlignLeft, Qt::AlignTop | Qt::AlignRight,
          Qt::AlignBottom | Qt::AlignHCenter, Qt::AlignTop | Qt::AlignHCenter,
          Qt::AlignVCenter | Qt::AlignLeft, Qt::AlignVCenter | Qt::AlignRight}) {
        const QRect box = inset_->cornerRect(corner);
        long covered = 0;
        const QRect clear = box.adjusted(-kMarkerClearance, -kMarkerClearance, kMarkerClearance,
                                         kMarkerClearance);  // a marker is drawn around its point
        for (const QPoint& p : keep_clear) {
            if (clear.contains(p)) covered += kHidesWhatMatters;
        }
        if (legend->visible() && box.intersects(legend->outerRect())) covered += kHidesWhatMatters;
        for (const auto& p : paths_) {
            for (const auto& [t, q] : p->drawnLine()) {
                if (box.contains(QPoint(static_cast<int>(xAxis->coordToPixel(q.x())),
                                        static_cast<int>(yAxis->coordToPixel(q.y())))))
                    ++covered;
            }
        }
        if (covered < fewest) {
            fewest = covered;
            best = corner;
        }
    }
    if (fewest >= kHidesWhatMatters) {
        inset_->hide();
        return true;
    }
    return inset_->setCorner(best);
}

void DescentPlot::showStep(int k, bool resting) {
    step_ = k;
    resting_ = resting;
    bool trail_changed = false;
    for (auto& p : paths_) {
        p->showUpTo(k);
        if (resting) p->settle();
        trail_changed = p->takeTrailChanged() || trail_changed;
    }
    // What the paths share is found again when their trails changed: a tail (the last few
    // points, drawn above every trail) is never hidden.
    if (trail_changed) {
        updateCasings();
        for (auto& p : paths_)
            static_cast<void>(p->takeTrailChanged());  // the casings are on the trail layer too
    }
    ringHeads();
    updateAnatomy();  // first: the labels keep off the step inset
    updateIterateNumbers();
    if (trail_changed) trail_layer_->replot();
    replotFrame();
}

void DescentPlot::replotFrame() {
    runs_layer_->replot();
    inset_->layer()->replot();
}

void DescentPlot::setCaption(const QString& text) {
    caption_text_ = text;
    fitCaption();
    replotFrame();
}

void DescentPlot::fitCaption() {
    // Too wide for the plot's column (a 1024-pixel window with the lecture panel): the reason
    // the run stopped goes on a second line rather than off the edge.
    const int column = caption_->outerRect().width() > 0 ? caption_->outerRect().width()
                                                         : width() - scale_->outerRect().width();
    const QMargins m = caption_->margins();
    const QFontMetricsF metrics(caption_->font(), this);
    QString shown = caption_text_.isEmpty() ? QStringLiteral(" ") : caption_text_;
    if (metrics.horizontalAdvance(shown) > column - m.left() - m.right())
        shown.replace(kCaptionSeparator, QStringLiteral("\n"));
    if (shown == caption_->text()) return;
    const bool lines_change =
        shown.count(QLatin1Char('\n')) != caption_->text().count(QLatin1Char('\n'));
    caption_->setText(shown);
    // One line more or less: the layout makes room for it at the next drawing.
    if (lines_change) replot(QCustomPlot::rpQueuedReplot);
}

QString DescentPlot::caption() const {
    return caption_text_;
}

gd::Rect DescentPlot::view() const {
    return {xAxis->range().lower, xAxis->range().upper, yAxis->range().lower, yAxis->range().upper};
}

void DescentPlot::setView(const gd::Rect& view) {
    requested_view_ = view;
    refit_after_layout_ = true;  // the layout may not have its final size yet
    fitEqualScaling();
    replot(QCustomPlot::rpQueuedReplot);
}

void DescentPlot::setEqualScaling(bool on) {
    equal_scaling_ = on;
    fitEqualScaling();
    replot(QCustomPlot::rpQueuedReplot);
}

void DescentPlot::fitEqualScaling() {
    gd::Rect v = requested_view_;
    const QSize size = axisRect()->size();
    fitted_size_ = size;
    if (equal_scaling_ && size.width() > 0 && size.height() > 0) {
        const double w = v.x_max - v.x_min;
        const double h = v.y_max - v.y_min;
        const double unit = std::max(w / size.width(), h / size.height());  // plot units per px
        const double cx = (v.x_min + v.x_max) / 2;
        const double cy = (v.y_min + v.y_max) / 2;
        v = {cx - unit * size.width() / 2, cx + unit * size.width() / 2,
             cy - unit * size.height() / 2, cy + unit * size.height() / 2};
    }
    adjusting_ = true;
    xAxis->setRange(v.x_min, v.x_max);
    yAxis->setRange(v.y_min, v.y_max);
    adjusting_ = false;
    viewUpdated();  // requested_view_ stays what was asked for, not what was fitted around it
}

QPoint DescentPlot::pixelOf(const Eigen::Vector2d& p) const {
    return {static_cast<int>(std::lround(xAxis->coordToPixel(p.x()))),
            static_cast<int>(std::lround(yAxis->coordToPixel(p.y())))};
}

Eigen::Vector2d DescentPlot::coordsOf(const QPointF& pixel) const {
    return {xAxis->pixelToCoord(pixel.x()), yAxis->pixelToCoord(pixel.y())};
}

void DescentPlot::resizeEvent(QResizeEvent* event) {
    QCustomPlot::resizeEvent(event);
    refit_after_layout_ = true;
    replot(QCustomPlot::rpQueuedReplot);  // lays out again; afterLayout keeps the scaling
}

void DescentPlot::wheelEvent(QWheelEvent* event) {
    // QCustomPlot zooms one axis, then the other. Past the narrowest view that can be sampled
    // (or the widest a double holds) the first would be undone and the second not: the view
    // drifted sideways instead of stopping. So a wheel step that would leave the views the
    // plot can show is not taken at all.
    const double steps = event->angleDelta().y() / 120.0;
    const QPointF at = event->position();
    const double factor =
        std::pow(axisRect()->rangeZoomFactor(Qt::Horizontal), steps);  // both axes alike
    const double x = xAxis->pixelToCoord(at.x());
    const double y = yAxis->pixelToCoord(at.y());
    const gd::Rect v = view();
    const gd::Rect zoomed{x + (v.x_min - x) * factor, x + (v.x_max - x) * factor,
                          y + (v.y_min - y) * factor, y + (v.y_max - y) * factor};
    if (!canShow(zoomed)) {
        event->accept();
        return;
    }
    QCustomPlot::wheelEvent(event);
}

void DescentPlot::leaveEvent(QEvent* event) {
    QCustomPlot::leaveEvent(event);
    emit left();
}

void DescentPlot::setLegendShown(bool shown) {
    legend_shown_ = shown;
    legend->setVisible(shown && legend->itemCount() > 0);
    replot(QCustomPlot::rpQueuedReplot);
}

void DescentPlot::resetLegend() {
    legend_moved_ = false;
    placeLegend();
}

void DescentPlot::placeLegend() {
    legend->setVisible(legend_shown_ && legend->itemCount() > 0);
    if (legend_moved_ || !legend->visible()) return;
    QCPLayoutInset* insets = axisRect()->insetLayout();
    // The inset layout's own rectangle (the axis rect's, less QCustomPlot's 12-pixel margins):
    // the rectangle the legend's placement is a fraction of.
    const QRect area = insets->rect();
    legend_placed_in_ = area;
    // Smaller on a small plot (a 1024 × 768 screen): at full size the legend of four runs took
    // a third of the plot's height, and had no place clear of both the valley and the markers.
    const bool compact = !style_.fixed_text && area.height() < kCompactLegendBelowPixels;
    style_legend(legend, style_, compact ? kCompactLegendShare : 1.0);
    const QSize size = legend->minimumOuterSizeHint();
    if (area.width() <= size.width() || area.height() <= size.height()) return;
    // What a legend must not cover: the starts, the current points and the minima, each drawn
    // as a marker around its point (a weight no path can outweigh), and as few iterates as it
    // can (every run's path, sampled).
    const double marker_radius = kStartPixels * style_.line_scale / 2.0;
    std::vector<QPointF> markers;
    std::vector<std::pair<QPointF, int>> points;
    const auto pixel = [this](const Eigen::Vector2d& p) {
        return QPointF(xAxis->coordToPixel(p.x()), yAxis->coordToPixel(p.y()));
    };
    markers.push_back(pixel(start_point_));
    for (const auto& m : *minima_->data())
        markers.push_back(pixel(Eigen::Vector2d(m.key, m.value)));
    for (const auto& path : paths_) {
        const gd::Trace* trace = path->trace();
        if (trace == nullptr || trace->points.empty()) continue;
        markers.push_back(pixel(trace->points.front().x));
        if (const auto head = path->headPoint()) markers.push_back(pixel(*head));
        const std::size_t stride = std::max<std::size_t>(1, trace->points.size() / 2000);
        for (std::size_t k = 0; k < trace->points.size(); k += stride)
            points.emplace_back(pixel(trace->points[k].x), 1);
        points.emplace_back(pixel(trace->points.back().x), 100);
    }
    // Spots on a 5 × 5 grid over the free room: the corners first, the top right before the
    // others (where a legend is looked for), then the rest; the first of the least covered wins.
    constexpr long kCoversAMarker = 100000;
    const double free_x = area.width() - size.width();
    const double free_y = area.height() - size.height();
    std::vector<QPointF> spots{{1, 0}, {0, 0}, {1, 1}, {0, 1}};
    for (const double fy : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        for (const double fx : {0.5, 0.25, 0.75, 0.0, 1.0}) {
            if (std::find(spots.begin(), spots.end(), QPointF(fx, fy)) == spots.end())
                spots.emplace_back(fx, fy);
        }
    }
    QRectF best;
    long least = std::numeric_limits<long>::max();
    for (const QPointF& spot : spots) {
        const QRectF box(area.left() + spot.x() * free_x, area.top() + spot.y() * free_y,
                         size.width(), size.height());
        long covered = 0;
        const QRectF near =
            box.adjusted(-marker_radius, -marker_radius, marker_radius, marker_radius);
        for (const QPointF& at : markers) {
            if (near.contains(at)) covered += kCoversAMarker;
        }
        const QRectF clear = box.adjusted(-4, -4, 4, 4);
        for (const auto& [at, weight] : points) {
            if (clear.contains(at)) covered += weight;
        }
        if (covered < least) {
            least = covered;
            best = box;
        }
    }
    insets->setInsetPlacement(0, QCPLayoutInset::ipFree);
    insets->setInsetRect(0, QRectF((best.left() - area.left()) / area.width(),
                                   (best.top() - area.top()) / area.height(),
                                   best.width() / area.width(), best.height() / area.height()));
}

void DescentPlot::onPress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    pressed_ = true;
    press_pos_ = event->position();
    if (legend->visible() && legend->outerRect().contains(event->position().toPoint())) {
        // A drag on the legend moves it, not the view.
        dragging_legend_ = true;
        legend_grab_ = event->position() - QPointF(legend->outerRect().topLeft());
        setInteraction(QCP::iRangeDrag, false);
        setCursor(Qt::SizeAllCursor);
        return;
    }
    const QPointF marker = pixelOf(start_point_);
    if (QLineF(marker, press_pos_).length() <= kStartGrabPixels) {
        dragging_start_ = true;
        setInteraction(QCP::iRangeDrag, false);  // this drag moves the marker, not the view
        setCursor(Qt::ClosedHandCursor);
    }
}

void DescentPlot::onMove(QMouseEvent* event) {
    const Eigen::Vector2d p = coordsOf(event->position());
    emit hovered(p.x(), p.y());
    if (dragging_start_) {
        setStartMarker(p);
        emit startPicked(p);
        return;
    }
    if (dragging_legend_) {
        // Placed freely, as a share of the plot area, so that it keeps its place on a resize.
        const QRect area = axisRect()->rect();
        const QSize size = legend->outerRect().size();
        const QPointF top_left = event->position() - legend_grab_;
        const double x =
            std::clamp(top_left.x(), double(area.left()), double(area.right() - size.width()));
        const double y =
            std::clamp(top_left.y(), double(area.top()), double(area.bottom() - size.height()));
        QCPLayoutInset* insets = axisRect()->insetLayout();
        insets->setInsetPlacement(0, QCPLayoutInset::ipFree);
        insets->setInsetRect(
            0, QRectF((x - area.left()) / area.width(), (y - area.top()) / area.height(),
                      double(size.width()) / area.width(), double(size.height()) / area.height()));
        legend_moved_ = true;
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    if (legend->visible() && legend->outerRect().contains(event->position().toPoint())) {
        setCursor(Qt::OpenHandCursor);
        return;
    }
    const bool over_marker =
        QLineF(QPointF(pixelOf(start_point_)), event->position()).length() <= kStartGrabPixels;
    setCursor(over_marker ? Qt::OpenHandCursor : Qt::CrossCursor);
}

void DescentPlot::onRelease(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    if (dragging_legend_) {
        dragging_legend_ = false;
        setInteraction(QCP::iRangeDrag, true);
        setCursor(Qt::OpenHandCursor);
    } else if (dragging_start_) {
        dragging_start_ = false;
        setInteraction(QCP::iRangeDrag, true);
        setCursor(Qt::OpenHandCursor);
    } else if (pressed_ && QLineF(press_pos_, event->position()).length() < kClickSlopPixels) {
        const Eigen::Vector2d p = coordsOf(event->position());
        if (axisRect()->rect().contains(event->position().toPoint())) {
            setStartMarker(p);
            emit startPicked(p);
        }
    }
    pressed_ = false;
}

void DescentPlot::onRangeChanged() {
    if (adjusting_) return;
    if (!canShow(view())) {
        // Zoomed in past what doubles resolve (or out past what they hold): stay where the
        // last view was, rather than draw a field that cannot be sampled.
        fitEqualScaling();
        return;
    }
    // Zoom and pan scale both axes alike, so they keep the scaling; the view they reach is
    // what a later resize fits.
    requested_view_ = view();
    viewUpdated();
}

void DescentPlot::viewUpdated() {
    // Enough digits that neighbouring ticks differ, however far the view is zoomed in: at a
    // width of 1e-9 around 0.05 six digits made every tick read "0.0458365".
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setNumberPrecision(digits_to_tell_apart(axis->range().lower, axis->range().upper));
    }
    for (auto& p : paths_)
        p->rebuildIfScaleChanged();
    anatomy_->relayout();
    inset_->relayout();
    gradient_->relayout();
    placeLegend();
    emit viewChanged(view());
}

}  // namespace gdlab
