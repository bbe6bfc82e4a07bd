// What the descent plot draws, checked on the real window offscreen and on its pixels: every
// step is the straight segment between two iterates; no run's path is hidden by another's; a run
// keeps its colour and place when another is removed; the iterate labels never cover each other
// or a marker and number the iterates without a gap.
#include <QListWidget>
#include <QRegularExpression>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <set>

#include "gui/model/animation.hpp"
#include "gui/model/demos.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/runs_panel.hpp"
#include "gui/plot/contour_plottable.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/gradient_field.hpp"
#include "gui/plot/palette.hpp"
#include "gui/plot/step_inset.hpp"
#include "gui/window/main_window.hpp"
#include "shown_window.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

bool colour_near(QRgb pixel, const QColor& colour, int tolerance) {
    return std::abs(qRed(pixel) - colour.red()) <= tolerance &&
           std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

// Whether the colour can be seen near p: at least kSeenPixels pixels of it within kSeenRadius,
// far enough for the band of a path under three others. (A path hidden under another leaks a
// pixel or two of its dots' edges; a line, or a band beside the paths above, shows many.)
constexpr int kSeenRadius = 12;
constexpr int kSeenPixels = 8;
bool colour_seen(const QImage& image, const QPointF& p, const QColor& colour) {
    int count = 0;
    for (int dy = -kSeenRadius; dy <= kSeenRadius; ++dy) {
        for (int dx = -kSeenRadius; dx <= kSeenRadius; ++dx) {
            if (dx * dx + dy * dy > kSeenRadius * kSeenRadius) continue;
            const QPoint q(static_cast<int>(std::lround(p.x())) + dx,
                           static_cast<int>(std::lround(p.y())) + dy);
            if (image.rect().contains(q) && colour_near(image.pixel(q), colour, 40)) ++count;
        }
    }
    return count >= kSeenPixels;
}

double distance(const QLineF& segment, const QPointF& p) {
    const QPointF d = segment.p2() - segment.p1();
    const double length2 = QPointF::dotProduct(d, d);
    const double u = length2 > 0
                         ? std::clamp(QPointF::dotProduct(p - segment.p1(), d) / length2, 0.0, 1.0)
                         : 0.0;
    return QLineF(segment.p1() + u * d, p).length();
}

struct Visibility {
    double share = 1.0;      // of the path's samples, where its colour can be seen
    int longest_hidden = 0;  // pixels, along the path
};

// Where the run's drawn path (sampled every 4 pixels inside the plot area, away from the legend,
// the iterate labels and the markers drawn over every path) can be seen.
Visibility visibility(MainWindow& w, const QImage& image, int run) {
    DescentPlot& plot = w.plot();
    const QRectF area = QRectF(plot.axisRect()->rect()).adjusted(4, 4, -4, -4);
    // The legend and the step inset lie over the plot.
    std::vector<QRectF> hidden_by{QRectF(plot.legend->outerRect()).adjusted(-4, -4, 4, 4)};
    if (plot.stepInset().shown())
        hidden_by.push_back(QRectF(plot.stepInset().outerRect()).adjusted(-4, -4, 4, 4));
    for (const QRectF& box : plot.shownIterateBoxes())
        hidden_by.push_back(box.adjusted(-4, -4, 4, 4));
    // The start's marker and the current points are drawn over every path.
    const auto around = [&plot](const Eigen::Vector2d& p) {
        const QPointF at(plot.xAxis->coordToPixel(p.x()), plot.yAxis->coordToPixel(p.y()));
        return QRectF(at - QPointF(14, 14), QSizeF(28, 28));
    };
    hidden_by.push_back(around(w.session().activeRun().spec.settings.start));
    for (int k = 0; k < plot.runCount(); ++k) {
        if (const auto head = plot.path(k).headPoint()) hidden_by.push_back(around(*head));
    }
    const QColor colour = plot.path(run).colour();
    // Where the run's own steps lie closer together than its dots are wide (the tail of a
    // zig-zag closing in on the minimum), no drawing tells them apart, nor any path under them:
    // the numbers and the coordinates view are for that. Those samples are not judged.
    std::vector<QLineF> own;
    std::vector<double> along;  // the path's length up to the start of each step
    {
        QPointF last(qQNaN(), qQNaN());
        double length = 0.0;
        for (const auto& [t, p] : plot.path(run).drawnLine()) {
            const QPointF at(plot.xAxis->coordToPixel(p.x()), plot.yAxis->coordToPixel(p.y()));
            if (std::isfinite(last.x()) && std::isfinite(at.x())) {
                own.emplace_back(last, at);
                along.push_back(length);
                length += own.back().length();
            }
            last = at;
        }
    }
    // Steps more than 20 pixels away along the path, yet within 8 pixels of the sample.
    const auto crowded = [&](const QPointF& q, std::size_t on) {
        for (std::size_t i = 0; i < own.size(); ++i) {
            if (std::abs(along[i] - along[on]) < 20.0) continue;
            if (distance(own[i], q) < 8.0) return true;
        }
        return false;
    };
    int samples = 0;
    int seen = 0;
    int hidden_run = 0;
    int longest_hidden = 0;
    QPointF previous(qQNaN(), qQNaN());
    std::size_t step = 0;  // the index in `own` of the step sampled
    for (const auto& [t, p] : plot.path(run).drawnLine()) {
        const QPointF at(plot.xAxis->coordToPixel(p.x()), plot.yAxis->coordToPixel(p.y()));
        if (std::isfinite(previous.x()) && std::isfinite(at.x())) {
            const std::size_t on = step++;
            const double length = QLineF(previous, at).length();
            const int n = std::max(1, static_cast<int>(length / 4.0));
            for (int j = 0; j < n; ++j) {
                const QPointF q = previous + (at - previous) * (static_cast<double>(j) / n);
                if (!area.contains(q)) continue;
                if (std::any_of(hidden_by.begin(), hidden_by.end(),
                                [&q](const QRectF& r) { return r.contains(q); }) ||
                    crowded(q, on))
                    continue;
                ++samples;
                if (colour_seen(image, q, colour)) {
                    ++seen;
                    hidden_run = 0;
                } else {
                    hidden_run += 4;
                    longest_hidden = std::max(longest_hidden, hidden_run);
                }
            }
        }
        previous = at;
    }
    return {samples == 0 ? 1.0 : static_cast<double>(seen) / samples, longest_hidden};
}

// The iterate numbers the labels show ("x₀,₂,₄" is 0, 2 and 4; "x₅₋₉" is 5 to 9).
std::set<int> numbers_shown(const QStringList& labels) {
    std::set<int> numbers;
    const auto digits = [](const QString& text) {
        QString plain;
        for (QChar c : text)
            plain += QChar(u'0' + (c.unicode() - 0x2080));
        return plain.toInt();
    };
    for (const QString& label : labels) {
        for (const QString& part : label.mid(1).split(QLatin1Char(','))) {
            const QStringList range = part.split(QStringLiteral("₋"));
            const int from = digits(range.front());
            const int to = digits(range.back());
            for (int k = from; k <= to; ++k)
                numbers.insert(k);
        }
    }
    return numbers;
}

}  // namespace

#define FRESH_WINDOW(name)                             \
    QVERIFY2(showFresh(), qPrintable(setup_failure_)); \
    MainWindow& name = *window_

class DrawingTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_dir_;
    std::unique_ptr<MainWindow> window_;
    QString setup_failure_;

    bool showFresh() {
        window_ = std::make_unique<MainWindow>(false);
        window_->resize(1280, 800);
        setup_failure_ = show_and_draw(*window_);
        if (!setup_failure_.isEmpty()) return false;
        return true;
    }

    // Opens demo `index` and shows its step k (the end when k < 0), at rest.
    bool showDemo(int index, int k) {
        window_->loadDemo(index);
        if (!window_->waitUntilDrawn()) return false;
        window_->animation().pause();
        if (k < 0) {
            window_->animation().toEnd();
        } else {
            window_->animation().setStep(k);
        }
        return window_->waitUntilDrawn();
    }

    static void eachDemo() {
        QTest::addColumn<int>("index");
        for (int k = 0; k < static_cast<int>(demos().size()); ++k)
            QTest::newRow(qPrintable(QStringLiteral("demo %1").arg(k + 1))) << k;
    }

  private slots:
    void initTestCase() {
        QVERIFY2(settings_dir_.isValid(), qPrintable(settings_dir_.errorString()));
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-tests"),
                         QStringLiteral("gdlab-drawing-tests"));
    }
    void cleanup() { window_.reset(); }

    // Every point of every drawn path is an iterate of its trace: a step is the straight jump
    // from x_k to x_k+1, never an arc (a hop back across the minimum was drawn as one).
    void everyStepIsAStraightSegment_data() { eachDemo(); }
    void everyStepIsAStraightSegment() {
        QFETCH(int, index);
        FRESH_WINDOW(w);
        QVERIFY(showDemo(index, -1));
        for (int run = 0; run < w.plot().runCount(); ++run) {
            const gd::Trace* trace = w.plot().path(run).trace();
            QVERIFY(trace != nullptr);
            for (const auto& [t, p] : w.plot().path(run).drawnLine()) {
                if (!p.allFinite()) continue;  // a break where the path leaves the far box
                QVERIFY2(t == std::floor(t),
                         qPrintable(QStringLiteral("run %1: a point at t = %2").arg(run).arg(t)));
                const auto k = static_cast<std::size_t>(t);
                QVERIFY(k < trace->points.size());
                // The iterate itself, or (leaving the view far behind) a point on its step.
                const Eigen::Vector2d& x = trace->points[k].x;
                if (x != p) {
                    QVERIFY(k > 0);
                    const Eigen::Vector2d a = trace->points[k - 1].x;
                    const Eigen::Vector2d d = x - a;
                    const double cross = d.x() * (p.y() - a.y()) - d.y() * (p.x() - a.x());
                    QVERIFY2(std::abs(cross) <= 1e-9 * d.squaredNorm(), "off its step");
                }
            }
        }
    }

    // Paths that share a line never hide each other: no stretch of a run's path longer than
    // 40 pixels is hidden (where paths cross, a shorter one is), and its colour shows along at
    // least 70 % of it, at the end of every demo, in demo 11 while its two runs are one path
    // (the step decay begins at step 21), and in demo 9 while its four runs set off together.
    void noPathIsHidden_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("step");
        for (int k = 0; k < static_cast<int>(demos().size()); ++k)
            QTest::newRow(qPrintable(QStringLiteral("demo %1 at the end").arg(k + 1))) << k << -1;
        QTest::newRow("demo 11 at step 15") << 10 << 15;
        QTest::newRow("demo 9 at step 300") << 8 << 300;
    }
    void noPathIsHidden() {
        QFETCH(int, index);
        QFETCH(int, step);
        FRESH_WINDOW(w);
        QVERIFY(showDemo(index, step));
        // Grabbed once the plot stops changing: the legend and the step inset are placed again
        // once the layout settles, which on a loaded machine came after a first grab.
        QImage image = w.plot().grab().toImage();
        for (int tries = 0; tries < 20; ++tries) {
            QTest::qWait(50);
            const QImage again = w.plot().grab().toImage();
            if (again == image) break;
            image = again;
        }
        for (int run = 0; run < w.plot().runCount(); ++run) {
            const Visibility seen = visibility(w, image, run);
            const QString what = QStringLiteral(
                                     "run %1 shows along %2 % of its path; %3 px "
                                     "of it are hidden in one stretch")
                                     .arg(run + 1)
                                     .arg(100 * seen.share, 0, 'f', 1)
                                     .arg(seen.longest_hidden);
            QVERIFY2(seen.longest_hidden <= 40 && seen.share >= 0.7, qPrintable(what));
        }
    }

    // Demo 1 has the stall (lr 0.001), the creep (0.1) and the hops (0.7, selected). Removing
    // the stall and selecting the creep keeps each run's colour, and draws the runs in the one
    // order: the selected on top, then the others in run order.
    void removingARunKeepsTheOthersColoursAndOrder() {
        FRESH_WINDOW(w);
        QVERIFY(showDemo(0, -1));
        QCOMPARE(w.plot().drawingOrder(), (std::vector<int>{1, 0, 2}));
        const QColor creep = w.plot().path(1).colour();
        const QColor hops = w.plot().path(2).colour();
        QCOMPARE(creep, run_colour(1));
        w.session().setActiveIndex(0);
        w.session().removeRun(0);
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.plot().path(0).colour(), creep);
        QCOMPARE(w.plot().path(1).colour(), hops);
        auto* list = w.runsPanel().findChild<QListWidget*>();
        QVERIFY(list != nullptr);
        QCOMPARE(list->item(0)->icon().pixmap(8, 8).toImage().pixelColor(4, 4), creep);
        w.session().setActiveIndex(1);
        w.session().setActiveIndex(0);
        QCOMPARE(w.plot().drawingOrder(), (std::vector<int>{1, 0}));
        // A run added takes the colour no run has: the one removed.
        QVERIFY(w.session().addRun());
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.plot().path(2).colour(), run_colour(0));
        QCOMPARE(w.plot().drawingOrder(), (std::vector<int>{1, 0, 2}));
        // Undo gives back the scene with its colours.
        w.session().setActiveIndex(0);
        const Scene before = w.session().scene();
        w.session().removeRun(0);
        w.session().setScene(before);
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.plot().path(0).colour(), creep);
        QCOMPARE(w.plot().path(1).colour(), hops);
    }

    // No label covers another label or a marker (an iterate of any run, a current point, the
    // start, a minimum), nor the legend or the step inset, and the numbers shown are x₀ … xₙ
    // without a gap, at steps 3 and 9 and at the end of every demo.
    void iterateLabelsNeverCollideOrSkip_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("step");
        for (int k = 0; k < static_cast<int>(demos().size()); ++k) {
            for (int step : {3, 9, -1}) {
                QTest::newRow(qPrintable(QStringLiteral("demo %1 at %2")
                                             .arg(k + 1)
                                             .arg(step < 0 ? QStringLiteral("the end")
                                                           : QStringLiteral("step %1").arg(step))))
                    << k << step;
            }
        }
    }
    void iterateLabelsNeverCollideOrSkip() {
        QFETCH(int, index);
        QFETCH(int, step);
        FRESH_WINDOW(w);
        QVERIFY(showDemo(index, step));
        DescentPlot& plot = w.plot();
        const QStringList labels = plot.shownIterateNumbers();
        const std::vector<QRectF> boxes = plot.shownIterateBoxes();
        QCOMPARE(boxes.size(), static_cast<std::size_t>(labels.size()));
        QVERIFY2(!labels.isEmpty(), "no iterate is numbered");
        const std::set<int> numbers = numbers_shown(labels);
        QCOMPARE(*numbers.begin(), 0);
        QVERIFY2(*numbers.rbegin() == static_cast<int>(numbers.size()) - 1,
                 qPrintable(QStringLiteral("a number is missing: ") + labels.join(' ')));
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                QVERIFY2(!boxes[i].intersects(boxes[j]),
                         qPrintable(labels[static_cast<qsizetype>(i)] + QStringLiteral(" covers ") +
                                    labels[static_cast<qsizetype>(j)]));
            }
        }
        // Marker centres: every drawn iterate, every current point, the start.
        std::vector<QPointF> markers;
        const auto pixel = [&plot](const Eigen::Vector2d& p) {
            return QPointF(plot.xAxis->coordToPixel(p.x()), plot.yAxis->coordToPixel(p.y()));
        };
        for (int run = 0; run < plot.runCount(); ++run) {
            for (const auto& [t, p] : plot.path(run).drawnLine()) {
                if (p.allFinite()) markers.push_back(pixel(p));
            }
            if (const auto head = plot.path(run).headPoint()) markers.push_back(pixel(*head));
        }
        markers.push_back(pixel(w.session().activeRun().spec.settings.start));
        // Nor the legend, nor the step inset.
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            QVERIFY(!boxes[i].intersects(plot.legend->outerRect()));
            if (plot.stepInset().shown())
                QVERIFY(!boxes[i].intersects(plot.stepInset().outerRect()));
        }
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            for (const QPointF& m : markers) {
                QVERIFY2(!boxes[i].adjusted(-2, -2, 2, 2).contains(m),
                         qPrintable(
                             labels[static_cast<qsizetype>(i)] +
                             QStringLiteral(" covers a marker at (%1, %2)").arg(m.x()).arg(m.y())));
            }
        }
    }

    // The legend and the step inset never cover a start, a current point or a known minimum,
    // nor each other: at 1024 × 768 in demo 9 the legend covered the minimum and the inset the
    // start of demo 8, and a start dragged under the legend disappeared. The legend can be
    // dragged, and hidden.
    // Each demo at both sizes, loaded at the other first: what is placed must be placed again
    // when the window changes size.
    void theLegendAndTheInsetKeepOffTheMarkers_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<QSize>("from");
        QTest::addColumn<QSize>("to");
        for (const auto& [from, to] : {std::pair(QSize(1280, 800), QSize(1024, 768)),
                                       std::pair(QSize(1024, 768), QSize(1280, 800))}) {
            for (int k = 0; k < static_cast<int>(demos().size()); ++k)
                QTest::newRow(qPrintable(
                    QStringLiteral("demo %1 at %2x%3").arg(k + 1).arg(to.width()).arg(to.height())))
                    << k << from << to;
        }
    }
    void theLegendAndTheInsetKeepOffTheMarkers() {
        QFETCH(int, index);
        QFETCH(QSize, from);
        QFETCH(QSize, to);
        FRESH_WINDOW(w);
        w.resize(from);
        QVERIFY(showDemo(index, -1));
        w.resize(to);
        QVERIFY(w.waitUntilDrawn());
        for (int pass = 0; pass < 3; ++pass) {  // the resize's layout, then what it queued
            QCoreApplication::processEvents();
            w.plot().replot(QCustomPlot::rpImmediateRefresh);
        }
        DescentPlot& plot = w.plot();
        QVERIFY(plot.legend->visible());
        std::vector<std::pair<QString, Eigen::Vector2d>> markers;
        for (int run = 0; run < plot.runCount(); ++run) {
            const gd::Trace* trace = plot.path(run).trace();
            markers.emplace_back(QStringLiteral("run %1's start").arg(run + 1),
                                 trace->points.front().x);
            if (const auto head = plot.path(run).headPoint())
                markers.emplace_back(QStringLiteral("run %1's current point").arg(run + 1), *head);
        }
        if (const gd::Preset* preset = demos()[static_cast<std::size_t>(index)].scene.preset) {
            for (const auto& m : preset->minima)
                markers.emplace_back(QStringLiteral("a minimum"), m.point);
        }
        std::vector<std::pair<QString, QRect>> boxes{
            {QStringLiteral("the legend"), plot.legend->outerRect()}};
        if (plot.stepInset().shown())
            boxes.emplace_back(QStringLiteral("the step inset"), plot.stepInset().outerRect());
        QStringList covered;
        constexpr int kMarkerRadius = 6;  // a marker is drawn around its point
        for (const auto& [box_name, box] : boxes) {
            const QRect clear =
                box.adjusted(-kMarkerRadius, -kMarkerRadius, kMarkerRadius, kMarkerRadius);
            for (const auto& [name, at] : markers) {
                if (plot.axisRect()->rect().contains(plot.pixelOf(at)) &&
                    clear.contains(plot.pixelOf(at)))
                    covered << box_name + QStringLiteral(" covers ") + name;
            }
        }
        if (boxes.size() == 2 && boxes[0].second.intersects(boxes[1].second))
            covered << QStringLiteral("the step inset covers the legend");
        // And the inset's labels lie whole inside it.
        for (int i = 0; i < plot.itemCount() && plot.stepInset().shown(); ++i) {
            const auto* text = qobject_cast<const QCPItemText*>(plot.item(i));
            if (text == nullptr || !text->visible() || text->layer() != plot.stepInset().layer() ||
                text->text().isEmpty())
                continue;
            const QRectF box(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
            if (!QRectF(plot.stepInset().outerRect()).adjusted(-1, -1, 1, 1).contains(box))
                covered << QStringLiteral("the inset cuts its label \"%1\"").arg(text->text());
        }
        QVERIFY2(covered.isEmpty(), qPrintable(covered.join(QStringLiteral("; "))));
    }

    // Where the legend is looked for first (the top right) holds the minimum: it goes elsewhere.
    void theLegendGoesWhereNoMinimumIs() {
        FRESH_WINDOW(w);
        w.applyPreset(*gd::find_preset("bowl"));
        RunSpec spec = w.session().activeRun().spec;
        spec.settings.start = {-4, -4};
        spec.settings.max_iterations = 3;  // its current point far from the minimum
        w.session().setActiveSpec(spec);
        QVERIFY(w.waitUntilDrawn());
        // The minimum 0.3 in from the top right, at the plot's own aspect (no widening).
        const double aspect =
            static_cast<double>(w.plot().axisRect()->width()) / w.plot().axisRect()->height();
        w.plot().setView({0.3 - 5.3 * aspect, 0.3, -5.0, 0.3});
        w.plot().replot(QCustomPlot::rpImmediateRefresh);
        const QPoint minimum = w.plot().pixelOf({0, 0});
        QVERIFY(w.plot().axisRect()->rect().contains(minimum));
        QVERIFY(!w.plot().legend->outerRect().adjusted(-6, -6, 6, 6).contains(minimum));
    }

    void theLegendMovesOutOfTheWayOfADraggedStartAndCanBeDraggedOrHidden() {
        FRESH_WINDOW(w);
        DescentPlot& plot = w.plot();
        QRect box = plot.legend->outerRect();
        // The start dragged to the legend's middle: the legend goes to another corner.
        const QPoint start = plot.pixelOf(w.session().activeRun().spec.settings.start);
        QTest::mousePress(&plot, Qt::LeftButton, {}, start);
        QTest::mouseMove(&plot, (start + box.center()) / 2);
        QTest::mouseMove(&plot, box.center());
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, box.center());
        QVERIFY(w.waitUntilDrawn());
        plot.replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(!plot.legend->outerRect().contains(
            plot.pixelOf(w.session().activeRun().spec.settings.start)));
        // Dragged by the user, it stays where it is put, whatever the runs do.
        box = plot.legend->outerRect();
        const QPoint grab = box.center();
        const QPoint to = plot.axisRect()->rect().center();
        QTest::mousePress(&plot, Qt::LeftButton, {}, grab);
        QTest::mouseMove(&plot, (grab + to) / 2);
        QTest::mouseMove(&plot, to);
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, to);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(plot.legendMovedByUser());
        QVERIFY2((plot.legend->outerRect().center() - to).manhattanLength() <= 4,
                 qPrintable(QStringLiteral("(%1, %2)")
                                .arg(plot.legend->outerRect().center().x())
                                .arg(plot.legend->outerRect().center().y())));
        QCOMPARE(w.session().activeRun().spec.settings.start,
                 w.session().activeRun().spec.settings.start);  // the drag moved no start
        // Ctrl+L hides it and shows it again in its corner.
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!plot.legend->visible());
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(plot.legend->visible());
        QVERIFY(!plot.legendMovedByUser());
    }

    // The ill-conditioned bowl from (−3, 4): its own view (y within ±2.5) leaves the start out,
    // and going back to it keeps it out; Fit to the runs (Ctrl+0) frames the start, the path and
    // the minimum.
    void fitToTheRunsFramesTheStartThePathAndTheMinimum() {
        FRESH_WINDOW(w);
        w.applyPreset(*gd::find_preset("ill-conditioned"));
        QVERIFY(w.waitUntilDrawn());
        RunSpec spec = w.session().activeRun().spec;
        spec.settings.start = {-3, 4};
        w.session().setActiveSpec(spec);
        QVERIFY(w.waitUntilDrawn());
        const auto inside = [&w](const Eigen::Vector2d& p) {
            const gd::Rect v = w.plot().view();
            return p.x() >= v.x_min && p.x() <= v.x_max && p.y() >= v.y_min && p.y() <= v.y_max;
        };
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!inside({-3, 4}));
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(inside({-3, 4}));
        QVERIFY(inside({0, 0}));
        for (const gd::TracePoint& p : w.session().activeRun().trace->points)
            QVERIFY(inside(p.x));
        // With a margin, not much more: the path fills most of the view's height.
        QVERIFY(w.plot().view().y_max - w.plot().view().y_min < 2 * 4.0 * 1.3 + 1e-9 ||
                w.plot().equalScaling());
    }

    // View > Gradient field (Ctrl+D): on the bowl every arrow points at the minimum, the way
    // −∇f = −(2x, 2y) does, and the far ones are longer; off again, none is drawn.
    void theGradientFieldPointsDownhill() {
        FRESH_WINDOW(w);
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
        w.redrawFieldNow();
        const auto& arrows = w.plot().gradientField().drawn();
        QVERIFY2(arrows.size() >= std::size_t{kArrowColumns * kMinArrowRows},
                 qPrintable(QString::number(arrows.size())));
        const QPointF origin = w.plot().pixelOf({0, 0});
        double nearest = 1e9;
        double farthest = 0.0;
        double short_length = 0.0;
        double long_length = 0.0;
        for (const QLineF& arrow : arrows) {
            const QPointF centre = (arrow.p1() + arrow.p2()) / 2;
            const QPointF to_minimum = origin - centre;
            const double d = std::hypot(to_minimum.x(), to_minimum.y());
            if (d < 1.0) continue;
            const QPointF along = arrow.p2() - arrow.p1();
            const double cosine =
                (along.x() * to_minimum.x() + along.y() * to_minimum.y()) / (arrow.length() * d);
            QVERIFY2(cosine > 0.999, qPrintable(QString::number(cosine)));
            if (d < nearest) {
                nearest = d;
                short_length = arrow.length();
            }
            if (d > farthest) {
                farthest = d;
                long_length = arrow.length();
            }
        }
        QVERIFY(long_length > 1.5 * short_length);
        // The legend says what the arrows are (a class reads arrows as the gradient).
        const auto legend_names = [&w] {
            QStringList names;
            for (int i = 0; i < w.plot().legend->itemCount(); ++i) {
                if (auto* item = qobject_cast<QCPPlottableLegendItem*>(w.plot().legend->item(i)))
                    names << item->plottable()->name();
            }
            return names;
        };
        QVERIFY2(legend_names().contains(QStringLiteral("−∇f: downhill")),
                 qPrintable(legend_names().join(", ")));
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(w.plot().gradientField().drawn().empty());
        QVERIFY(!legend_names().contains(QStringLiteral("−∇f: downhill")));
    }

    // View > Contour lines: how many and how spaced, the scene's (saved with it, a change to
    // it), and the plot draws them.
    void theContourLinesAreChosenInTheViewMenu() {
        FRESH_WINDOW(w);
        const int before = w.plot().contours().levelCount();
        QVERIFY(before > 5 && before <= kDefaultContourLevels);
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("30 lines")) a->trigger();
        }
        QVERIFY(w.waitUntilDrawn());
        QVERIFY2(
            w.plot().contours().levelCount() > before && w.plot().contours().levelCount() <= 30,
            qPrintable(QString::number(w.plot().contours().levelCount())));
        QCOMPARE(w.currentScene().contours.count, 30);
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->text().startsWith(QStringLiteral("Spaced in log f"))) a->trigger();
        }
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.currentScene().contours.spacing, std::optional(gd::LevelSpacing::log));
        QVERIFY(w.plot().heatmap().dataScaleType() == QCPAxis::stLogarithmic);
        QVERIFY(w.isWindowModified());
        // A scene opened brings its own.
        Scene plain = w.currentScene();
        plain.contours = {};
        w.showScene(plain);
        QVERIFY(w.waitUntilDrawn());
        QVERIFY(w.plot().contours().levelCount() <= kDefaultContourLevels);
        QVERIFY(w.plot().heatmap().dataScaleType() == QCPAxis::stLinear);  // the bowl's own
    }

    // Runs > Every run from this start, and at this learning rate: the selected run's, given to
    // every run, one undo step; colours and selection kept.
    void aStartOrALearningRateIsGivenToEveryRun() {
        FRESH_WINDOW(w);
        QVERIFY(showDemo(2, -1));  // three rates, three starts
        const auto colours = w.currentScene().colours;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("Every run from this &start")) a->trigger();
        }
        QVERIFY(w.waitUntilDrawn());
        const Eigen::Vector2d start = w.session().activeRun().spec.settings.start;
        for (const Run& run : w.session().runs())
            QCOMPARE(run.spec.settings.start, start);
        QCOMPARE(w.session().activeIndex(), 2);
        QCOMPARE(w.currentScene().colours, colours);
        QCOMPARE(gd::learning_rate(w.session().runs()[0].spec.optimizer), 0.9);  // rates kept
        w.undoStack().undo();
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.session().runs()[1].spec.settings.start, Eigen::Vector2d(4, 3));
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("Every run at this &learning rate")) a->trigger();
        }
        QVERIFY(w.waitUntilDrawn());
        for (const Run& run : w.session().runs())
            QCOMPARE(gd::learning_rate(run.spec.optimizer), 1.1);
        QCOMPARE(w.session().runs()[1].spec.settings.start, Eigen::Vector2d(4, 3));
        QCOMPARE(w.undoStack().undoText(), QStringLiteral("give every run this learning rate"));
    }
};

QTEST_MAIN(DrawingTest)
#include "drawing_test.moc"
