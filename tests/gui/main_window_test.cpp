// Drives the real main window, offscreen: typing expressions, presets, clicks and drags on the
// plot, the animation, comparison runs, demos, settings and a rendered picture.
#include "gui/window/main_window.hpp"

#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <set>

#include "gui/launch/startup_options.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/demos.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/log_slider.hpp"
#include "gui/panels/number_spin_box.hpp"
#include "gui/panels/objective_editor.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/panels/runs_panel.hpp"
#include "gui/panels/step_explanation.hpp"
#include "gui/plot/contour_plottable.hpp"
#include "gui/plot/convergence_plot.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/palette.hpp"
#include "shown_window.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

QString plain_text(QTextBrowser& browser) {
    return without_word_joiners(browser.toPlainText()).simplified();
}

// Types into the expression field as a user would, then waits out the debounce.
void type_expression(MainWindow& w, const QString& text) {
    QLineEdit* edit = w.editor().expressionBox()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

double heatmap_cell(MainWindow& w, int i, int j) {
    return w.plot().heatmap().data()->cell(i, j);
}

// The descent plot's legend, an entry a line: its name, and for a run's entry the run whose
// colour it is drawn in ("lr = 0.7 in colour 1").
QStringList legend_entries(MainWindow& w) {
    QStringList entries;
    QCPLegend& legend = *w.plot().legend;
    for (int i = 0; i < legend.itemCount(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(legend.item(i));
        if (item == nullptr) {
            entries << QStringLiteral("(not a plottable)");
            continue;
        }
        QString entry = item->plottable()->name();
        for (int k = 0; k < kMaxRuns; ++k) {
            if (item->plottable()->pen().color() == run_colour(k))
                entry += QStringLiteral(" in colour %1").arg(k);
        }
        entries << entry;
    }
    return entries;
}

bool near(const QColor& a, const QColor& b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

}  // namespace

// Binds `name` to a new window (the arguments after it go to showFresh), shown and drawn. A
// window that cannot be shown or drawn fails the test here, rather than letting it go on with
// a half-made scene. A macro because QVERIFY2 returns from the test function.
#define FRESH_WINDOW(name, ...)                                   \
    QVERIFY2(showFresh(__VA_ARGS__), qPrintable(setup_failure_)); \
    MainWindow& name = *window_

class MainWindowTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_dir_;
    QTemporaryDir pictures_;  // of the window, to look at
    std::unique_ptr<MainWindow> window_;

    QString setup_failure_;

    // A new window, shown and drawn. False, with the reason in setup_failure_, when it cannot
    // be: use it through FRESH_WINDOW, which then fails the test.
    bool showFresh(bool restore = false) {
        window_ = std::make_unique<MainWindow>(restore);
        setup_failure_ = show_and_draw(*window_);
        if (!setup_failure_.isEmpty()) return false;
        return true;
    }

  private slots:
    void initTestCase() {
        QVERIFY2(settings_dir_.isValid(), qPrintable(settings_dir_.errorString()));
        QVERIFY2(pictures_.isValid(), qPrintable(pictures_.errorString()));
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-tests"),
                         QStringLiteral("gdlab-tests"));
    }
    void cleanup() {
        window_.reset();
        // Pictures of a failed test are kept to look at (in the build tree's TMPDIR under
        // CTest); the folder goes otherwise.
        if (QTest::currentTestFailed() && pictures_.autoRemove()) {
            pictures_.setAutoRemove(false);
            qInfo("pictures kept in %s", qPrintable(pictures_.path()));
        }
    }

    void startsOnTheDefaultScene() {
        FRESH_WINDOW(w);
        QCOMPARE(w.session().expressionText(), QStringLiteral("x^2 + y^2"));
        QVERIFY(w.session().activeRun().trace);
        QCOMPARE(w.session().activeRun().trace->stop, gd::StopReason::converged);
        QCOMPARE(w.editor().gradientLabel()->text(), QStringLiteral("∇f = (2x,  2y)"));
        QVERIFY(w.plot().contours().levelCount() >= 5);
    }

    void typingAValidExpressionRedraws() {
        FRESH_WINDOW(w);
        const double before = heatmap_cell(w, 400, 100);
        type_expression(w, "x^2 + 3*y^2");
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("x^2 + 3*y^2"));
        QVERIFY(!w.editor().hasError());
        QCOMPARE(w.editor().gradientLabel()->text(), QStringLiteral("∇f = (2x,  6y)"));
        QVERIFY(w.waitUntilDrawn());
        QTRY_VERIFY(heatmap_cell(w, 400, 100) != before);
        QCOMPARE(w.editor().presetBox()->currentIndex(), 0);  // "Custom expression"
    }

    void anInvalidExpressionShowsWhereAndKeepsThePlot() {
        FRESH_WINDOW(w);
        const double before = heatmap_cell(w, 300, 200);
        const auto trace_before = w.session().activeRun().trace;
        type_expression(w, "x^2 + * y");
        QTRY_VERIFY(w.editor().hasError());
        const QString shown = w.editor().errorLabel()->text();
        QVERIFY2(shown.contains("column 7"), qPrintable(shown));
        QVERIFY2(shown.contains("^"), qPrintable(shown));
        QVERIFY(w.editor().errorLabel()->isVisible());
        QVERIFY(!w.editor().expressionBox()->styleSheet().isEmpty());
        QCOMPARE(w.editor().text(), QStringLiteral("x^2 + * y"));  // nothing typed is lost
        QCOMPARE(w.session().expressionText(), QStringLiteral("x^2 + y^2"));
        QCOMPARE(w.session().activeRun().trace, trace_before);
        QCOMPARE(heatmap_cell(w, 300, 200), before);
        QVERIFY(w.grab().save(pictures_.filePath("error.png")));
        // An unknown name gets a suggestion.
        type_expression(w, "sni(x) + y");
        QTRY_COMPARE(w.editor().text(), QStringLiteral("sni(x) + y"));
        QTRY_VERIFY(w.editor().errorText().contains("did you mean sin?"));
        // Fixing it clears the error.
        type_expression(w, "sin(x) + y^2");
        QTRY_VERIFY(!w.editor().hasError());
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("sin(x) + y^2"));
    }

    void everyPresetShowsItsScene() {
        FRESH_WINDOW(w);
        QComboBox* box = w.editor().presetBox();
        for (int index = 1; index < box->count(); ++index) {
            const gd::Preset* p = gd::find_preset(box->itemData(index).toString().toStdString());
            QVERIFY(p != nullptr);
            box->setCurrentIndex(index);
            emit box->activated(index);
            QVERIFY(w.waitUntilDrawn());
            QCOMPARE(w.session().preset(), p);
            QCOMPARE(w.session().runs().size(), std::size_t{1});
            QVERIFY(w.session().activeRun().spec == spec_of(*p));
            const auto& trace = w.session().activeRun().trace;
            QVERIFY(trace && !trace->points.empty());
            QVERIFY2(trace->stop != gd::StopReason::diverged, p->name.data());
            // Equal scaling may widen one axis, never cut the preset's view.
            const gd::Rect v = w.plot().view();
            QVERIFY(v.x_min <= p->view.x_min + 1e-9 && v.x_max >= p->view.x_max - 1e-9);
            QVERIFY(v.y_min <= p->view.y_min + 1e-9 && v.y_max >= p->view.y_max - 1e-9);
            QVERIFY(w.plot().contours().levelCount() >= 3);
        }
    }

    void aClickOnThePlotSetsTheStart() {
        FRESH_WINDOW(w);
        const QPoint pixel = w.plot().pixelOf({1.0, -2.0});
        QTest::mouseClick(&w.plot(), Qt::LeftButton, {}, pixel);
        const Eigen::Vector2d start = w.session().activeRun().spec.settings.start;
        const double pixel_size = w.plot().view().x_max - w.plot().view().x_min;
        QVERIFY(std::abs(start.x() - 1.0) < pixel_size / 200);
        QVERIFY(std::abs(start.y() + 2.0) < pixel_size / 200);
        QCOMPARE(w.parameters().startX->value(), start.x());
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.session().activeRun().trace->points.front().x, start);
        // Rounded to what the view resolves: a 20-wide view gives hundredths.
        QCOMPARE(w.plot().view().x_max - w.plot().view().x_min > 10, true);
        for (const double v : {start.x(), start.y()}) {
            QCOMPARE(std::round(v * 100) / 100, v);
            QVERIFY2(QString::number(v, 'g', QLocale::FloatingPointShortest).size() <= 5,
                     qPrintable(QString::number(v, 'g', QLocale::FloatingPointShortest)));
        }
        const QPoint odd = w.plot().pixelOf({-3.969664213, 1.234567});
        QTest::mouseClick(&w.plot(), Qt::LeftButton, {}, odd);
        QVERIFY2(w.parameters().startX->text().size() <= 5,
                 qPrintable(w.parameters().startX->text()));
    }

    void theStartMarkerCanBeDragged() {
        FRESH_WINDOW(w);
        const QPoint from = w.plot().pixelOf({-3.0, 4.0});
        const QPoint to = w.plot().pixelOf({2.0, 3.0});
        const gd::Rect view_before = w.plot().view();
        QTest::mousePress(&w.plot(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, w.plot().mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w.plot(), &move);
        QTest::mouseRelease(&w.plot(), Qt::LeftButton, {}, to);
        const Eigen::Vector2d start = w.session().activeRun().spec.settings.start;
        QVERIFY2(std::abs(start.x() - 2.0) < 0.05 && std::abs(start.y() - 3.0) < 0.05,
                 qPrintable(QStringLiteral("%1, %2").arg(start.x()).arg(start.y())));
        QCOMPARE(w.plot().view().x_min, view_before.x_min);  // the drag did not pan
    }

    // Equal scaling widens the view to fit the window; resizing back and forth must not let it
    // grow.
    void resizingKeepsTheViewAskedFor() {
        FRESH_WINDOW(w);
        const gd::Rect before = w.plot().view();
        for (int k = 0; k < 3; ++k) {
            w.resize(900, 800);
            QVERIFY(w.waitUntilDrawn());
            w.resize(1280, 800);
            QVERIFY(w.waitUntilDrawn());
        }
        // The same centre, and the same size up to a pixel or two of margin (tick labels can
        // come out a pixel wider or narrower); before the fix every cycle widened it.
        const gd::Rect after = w.plot().view();
        QVERIFY(std::abs((after.x_min + after.x_max) - (before.x_min + before.x_max)) < 1e-9);
        QVERIFY(std::abs((after.y_min + after.y_max) - (before.y_min + before.y_max)) < 1e-9);
        const double width_before = before.x_max - before.x_min;
        QVERIFY2(std::abs((after.x_max - after.x_min) - width_before) < 0.02 * width_before,
                 qPrintable(QStringLiteral("%1 wide, was %2")
                                .arg(after.x_max - after.x_min)
                                .arg(width_before)));
    }

    void hoveringShowsTheValue() {
        FRESH_WINDOW(w);
        const QPoint pixel = w.plot().pixelOf({1.0, 2.0});
        QMouseEvent move(QEvent::MouseMove, pixel, w.plot().mapToGlobal(pixel), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&w.plot(), &move);
        const QString status = w.hoverStatus();
        static const QRegularExpression shape(
            QStringLiteral(R"(^x = (\S+)  y = (\S+)  f\(x, y\) = (\S+)$)"));
        const auto m = shape.match(status);
        QVERIFY2(m.hasMatch(), qPrintable(status));
        const double x = m.captured(1).toDouble();
        const double y = m.captured(2).toDouble();
        const double f = m.captured(3).toDouble();
        QVERIFY(std::abs(x - 1.0) < 0.02 && std::abs(y - 2.0) < 0.02);  // within a pixel or two
        QVERIFY(std::abs(f - (x * x + y * y)) < 1e-3);
    }

    // Zooming out on the convergence plot, or dragging it right, stops at step 0: there are
    // no negative steps to show.
    void theConvergencePlotNeverShowsNegativeSteps() {
        FRESH_WINDOW(w);
        ConvergencePlot& plot = w.convergence();
        const QPoint left = plot.axisRect()->rect().topLeft() + QPoint(5, 20);
        for (int k = 0; k < 6; ++k) {
            QWheelEvent out(left, plot.mapToGlobal(left), {}, {0, -120}, Qt::NoButton,
                            Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&plot, &out);
        }
        QVERIFY2(plot.xAxis->range().lower >= 0.0,
                 qPrintable(QString::number(plot.xAxis->range().lower)));
        QVERIFY(plot.xAxis->range().size() > 60);  // it did zoom out
        plot.xAxis->moveRange(-1000);
        QCOMPARE(plot.xAxis->range().lower, 0.0);
    }

    // A run started again says so in the runs list at once, not its old outcome.
    void theRunsListSaysARunIsComputedAgainAtOnce() {
        FRESH_WINDOW(w);
        QListWidget* list = w.runsPanel().list();
        QVERIFY(list->item(0)->text().contains(QStringLiteral("converged")));
        RunSpec spec = w.session().activeRun().spec;
        spec.settings.max_iterations = 1'000'000;
        spec.settings.tolerance = 0.0;
        w.session().setActiveSpec(spec);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("computing")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(w.waitUntilDrawn());
        QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("at the limit")));
    }

    void theWheelZoomsAndTheFieldFollows() {
        FRESH_WINDOW(w);
        const double width_before = w.plot().view().x_max - w.plot().view().x_min;
        const QPoint centre = w.plot().pixelOf({0.0, 0.0});
        QWheelEvent wheel(centre, w.plot().mapToGlobal(centre), {}, {0, 120}, Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&w.plot(), &wheel);
        const gd::Rect view = w.plot().view();
        QVERIFY(view.x_max - view.x_min < width_before * 0.9);
        QTRY_VERIFY(std::abs(w.plot().heatmap().data()->keyRange().lower - view.x_min) < 1e-9);
        QVERIFY(std::abs(w.plot().heatmap().data()->keyRange().upper - view.x_max) < 1e-9);
        // View > Back to the scene's view brings back the preset's view.
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->text() == "Back to the scene's &view") a->trigger();
        }
        const gd::Rect reset = w.plot().view();
        QVERIFY(reset.x_min <= -5 + 1e-9 && reset.x_max >= 5 - 1e-9);
        QVERIFY(reset.y_min <= -5 + 1e-9 && reset.y_max >= 5 - 1e-9);
        QVERIFY2(reset.x_max - reset.x_min < width_before * 1.02,  // tick labels move margins
                 qPrintable(QStringLiteral("%1 after reset, %2 before zooming")
                                .arg(reset.x_max - reset.x_min)
                                .arg(width_before)));
    }

    void playsToTheEndAndSaysWhyItStopped() {
        FRESH_WINDOW(w);
        w.animation().setSpeed(1000);
        w.animation().toStart();
        QCOMPARE(w.plot().path(0).shownStep(), 0);
        w.animation().play();
        QVERIFY(w.animation().playing());
        QTRY_VERIFY_WITH_TIMEOUT(!w.animation().playing(), 10000);
        QCOMPARE(w.animation().step(), 51);
        QCOMPARE(w.plot().path(0).shownStep(), 51);
        QVERIFY2(w.stepStatus().contains("converged after 51 steps"), qPrintable(w.stepStatus()));
        QCOMPARE(w.plot().caption(),
                 QStringLiteral("step 51   f = 3.2593e−9   —   converged after 51 steps"));
    }

    void stepsForwardAndBackWithTheKeys() {
        FRESH_WINDOW(w);
        w.plot().setFocus();
        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(w.animation().step(), 0);
        QTest::keyClick(&w, Qt::Key_Right);
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.animation().step(), 2);
        QCOMPARE(w.plot().path(0).shownStep(), 2);
        QVERIFY2(w.stepStatus().startsWith("k = 2 · x = −1.92 · y = 2.56 · f = 10.24"),
                 qPrintable(w.stepStatus()));
        QTest::keyClick(&w, Qt::Key_Left);
        QCOMPARE(w.animation().step(), 1);
        QCOMPARE(w.plot().path(0).drawnPointCount(), 2);
        QVERIFY2(plain_text(w.explanation()).contains("The new point is x2 = (−1.92, 2.56)"),
                 qPrintable(plain_text(w.explanation())));
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(w.animation().step(), 51);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(w.animation().playing());  // Space at the end plays again from the start
        QVERIFY(w.animation().step() < 51);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(!w.animation().playing());
    }

    // The path is a settled trail and a short tail; stepping back across their seam must leave
    // exactly what stepping forward from the start draws.
    void steppingBackAcrossTheTrailMatchesAFreshPath() {
        FRESH_WINDOW(w);
        w.loadDemo(1);  // zig-zag: every iterate is drawn
        QVERIFY(w.waitUntilDrawn());
        w.animation().toEnd();
        const int end = w.animation().step();
        QVERIFY(end > 2 * RunPath::kRecentPoints);
        QVERIFY(w.plot().path(0).recentPointCount() <= RunPath::kRecentPoints);
        for (const int k : {end - 1, RunPath::kRecentPoints + 3, 5, 0, 7}) {
            w.animation().setStep(k);
            const int drawn = w.plot().path(0).drawnPointCount();
            w.animation().setStep(0);
            for (int i = 1; i <= k; ++i)
                w.animation().setStep(i);
            QVERIFY2(w.plot().path(0).drawnPointCount() == drawn,
                     qPrintable(QStringLiteral("k %1: %2 drawn after stepping back, %3 fresh")
                                    .arg(k)
                                    .arg(drawn)
                                    .arg(w.plot().path(0).drawnPointCount())));
            w.animation().toEnd();
        }
    }

    void aDivergingPathIsClippedNotDrawnToInfinity() {
        FRESH_WINDOW(w);
        // lr 0.9, 1 and 1.1 on the bowl from (−3, 4), 3000 iterations each.
        Scene scene = scene_of(*gd::find_preset("bowl"));
        scene.view = {-12, 12, -12, 12};
        scene.runs.assign(3, scene.runs.front());
        for (std::size_t k = 0; k < 3; ++k) {
            gd::set_hyper_parameter(scene.runs[k].optimizer, "lr",
                                    0.9 + 0.1 * static_cast<double>(k));
            scene.runs[k].settings.max_iterations = 3000;
        }
        w.showScene(scene);
        QVERIFY(w.waitUntilDrawn());
        w.animation().toEnd();
        QCOMPARE(w.session().runs()[2].trace->stop, gd::StopReason::diverged);
        // 1256 iterates, of which only those within a hundred views' distance (about 35, as the
        // distance grows 1.2-fold per step) are drawn, the last one cut at that distance.
        QVERIFY(w.plot().path(2).drawnPointCount() < 45);
        QVERIFY(w.plot().path(2).drawnPointCount() > 5);
        // The last point is near 1e100: neither its marker nor its arrow is drawn (QCustomPlot
        // drew a stray line across the view for them).
        QVERIFY(!w.plot().path(2).headShown());
        QVERIFY(!w.plot().path(2).arrowShown());
        w.animation().setStep(2);
        QVERIFY(w.plot().path(2).headShown());
        QVERIFY(w.plot().path(2).arrowShown());
    }

    // The step arrow (Ctrl+G) is the step the selected run takes next, read off the plot: from
    // x_k to x_k − lr·∇f(x_k). On the bowl from (−3, 4) at lr 0.1 that step multiplies x_k by
    // 1 − 2·0.1, so x_k = 0.8^k·(−3, 4) and the arrow ends at 0.8^(k+1)·(−3, 4), the next iterate.
    void theStepArrowIsTheNextStep() {
        FRESH_WINDOW(w);
        QCOMPARE(w.session().expressionText(), QStringLiteral("x^2 + y^2"));
        QCOMPARE(gd::learning_rate(w.session().activeRun().spec.optimizer), 0.1);
        const auto shown_arrows = [&w] {
            // The descent plot's only line items on its own axes are step arrows (the step
            // inset has its own axes).
            QList<QCPItemLine*> arrows;
            for (int i = 0; i < w.plot().itemCount(); ++i) {
                auto* line = qobject_cast<QCPItemLine*>(w.plot().item(i));
                if (line != nullptr && line->visible() &&
                    line->clipAxisRect() == w.plot().axisRect())
                    arrows << line;
            }
            return arrows;
        };
        const auto near_point = [](const QPointF& p, const Eigen::Vector2d& q) {
            // 1e-12 relative: the run's iterates round a little differently from 0.8^k.
            return std::abs(p.x() - q.x()) <= 1e-12 * q.norm() &&
                   std::abs(p.y() - q.y()) <= 1e-12 * q.norm();
        };
        const Eigen::Vector2d start(-3.0, 4.0);
        const auto& points = w.session().activeRun().trace->points;
        for (const int k : {0, 1, 2, 3}) {
            w.animation().setStep(k);
            const QList<QCPItemLine*> arrows = shown_arrows();
            QCOMPARE(arrows.size(), 1);
            const QPointF from = arrows[0]->start->coords();
            const QPointF to = arrows[0]->end->coords();
            const Eigen::Vector2d x_k = std::pow(0.8, k) * start;
            const Eigen::Vector2d next = std::pow(0.8, k + 1) * start;
            QVERIFY2(near_point(from, x_k) && near_point(to, next) &&
                         near_point(to, points[static_cast<std::size_t>(k) + 1].x),
                     qPrintable(QStringLiteral("k %1: the arrow goes from (%2, %3) to (%4, %5); "
                                               "the step goes from (%6, %7) to (%8, %9)")
                                    .arg(k)
                                    .arg(from.x())
                                    .arg(from.y())
                                    .arg(to.x())
                                    .arg(to.y())
                                    .arg(x_k.x())
                                    .arg(x_k.y())
                                    .arg(next.x())
                                    .arg(next.y())));
        }
        // Ctrl+G hides it and shows it again.
        QTest::keyClick(&w, Qt::Key_G, Qt::ControlModifier);
        QVERIFY(shown_arrows().isEmpty());
        QTest::keyClick(&w, Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(shown_arrows().size(), 1);
    }

    void comparisonRunsCanBeAddedAndRemoved() {
        FRESH_WINDOW(w);
        w.runsPanel().addButton()->click();
        QCOMPARE(w.session().runs().size(), std::size_t{2});
        QCOMPARE(w.session().activeIndex(), 1);
        w.parameters().learningRate->setValue(0.7);
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(gd::learning_rate(w.session().runs()[0].spec.optimizer), 0.1);
        QCOMPARE(gd::learning_rate(w.session().runs()[1].spec.optimizer), 0.7);
        QCOMPARE(w.plot().runCount(), 2);
        QCOMPARE(w.convergence().graphCount(), 4);  // f and |grad f| per run
        QCOMPARE(w.runsPanel().list()->count(), 2);
        QVERIFY(w.runsPanel().list()->item(1)->text().startsWith("lr = 0.7"));
        // Selecting a run in the list makes its settings the ones edited.
        w.runsPanel().list()->setCurrentRow(0);
        QCOMPARE(w.session().activeIndex(), 0);
        QCOMPARE(w.parameters().learningRate->value(), 0.1);
        w.runsPanel().list()->setCurrentRow(1);
        QCOMPARE(w.parameters().learningRate->value(), 0.7);
        // The legend: the known minimum first, then each run in its colour, named by the
        // setting that tells them apart.
        QCOMPARE(legend_entries(w), QStringList({QStringLiteral("known minimum"),
                                                 QStringLiteral("lr = 0.1 in colour 0"),
                                                 QStringLiteral("lr = 0.7 in colour 1")}));
        for (int k = 2; k < kMaxRuns; ++k)
            w.runsPanel().addButton()->click();
        QCOMPARE(w.session().runs().size(), std::size_t{kMaxRuns});
        QVERIFY(!w.runsPanel().addButton()->isEnabled());
        QVERIFY(!w.session().addRun());
        for (int k = kMaxRuns; k > 1; --k)
            w.runsPanel().removeButton()->click();
        QCOMPARE(w.session().runs().size(), std::size_t{1});
        QVERIFY(!w.runsPanel().removeButton()->isEnabled());
        QCOMPARE(w.plot().runCount(), 1);
        QCOMPARE(legend_entries(w), QStringList({QStringLiteral("known minimum"),
                                                 QStringLiteral("lr = 0.1 in colour 0")}));
    }

    void theLearningRateDemo() {
        FRESH_WINDOW(w);
        w.loadDemo(0);
        QVERIFY(w.waitUntilDrawn());
        const auto& runs = w.session().runs();
        QCOMPARE(runs.size(), std::size_t{3});
        QCOMPARE(gd::learning_rate(runs[0].spec.optimizer), 0.001);
        QCOMPARE(gd::learning_rate(runs[1].spec.optimizer), 0.1);
        QCOMPARE(gd::learning_rate(runs[2].spec.optimizer), 0.7);
        // 0.001 stalls: 50 steps shrink the distance by only 1 - 0.998^50 (about 10 %).
        QCOMPARE(runs[0].trace->stop, gd::StopReason::max_iterations);
        QVERIFY(runs[0].trace->points.back().x.norm() > 4.0);
        QCOMPARE(runs[1].trace->stop, gd::StopReason::converged);
        // 0.7 oscillates: x changes sign at every step.
        const auto& points = runs[2].trace->points;
        for (std::size_t k = 1; k < 6; ++k)
            QVERIFY(points[k].x.x() * points[k - 1].x.x() < 0);
        QCOMPARE(w.runsPanel().list()->count(), 3);
        w.loadDemo(4);  // Himmelblau: four starts, four minima
        QVERIFY(w.waitUntilDrawn());
        std::set<std::pair<long, long>> minima;
        for (const Run& r : w.session().runs()) {
            const Eigen::Vector2d end = r.trace->points.back().x;
            minima.insert({std::lround(end.x() * 10), std::lround(end.y() * 10)});
        }
        QCOMPARE(minima.size(), std::size_t{4});
    }

    // Demo 1 must show lr 0.7 hop across the minimum, countably: the selected run is the
    // 0.7 one, drawn on top, its first iterates numbered, with the coordinates view open. Its
    // hops are straight (drawing_test checks every step of every demo).
    void theOscillationInDemo1CanBeSeenAndCounted() {
        FRESH_WINDOW(w);
        w.loadDemo(0);
        QVERIFY(w.waitUntilDrawn());
        w.animation().toEnd();
        QCOMPARE(w.session().activeIndex(), 2);
        QCOMPARE(gd::learning_rate(w.session().activeRun().spec.optimizer), 0.7);
        QCOMPARE(w.convergenceTabs().currentIndex(), 1);
        QCOMPARE(w.convergence().view(), ConvergenceView::coordinates);
        const QStringList numbers = w.plot().shownIterateNumbers();
        QVERIFY2(numbers.size() >= 4, qPrintable(numbers.join(' ')));
        QCOMPARE(numbers.mid(0, 4), QStringList({"x₀", "x₁", "x₂", "x₃"}));
        QCOMPARE(w.plot().drawingOrder().back(), 2);  // the selected run on top
        // The demo's text gives the factors.
        QVERIFY(w.note().contains("1 − 2·lr") && w.note().contains("−0.4 at 0.7"));
        QVERIFY(!w.note().contains("seed"));
    }

    // Every demo loads from the Demos menu (Ctrl+1 ... Ctrl+9; gdlab --demo 1 ... 11): its
    // preset's objective, its runs, view and caption, every run computed, and what the caption
    // says, to the numbers it gives.
    void everyDemoLoadsFromTheMenu_data() {
        QTest::addColumn<int>("index");
        const auto all = demos();
        QCOMPARE(all.size(), std::size_t{11});
        for (int k = 0; k < static_cast<int>(all.size()); ++k) {
            const QString row = QStringLiteral("%1: %2").arg(k + 1).arg(all[k].title);
            QTest::newRow(qPrintable(row)) << k;
        }
    }

    void everyDemoLoadsFromTheMenu() {
        QFETCH(int, index);
        const Demo& demo = demos()[static_cast<std::size_t>(index)];
        QCOMPARE(demo_index_of(std::to_string(index + 1), "gdlab"), index);
        FRESH_WINDOW(w);
        QAction* action = nullptr;
        for (QAction* menu : w.menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&Demos"))
                action = menu->menu()->actions().value(index);
        }
        QVERIFY(action != nullptr);
        QCOMPARE(action->text(), demo.title);
        // A key for each of the first nine (Ctrl+0 resets the view).
        QCOMPARE(action->shortcut(), index < 9
                                         ? QKeySequence(QStringLiteral("Ctrl+%1").arg(index + 1))
                                         : QKeySequence());
        action->trigger();
        QVERIFY(w.waitUntilDrawn(60'000));
        w.animation().pause();

        // A demo whose preset name resolves to nothing has no preset (see make_demos).
        const gd::Preset* preset = demo.scene.preset;
        QVERIFY2(preset != nullptr, qPrintable(demo.title));
        QCOMPARE(demo.scene.expression, std::string(preset->formula));
        QCOMPARE(w.session().preset(), preset);
        QCOMPARE(w.session().expressionText().toStdString(), std::string(preset->formula));
        QCOMPARE(w.note(), QStringLiteral("<b>%1.</b> %2").arg(demo.title, demo.note));
        QCOMPARE(w.session().activeIndex(), demo.scene.active_run);
        QCOMPARE(w.convergenceTabs().currentIndex(), demo.coordinates ? 1 : 0);
        const gd::Rect home = demo.scene.view;
        const gd::Rect v = w.plot().view();  // equal scaling may widen one axis, never cut
        QVERIFY(v.x_min <= home.x_min + 1e-9 && v.x_max >= home.x_max - 1e-9);
        QVERIFY(v.y_min <= home.y_min + 1e-9 && v.y_max >= home.y_max - 1e-9);
        const auto& runs = w.session().runs();
        QCOMPARE(runs.size(), demo.scene.runs.size());
        for (std::size_t k = 0; k < runs.size(); ++k) {
            QVERIFY(runs[k].spec == demo.scene.runs[k]);
            QVERIFY(runs[k].trace && !runs[k].trace->points.empty());
            QVERIFY(runs[k].trace->stop != gd::StopReason::cancelled);
        }

        const auto points = [&runs](std::size_t run) -> const std::vector<gd::TracePoint>& {
            return runs[run].trace->points;
        };
        const auto stop = [&runs](std::size_t run) { return runs[run].trace->stop; };
        // Each of the first ten steps multiplies x by fx and y by fy (to 1e-12 relative).
        const auto scales = [&points](std::size_t run, double fx, double fy) {
            const auto& p = points(run);
            for (std::size_t k = 0; k < 10; ++k) {
                const Eigen::Vector2d want(fx * p[k].x.x(), fy * p[k].x.y());
                if (k + 1 >= p.size() || (p[k + 1].x - want).norm() > 1e-12 * p[k].x.norm())
                    return false;
            }
            return true;
        };
        switch (index) {
            case 0:  // "multiplies the distance … by 1 − 2·lr: 0.998 at lr = 0.001 (it barely
                     // moves), 0.8 at 0.1, −0.4 at 0.7 (… yet converges)"
                QVERIFY(scales(0, 0.998, 0.998));
                QVERIFY(scales(1, 0.8, 0.8));
                QVERIFY(scales(2, -0.4, -0.4));
                QCOMPARE(stop(0), gd::StopReason::max_iterations);
                QVERIFY(points(0).back().x.norm() > 4.0);  // of 5 at the start
                QCOMPARE(stop(1), gd::StopReason::converged);
                QCOMPARE(stop(2), gd::StopReason::converged);
                break;
            case 1:  // x² + 10·y²: across the valley a step multiplies y by 1 − 20·lr, along it x
                     // by 1 − 2·lr. lr 0.09 zig-zags (y × −0.8, x × 0.82) and is within 0.01 from
                     // step 31; 0.01 is smooth (y × 0.8) but crawls (x × 0.98): 1.34 away after 60.
                QVERIFY(scales(0, 0.82, -0.8));
                QVERIFY(scales(1, 0.98, 0.8));
                QVERIFY(demo.note.contains(QStringLiteral("from step 31")));
                QVERIFY(points(0)[31].x.norm() < 0.01 && points(0)[30].x.norm() >= 0.01);
                QCOMPARE(std::round(points(1).back().x.norm() * 100) / 100, 1.34);
                QCOMPARE(points(1).size(), std::size_t{61});
                QVERIFY(demo.note.contains(QStringLiteral("after 60 steps it is still 1.34")));
                break;
            case 2:  // "multiplies the distance … by 1 − 2·lr, whatever the start: … 0.9 … −0.8 …
                     // 1.0 … hops between (4, 3) and (−4, −3) … 1.1 … 7349 … after 40 steps"
                QVERIFY(scales(0, -0.8, -0.8));
                QVERIFY(scales(1, -1.0, -1.0));
                QVERIFY(scales(2, -1.2, -1.2));
                for (std::size_t run = 0; run < 3; ++run) {
                    QCOMPARE(points(run).front().x.norm(), 5.0);
                    QCOMPARE(stop(run), gd::StopReason::max_iterations);
                    QCOMPARE(points(run).size(), std::size_t{41});
                }
                QCOMPARE(points(1).front().x, Eigen::Vector2d(4, 3));
                QCOMPARE(points(1).back().x, Eigen::Vector2d(4, 3));  // an even number of hops
                QCOMPARE(points(1)[1].x, Eigen::Vector2d(-4, -3));
                QCOMPARE(std::round(points(2).back().x.norm()), 7349.0);
                QVERIFY(demo.note.contains(QStringLiteral("7349")));
                QCOMPARE(w.session().activeIndex(), 2);  // the diverging run is the one shown
                break;
            case 3:  // "The valley is found in a few steps; following its curved floor to (1, 1)
                     // takes thousands."
                for (std::size_t run = 0; run < runs.size(); ++run) {
                    const auto& p = points(run);
                    QVERIFY(p.size() > 2000);
                    const auto on_floor = [](const gd::TracePoint& q) {
                        return std::abs(q.x.y() - q.x.x() * q.x.x()) < 0.01;  // y = x²
                    };
                    QVERIFY(std::any_of(p.begin(), p.begin() + 21, on_floor));
                    QVERIFY(!on_floor(p.front()));
                    QVERIFY((p[1000].x - Eigen::Vector2d(1, 1)).norm() > 0.25);
                    QCOMPARE(stop(run), gd::StopReason::converged);
                    QVERIFY((p.back().x - Eigen::Vector2d(1, 1)).norm() < 0.05);
                }
                break;
            case 4: {  // "Four starts a step apart reach four different minima."
                std::set<std::size_t> reached;
                for (std::size_t run = 0; run < runs.size(); ++run) {
                    for (std::size_t m = 0; m < preset->minima.size(); ++m) {
                        if ((points(run).back().x - preset->minima[m].point).norm() < 1e-3)
                            reached.insert(m);
                    }
                }
                QCOMPARE(reached.size(), std::size_t{4});
                break;
            }
            case 5:  // "Exactly on the axis the gradient never points away, and descent stops at
                     // the saddle; a tiny offset escapes." f = x² − y², saddle at (0, 0).
                for (const gd::TracePoint& q : points(1))
                    QCOMPARE(q.x.y(), 0.0);
                QCOMPARE(stop(1), gd::StopReason::converged);
                QVERIFY(points(1).back().x.norm() < 1e-4);
                QCOMPARE(points(0).front().x.y(), 0.05);
                QVERIFY(points(0).back().x.y() > 2.5);  // 50 times the offset, still in view
                QVERIFY(points(0).back().f < -5.0);     // far below the saddle's 0
                break;
            case 6:
            case 7:
            case 8:
            case 9:
            case 10:  // their captions' numbers: demo_claims_test.cpp
                break;
            default:
                QFAIL("a demo this test does not know: say what its caption promises");
        }
    }

    void aLongRunShowsProgressAndEscCancelsIt() {
        FRESH_WINDOW(w);
        // About 80 sines and cosines per evaluation, 5 evaluations per numeric step: seconds.
        QStringList terms;
        for (int k = 1; k <= 40; ++k)
            terms << QStringLiteral("sin(%1*x)*cos(%1*y)/%1").arg(k);
        type_expression(w, terms.join(" + ") + " + x^2 + y^2");
        QTRY_VERIFY(w.session().expressionText().startsWith("sin(1*x)"));
        QVERIFY(w.waitUntilDrawn());
        RunSpec spec = w.session().activeRun().spec;
        spec.settings.max_iterations = 1'000'000;
        spec.settings.tolerance = 0.0;
        gd::set_hyper_parameter(spec.optimizer, "lr", 1e-4);
        spec.settings.gradient.mode = gd::GradientMode::numeric;
        w.parameters().setSpec(spec);
        w.session().setActiveSpec(spec);
        QTRY_VERIFY_WITH_TIMEOUT(w.progressBar().isVisible(), 3000);
        // The event loop runs while it computes. The runs compute at a lower priority: under
        // a sanitizer, beside other tests, the first progress takes seconds.
        QTRY_VERIFY_WITH_TIMEOUT(w.progressBar().value() > 0, 60'000);
        QVERIFY(w.progressBar().value() < 1000);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(w.session().waitUntilComputed());
        const auto& trace = w.session().activeRun().trace;
        QCOMPARE(trace->stop, gd::StopReason::cancelled);
        QVERIFY(trace->iterations > 0 && trace->iterations < 1'000'000);
        QTRY_VERIFY(!w.progressBar().isVisible());
        QVERIFY2(w.stepStatus().contains("cancelled after"), qPrintable(w.stepStatus()));
    }

    // Eight long runs recomputing after a typed character: Esc, pressed in the field where the
    // character was typed, stops every one of them (not only the last), and the window answers
    // meanwhile.
    void escCancelsEveryRunWhileTheWindowAnswers() {
        FRESH_WINDOW(w);
        QStringList terms;
        for (int k = 1; k <= 40; ++k)
            terms << QStringLiteral("sin(%1*x)*cos(%1*y)/%1").arg(k);
        const QString slow = terms.join(" + ") + " + x^2 + y^2";
        RunSpec spec = w.session().activeRun().spec;
        spec.settings.max_iterations = 1'000'000;
        spec.settings.tolerance = 0.0;
        gd::set_hyper_parameter(spec.optimizer, "lr", 1e-4);
        std::vector<RunSpec> specs;
        for (int k = 0; k < kMaxRuns; ++k) {
            spec.settings.start = {-3.0 + 0.1 * k, 4.0};
            specs.push_back(spec);
        }
        w.session().setScene(std::get<gd::Objective>(gd::Objective::parse(slow.toStdString())),
                             slow, nullptr, specs);
        QVERIFY(w.session().computing());
        w.session().cancel();
        QVERIFY(w.waitUntilDrawn());
        QLineEdit* edit = w.editor().expressionBox()->lineEdit();
        edit->setFocus();
        edit->end(false);
        QTest::keyClicks(edit, QStringLiteral(" "));
        QTRY_VERIFY(w.session().computing());
        QTRY_VERIFY_WITH_TIMEOUT(w.progressBar().isVisible(), 3000);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(w.session().waitUntilComputed(60'000));
        QCOMPARE(static_cast<int>(w.session().runs().size()), kMaxRuns);
        for (const Run& run : w.session().runs()) {
            QVERIFY(run.trace);
            QCOMPARE(run.trace->stop, gd::StopReason::cancelled);
            QVERIFY(run.trace->iterations < 1'000'000);
        }
        QTRY_VERIFY(!w.progressBar().isVisible());
    }

    // lr 0 typed: the field keeps the text, marked, and the panel says why it is not used;
    // the run goes on with the last good rate. While a changed run computes, the caption
    // does not repeat the old run's stop reason.
    void aValueOutOfRangeIsMarkedNotSwallowed() {
        FRESH_WINDOW(w);
        NumberSpinBox* lr = w.parameters().learningRate;
        lr->setFocus();
        lr->selectAll();
        QTest::keyClicks(lr, QStringLiteral("0"));
        QTest::keyClick(lr, Qt::Key_Tab);
        QCOMPARE(lr->text(), QStringLiteral("0"));
        QVERIFY2(w.parameters().problems().startsWith("Learning rate: 0 is not between"),
                 qPrintable(w.parameters().problems()));
        QVERIFY(w.parameters().problems().endsWith("the run keeps 0.1."));
        QCOMPARE(gd::learning_rate(w.session().activeRun().spec.optimizer), 0.1);
        lr->setFocus();
        lr->selectAll();
        QTest::keyClicks(lr, QStringLiteral("-0.1"));
        QVERIFY(w.parameters().problems().contains("-0.1 is not between"));
        lr->selectAll();
        QTest::keyClicks(lr, QStringLiteral("0.2"));
        QVERIFY(w.parameters().problems().isEmpty());
        QTRY_COMPARE(gd::learning_rate(w.session().activeRun().spec.optimizer), 0.2);

        RunSpec spec = w.session().activeRun().spec;
        spec.settings.max_iterations = 1'000'000;
        spec.settings.tolerance = 0.0;
        gd::set_hyper_parameter(spec.optimizer, "lr", 1e-5);
        w.session().setActiveSpec(spec);
        QVERIFY(w.session().computing());
        QVERIFY2(w.plot().caption().contains("computing"), qPrintable(w.plot().caption()));
        QVERIFY(!w.plot().caption().contains("converged"));
        w.session().cancel();
        QVERIFY(w.session().waitUntilComputed());
        QVERIFY(!w.plot().caption().contains("computing"));
    }

    // Ctrl+N while the run is still computing: each copy gets the new settings' result,
    // not the old trace of the run it copied.
    void copiesAddedWhileComputingGetTheirOwnResult() {
        FRESH_WINDOW(w);
        QVERIFY(w.session().addRun());  // two runs; the first one is changed and copied
        QVERIFY(w.waitUntilDrawn());
        w.session().setActiveIndex(0);
        RunSpec spec = w.session().activeRun().spec;
        spec.settings.max_iterations = 200'000;
        spec.settings.tolerance = 0.0;
        gd::set_hyper_parameter(spec.optimizer, "lr", 1e-5);
        w.parameters().setSpec(spec);
        w.session().setActiveSpec(spec);
        QVERIFY(w.session().computing());  // and still, until the event loop runs again
        for (int k = 0; k < 3; ++k)
            QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(static_cast<int>(w.session().runs().size()), 5);
        QVERIFY(w.waitUntilDrawn(60'000));
        for (std::size_t k = 0; k < w.session().runs().size(); ++k) {
            if (k == 1) continue;  // the untouched second run
            const Run& run = w.session().runs()[k];
            QCOMPARE(run.spec.settings.max_iterations, 200'000);
            QCOMPARE(run.trace->stop, gd::StopReason::max_iterations);
            QCOMPARE(run.trace->iterations, 200'000);
        }
    }

    // A 1024 x 768 projector (less a title bar): the window fits, and the plot keeps its
    // legend and colour bar inside it.
    void everythingFitsAt1024By768() {
        FRESH_WINDOW(w);
        w.loadDemo(0);
        w.resize(1024, 728);
        QVERIFY(w.waitUntilDrawn());
        QVERIFY2(w.width() <= 1024 && w.height() <= 728,
                 qPrintable(QStringLiteral("%1 x %2").arg(w.width()).arg(w.height())));
        const QRect plot = w.plot().rect();
        QVERIFY(plot.contains(w.plot().legend->outerRect()));
        QVERIFY(w.plot().mapTo(&w, QPoint(0, 0)).x() + w.plot().width() <= w.width());
        for (QCPLayoutElement* e : w.plot().plotLayout()->elements(true)) {
            if (auto* scale = qobject_cast<QCPColorScale*>(e))
                QVERIFY(plot.contains(scale->outerRect()));
        }
        QVERIFY(w.statusBar()->geometry().bottom() < w.height());
    }

    // The colour bar and the convergence axes belong to the objective shown: after log(x)
    // they followed 1e308*x^2's values, and 1/0 gets no colour bar but a note.
    void everyNewObjectiveRescalesTheColourBarAndTheAxes() {
        FRESH_WINDOW(w);
        type_expression(w, QStringLiteral("log(x)"));
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("log(x)"));
        QVERIFY(w.waitUntilDrawn());
        const QCPRange before = w.plot().heatmap().dataRange();
        type_expression(w, QStringLiteral("1e308*x^2"));
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("1e308*x^2"));
        QVERIFY(w.waitUntilDrawn());
        const QCPRange after = w.plot().heatmap().dataRange();
        QVERIFY(!w.plot().colourScaleShown());  // its values are past what an axis holds
        QVERIFY2(after.upper > 1e200, qPrintable(QStringLiteral("%1 .. %2 (was %3 .. %4)")
                                                     .arg(after.lower)
                                                     .arg(after.upper)
                                                     .arg(before.lower)
                                                     .arg(before.upper)));
        type_expression(w, QStringLiteral("1/0"));
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("1/0"));
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.plot().fieldNote(), QStringLiteral("f is not finite anywhere in this view"));
        QVERIFY(!w.plot().colourScaleShown());
        type_expression(w, QStringLiteral("x^2 + y^2"));
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("x^2 + y^2"));
        QVERIFY(w.waitUntilDrawn());
        QVERIFY(w.plot().colourScaleShown());
        QVERIFY(w.convergence().yAxis->range().upper < 1e3);
        type_expression(w, QStringLiteral("1e240*(x^2 + y^2)"));
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("1e240*(x^2 + y^2)"));
        QVERIFY(w.waitUntilDrawn());
        QVERIFY(w.convergence().yAxis->range().upper > 1e241);
    }

    // Defects a new user met, each checked as they met it.
    void theHistorySuggestsButNeverCompletesInline() {
        FRESH_WINDOW(w);
        w.editor().setHistory({QStringLiteral("sin(x)*cos(y)")});
        QLineEdit* edit = w.editor().expressionBox()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QStringLiteral("sin("));
        QTest::qWait(400);  // the pause after which the text was replaced
        QCOMPARE(edit->text(), QStringLiteral("sin("));
        QTest::keyClicks(edit, QStringLiteral("2*x)"));
        QCOMPARE(edit->text(), QStringLiteral("sin(2*x)"));
    }

    // Typing inside the text with pauses: each pause validated, recomputed and wrote the text
    // back, moving the cursor to the end, so "+0.5*x" typed after "x^2" gave
    // "x^2+ + 10*y^20.5*x" and that other function was plotted.
    void typingInsideTheTextWithPausesKeepsTheCursorAndTheText() {
        FRESH_WINDOW(w);
        w.applyPreset(*gd::find_preset("ill-conditioned"));
        QVERIFY(w.waitUntilDrawn());
        QLineEdit* edit = w.editor().expressionBox()->lineEdit();
        QCOMPARE(edit->text(), QStringLiteral("x^2 + 10*y^2"));
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Home);
        for (int k = 0; k < 3; ++k)
            QTest::keyClick(edit, Qt::Key_Right);
        for (const QChar c : QStringLiteral("+0.5*x")) {
            QTest::keyClicks(edit, QString(c));
            QTest::qWait(400);  // past the validation's debounce: the field is checked and used
        }
        QCOMPARE(edit->text(), QStringLiteral("x^2+0.5*x + 10*y^2"));
        QCOMPARE(edit->cursorPosition(), 9);
        QTRY_COMPARE(w.session().expressionText(), QStringLiteral("x^2+0.5*x + 10*y^2"));
        // Enter puts it in the history, and still the cursor stays where it is.
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("x^2+0.5*x + 10*y^2"));
        QCOMPARE(edit->cursorPosition(), 9);
        QCOMPARE(w.editor().history().value(0), QStringLiteral("x^2+0.5*x + 10*y^2"));
    }

    void aLongFormulaIsElidedAboveThePlotAndInTheTitle() {
        FRESH_WINDOW(w);
        QStringList terms;
        for (int k = 1; k <= 500; ++k)
            terms << QStringLiteral("%1*x^2").arg(k);
        const QString text = terms.join(QStringLiteral(" + ")) + QStringLiteral(" + y^2");
        QVERIFY(text.size() > 4000);
        QLineEdit* edit = w.editor().expressionBox()->lineEdit();
        edit->setText(text);
        w.editor().validateNow();
        QTRY_COMPARE(w.session().expressionText(), text);
        QVERIFY2(w.note().size() < 300, qPrintable(QString::number(w.note().size())));
        QVERIFY(w.note().contains(QStringLiteral("…")));
        QVERIFY(w.windowTitle().size() < 100);
        QVERIFY(!w.windowTitle().contains(QStringLiteral("Gradient Descent Lab")));
        QCOMPARE(w.windowTitle(), QStringLiteral("Untitled[*]"));  // the file, not f
    }

    void escInAFieldGivesTheKeysBackToThePlot() {
        FRESH_WINDOW(w);
        QLineEdit* edit = w.editor().expressionBox()->lineEdit();
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_VERIFY2(w.plot().hasFocus(),
                     QApplication::focusWidget()
                         ? QApplication::focusWidget()->metaObject()->className()
                         : "none");
        const bool playing = w.animation().playing();
        QTest::keyClick(&w.plot(), Qt::Key_Space);
        QCOMPARE(w.animation().playing(), !playing);
    }

    void coloursLegendAndWordsAUserComplainedAbout() {
        FRESH_WINDOW(w);
        // Run 8 is not white like the contour lines; the legend is dark, so that the white
        // star of the known minimum and the yellow run show on it.
        QVERIFY(run_colour(7).lightness() < 200);
        QVERIFY(w.plot().legend->brush().color().lightness() < 80);
        // The known minimum stays first in the legend when runs come and go.
        w.loadDemo(0);
        QVERIFY(w.waitUntilDrawn());
        w.applyPreset(*gd::find_preset("bowl"));
        QVERIFY(w.session().addRun());
        QVERIFY(w.waitUntilDrawn());
        auto* first = qobject_cast<QCPPlottableLegendItem*>(w.plot().legend->item(0));
        QVERIFY(first != nullptr);
        QCOMPARE(first->plottable()->name(), QStringLiteral("known minimum"));
        // The runs list never scrolls sideways.
        QCOMPARE(w.runsPanel().findChild<QListWidget*>()->horizontalScrollBarPolicy(),
                 Qt::ScrollBarAlwaysOff);
        // "1 step/s", not "1 steps/s".
        w.speedSlider().setValue(w.speedSlider().minimum());  // as dragged to the left end
        QCOMPARE(w.speedText(), QStringLiteral("1 step/s"));
        // Dark theme: the play button's icon is light, not the style's dark grey.
        w.setTheme(Theme::dark);
        const QImage icon = w.playAction().icon().pixmap(24, 24).toImage();
        int lightest = 0;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                if (qAlpha(icon.pixel(x, y)) > 128)
                    lightest = std::max(lightest, QColor(icon.pixel(x, y)).lightness());
            }
        }
        QVERIFY2(lightest > 180, qPrintable(QString::number(lightest)));
        w.setTheme(Theme::light);
    }

    void settingsAreRestoredInANewWindow() {
        {
            FRESH_WINDOW(w);
            type_expression(w, "x^2 + 4*y^2 + x*y");
            QTest::keyClick(w.editor().expressionBox()->lineEdit(), Qt::Key_Return);
            QTRY_COMPARE(w.session().expressionText(), QStringLiteral("x^2 + 4*y^2 + x*y"));
            w.parameters().learningRate->setValue(0.05);
            w.runsPanel().addButton()->click();
            w.parameters().startX->setValue(2.5);
            w.setTitleAndNote(QStringLiteral("A tilted valley"), QStringLiteral("Watch it turn."));
            w.resize(1100, 700);
            QVERIFY(w.waitUntilDrawn());
            w.close();
        }
        FRESH_WINDOW(w, true);
        QCOMPARE(w.session().expressionText(), QStringLiteral("x^2 + 4*y^2 + x*y"));
        QCOMPARE(w.editor().text(), QStringLiteral("x^2 + 4*y^2 + x*y"));
        QVERIFY(w.editor().history().contains("x^2 + 4*y^2 + x*y"));
        QCOMPARE(w.session().runs().size(), std::size_t{2});
        QCOMPARE(gd::learning_rate(w.session().runs()[0].spec.optimizer), 0.05);
        QCOMPARE(w.session().runs()[1].spec.settings.start.x(), 2.5);
        QCOMPARE(w.size(), QSize(1100, 700));
        // The title and note typed for this objective come back with it.
        QCOMPARE(w.currentScene().title, std::string("A tilted valley"));
        QVERIFY2(w.note().contains("Watch it turn."), qPrintable(w.note()));
        w.close();
        QSettings().clear();
    }

    void aRenderedWindowShowsThePathAndTheHeatmap() {
        FRESH_WINDOW(w);
        w.animation().toEnd();
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(pictures_.filePath("window.png")));
        // The path's colour appears along the first step, just past the start marker.
        const gd::TracePoint& p0 = w.session().activeRun().trace->points[0];
        const gd::TracePoint& p1 = w.session().activeRun().trace->points[1];
        const QPoint a = w.plot().mapTo(&w, w.plot().pixelOf(p0.x));
        const QPoint b = w.plot().mapTo(&w, w.plot().pixelOf(p1.x));
        int path_pixels = 0;
        for (int percent = 30; percent <= 70; percent += 5) {
            const QPoint q = a + (b - a) * (percent / 100.0);
            for (int dx = -2; dx <= 2; ++dx) {
                for (int dy = -2; dy <= 2; ++dy) {
                    if (near(image.pixelColor(q + QPoint(dx, dy)), run_colour(0), 40))
                        ++path_pixels;
                }
            }
        }
        QVERIFY2(path_pixels > 10, qPrintable(QString::number(path_pixels)));
        // The heatmap varies: many distinct colours across the plot's diagonal.
        QSet<QRgb> colours;
        const QRect area = w.plot().axisRect()->rect().translated(w.plot().mapTo(&w, QPoint()));
        for (int k = 5; k < 95; ++k) {
            colours.insert(image.pixel(area.left() + area.width() * k / 100,
                                       area.top() + area.height() * k / 100));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
