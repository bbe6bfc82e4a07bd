// Every screen of the program fits and reads at 1024 × 768 (a projector) and 1280 × 800: each
// demo, with the lecture panel open and with the longest panel unfolded (Adam and a schedule),
// is rendered at that size and checked for text that does not fit: a label narrower than its
// text, a widget outside its parent, a runs-list row cut or scrolled out of sight, the status line
// cut, the line above the plot cut, tick labels of the convergence plot running together, and the
// step's explanation broken inside a number ("−0.↵010017"). The window itself may not grow past the
// screen.
#include <QAbstractButton>
#include <QCheckBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>
#include <algorithm>

#include "gd/optimizer.hpp"
#include "gd/schedule.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/demos.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/explanation_panel.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/panels/runs_panel.hpp"
#include "gui/plot/convergence_plot.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/window/main_window.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

QString name_of(const QWidget* w) {
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (const auto* label = qobject_cast<const QLabel*>(w))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    return name;
}

// What does not fit in `window`, one line each.
QStringList what_does_not_fit(MainWindow& window) {
    QStringList wrong;
    const QRect inside = window.rect();
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&window) || w->width() <= 0 || w->isWindow()) continue;
        // Inside the window, and inside its parent (scroll areas hold more than they show).
        const QRect at(w->mapTo(&window, QPoint(0, 0)), w->size());
        bool scrolled = false;  // a scroll area holds more than it shows
        for (const QWidget* p = w->parentWidget(); p != nullptr && !scrolled; p = p->parentWidget())
            scrolled = p->objectName() == QLatin1String("qt_scrollarea_viewport");
        if (!scrolled && !inside.contains(at.adjusted(1, 1, -1, -1)))
            wrong << name_of(w) + QStringLiteral(" leaves the window");
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || label->pixmap().isNull() == false) continue;
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 2)
                    wrong << name_of(w) + QStringLiteral(" is cut at the bottom");
            } else if (label->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored &&
                       label->minimumSizeHint().width() > label->width() + 1) {
                wrong << name_of(w) + QStringLiteral(" is %1 px for %2 px of text")
                                          .arg(label->width())
                                          .arg(label->minimumSizeHint().width());
            }
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->text().isEmpty() &&
                button->minimumSizeHint().width() > button->width() + 1)
                wrong << name_of(w) + QStringLiteral(" is cut");
        }
        if (auto* list = qobject_cast<QListWidget*>(w)) {
            const int room = list->viewport()->width();
            for (int i = 0; i < list->count(); ++i) {
                const QRect row = list->visualItemRect(list->item(i));
                const int text = list->fontMetrics().horizontalAdvance(list->item(i)->text());
                const int icon = list->item(i)->icon().isNull() ? 0 : list->iconSize().width() + 8;
                if (!list->wordWrap() && text + icon + 8 > room)
                    wrong
                        << QStringLiteral("the list row \"%1\" is cut").arg(list->item(i)->text());
                if (qobject_cast<RunsPanel*>(list->parentWidget()) != nullptr &&
                    row.bottom() > list->viewport()->height())
                    wrong << QStringLiteral("the runs list shows only part of \"%1\"")
                                 .arg(list->item(i)->text());
                if (list->wordWrap() && row.height() < list->fontMetrics().height())
                    wrong << QStringLiteral("the list row \"%1\" is squeezed")
                                 .arg(list->item(i)->text());
            }
        }
    }
    // The status line.
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty()) continue;
        if (label->fontMetrics().horizontalAdvance(label->text()) > label->width() + 1)
            wrong << QStringLiteral("the status line \"%1\" is cut").arg(label->text());
    }
    // The line above the plot.
    DescentPlot& plot = window.plot();
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i) {
        auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i));
        if (text == nullptr || text->text().trimmed().isEmpty()) continue;
        const QFontMetrics metrics(text->font(), &plot);
        int widest = 0;
        for (const QString& line : text->text().split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        if (widest > text->outerRect().width() + 1)
            wrong << QStringLiteral("the line \"%1\" is cut").arg(text->text());
    }
    // The convergence plot's tick labels, apart.
    for (QCPAxis* axis : {window.convergence().xAxis, window.convergence().yAxis,
                          window.convergence().yAxis2, plot.xAxis, plot.yAxis}) {
        if (!axis->visible() || !axis->tickLabels()) continue;
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        const QFontMetrics metrics(axis->tickLabelFont());
        const bool across = axis->orientation() == Qt::Horizontal;
        for (qsizetype i = 1; i < ticks.size() && i < labels.size(); ++i) {
            const double gap =
                std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]));
            const double need = across ? (metrics.horizontalAdvance(labels[i]) +
                                          metrics.horizontalAdvance(labels[i - 1])) /
                                                 2.0 +
                                             4
                                       : metrics.height();
            if (axis->range().contains(ticks[i]) && axis->range().contains(ticks[i - 1]) &&
                gap < need)
                wrong << QStringLiteral("tick labels %1 and %2 run together")
                             .arg(labels[i - 1], labels[i]);
        }
    }
    // The explanation: a line never breaks inside a number or a point.
    QTextDocument* doc = window.explanation().document();
    static const QRegularExpression number(QStringLiteral("[−-]?\\d[\\d.]*"));
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextLayout* layout = block.layout();
        if (layout == nullptr) continue;
        const QString text = block.text();
        for (int l = 0; l + 1 < layout->lineCount(); ++l) {
            const int end = layout->lineAt(l).textStart() + layout->lineAt(l).textLength();
            if (end <= 0 || end >= text.size()) continue;
            const QChar before = text[end - 1];
            const QChar after = text[end];
            if ((before.isDigit() || before == u'.' || before == u'−') && after.isDigit())
                wrong << QStringLiteral("the explanation breaks inside a number: \"%1↵%2\"")
                             .arg(text.mid(std::max(0, end - 8), std::min(8, end)),
                                  text.mid(end, 8));
        }
    }
    if (window.width() > window.size().width()) wrong << QStringLiteral("the window grew");
    return wrong;
}

}  // namespace

class LayoutTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_dir_;
    QTemporaryDir files_;
    QString lecture_;

  private slots:
    void initTestCase() {
        QVERIFY2(settings_dir_.isValid(), qPrintable(settings_dir_.errorString()));
        QVERIFY2(files_.isValid(), qPrintable(files_.errorString()));
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-tests"),
                         QStringLiteral("gdlab-layout-tests"));
        lecture_ = files_.filePath(QStringLiteral("talk.gdlab-lecture"));
        QFile file(lecture_);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "gdlab-lecture", "version": 1, "title": "Step sizes and momentum",
            "scenes": [{"title": "A small step", "note": "Slow but sure.", "preset": "bowl",
                        "runs": [{"optimizer": {"name": "gd", "lr": 0.05}}]},
                       {"preset": "rosenbrock", "runs": [{"optimizer": {"name": "momentum",
                        "lr": 0.001}, "iterations": 3000}]}]})");
    }

    void everyScreenFits_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("demo");
        QTest::addColumn<QString>("panel");
        for (const QSize size : {QSize(1024, 768), QSize(1280, 800)}) {
            const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            for (int k = 0; k < static_cast<int>(demos().size()); ++k) {
                QTest::newRow(qPrintable(QStringLiteral("%1 demo %2").arg(at).arg(k + 1)))
                    << size << k << QString();
            }
            QTest::newRow(qPrintable(at + QStringLiteral(" lecture")))
                << size << 8 << QStringLiteral("lecture");
            QTest::newRow(qPrintable(at + QStringLiteral(" adam and schedule")))
                << size << 7 << QStringLiteral("adam");
        }
    }

    void everyScreenFits() {
        QFETCH(QSize, size);
        QFETCH(int, demo);
        QFETCH(QString, panel);
        MainWindow w(false);
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.loadDemo(demo);
        if (panel == QLatin1String("lecture")) QCOMPARE(w.loadLecture(lecture_), QString());
        if (panel == QLatin1String("adam")) {
            RunSpec spec = w.session().activeRun().spec;
            spec.optimizer = *gd::make_optimizer("adam");
            spec.settings.schedule = *gd::make_schedule("step");
            w.session().setActiveSpec(spec);
            w.parameters().setScheduleExpanded(true);
        }
        QVERIFY(w.waitUntilDrawn(60'000));
        w.animation().pause();
        w.animation().setStep(5);
        QCoreApplication::processEvents();
        w.plot().replot(QCustomPlot::rpImmediateRefresh);
        w.convergence().replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(w.size(), size);  // nothing made it grow past the screen
        QStringList wrong = what_does_not_fit(w);
        w.animation().toEnd();
        QCoreApplication::processEvents();
        w.plot().replot(QCustomPlot::rpImmediateRefresh);
        wrong += what_does_not_fit(w);
        // And with the mouse on the plot, its readout in the status line beside the step's.
        const gd::Rect view = w.plot().view();
        emit w.plot().hovered(view.x_min + 0.3123456 * (view.x_max - view.x_min),
                              view.y_min + 0.4123456 * (view.y_max - view.y_min));
        QCoreApplication::processEvents();
        wrong += what_does_not_fit(w);
        wrong.removeDuplicates();
        if (!wrong.isEmpty()) {
            const QString shot = QDir(QDir::tempPath())
                                     .filePath(QStringLiteral("layout-%1-%2-%3.png")
                                                   .arg(size.width())
                                                   .arg(demo)
                                                   .arg(panel));
            w.grab().save(shot);
            qInfo("picture: %s", qPrintable(shot));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("\n  "))));
    }

    // "Opened week3.gdlab" was drawn over the step's line "k = 12 · x = …" when the mouse left
    // the plot (or moved on it) while the message showed: one line of text at a time.
    void aStatusMessageIsNeverDrawnOverTheStepLine() {
        MainWindow w(false);
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.waitUntilDrawn(60'000));
        const auto step_line_shown = [&w] {
            for (const QLabel* label : w.statusBar()->findChildren<QLabel*>())
                if (label->isVisible() && label->text().startsWith(QStringLiteral("k = ")))
                    return true;
            return false;
        };
        QVERIFY(step_line_shown());
        w.statusBar()->showMessage(QStringLiteral("Opened a scene"), 60'000);
        QCoreApplication::processEvents();
        const gd::Rect view = w.plot().view();
        emit w.plot().hovered(view.x_min + 0.3 * (view.x_max - view.x_min),
                              view.y_min + 0.4 * (view.y_max - view.y_min));
        QCoreApplication::processEvents();
        QVERIFY(!step_line_shown());
        emit w.plot().left();
        QCoreApplication::processEvents();
        QVERIFY(!step_line_shown());
        w.statusBar()->clearMessage();
        QCoreApplication::processEvents();
        emit w.plot().left();
        QCoreApplication::processEvents();
        QVERIFY(step_line_shown());  // back once the message is gone
    }
};

QTEST_MAIN(LayoutTest)
#include "layout_test.moc"
