// The window against what the bad-input campaign found: saved settings out of every range, views
// that cannot be sampled, expressions too long or constant, and zooming past what doubles
// resolve. Each started the window into a crash, an abort or a silent lie.
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QtTest>
#include <limits>
#include <utility>

#include "gd/presets.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/number_spin_box.hpp"
#include "gui/panels/objective_editor.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/plot/contour_plottable.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/window/main_window.hpp"
#include "gui/window/saved_layout.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

QVariantMap saved_run(double x, double y, double lr, double iterations) {
    return {{QStringLiteral("x"), x},
            {QStringLiteral("y"), y},
            {QStringLiteral("lr"), lr},
            {QStringLiteral("iterations"), iterations},
            {QStringLiteral("tolerance"), 1e-5},
            {QStringLiteral("numeric"), false},
            {QStringLiteral("h"), 1e-4}};
}

void save_scene(const QString& expression, const QVariantList& runs, const QVariantList& view) {
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("scene/expression"), expression);
    settings.setValue(QStringLiteral("scene/runs"), runs);
    if (!view.isEmpty()) settings.setValue(QStringLiteral("scene/view"), view);
}

// A run's settings, each number exactly (the shortest text that reads back to it).
QString described(double x, double y, double lr, int iterations, double tolerance, double h) {
    const auto exact = [](double v) {
        return QString::number(v, 'g', QLocale::FloatingPointShortest);
    };
    return QStringLiteral("start (%1, %2) lr %3 iterations %4 tolerance %5 h %6")
        .arg(exact(x), exact(y), exact(lr), QString::number(iterations), exact(tolerance),
             exact(h));
}

QString described(const RunSpec& s) {
    return described(s.settings.start.x(), s.settings.start.y(), gd::learning_rate(s.optimizer),
                     s.settings.max_iterations, s.settings.tolerance, s.settings.gradient.h);
}

void wheel_at(DescentPlot& plot, const QPoint& at, int delta) {
    QWheelEvent wheel(at, plot.mapToGlobal(at), {}, {0, delta}, Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&plot, &wheel);
}

}  // namespace

class HostileSettingsTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_dir_;
    QTemporaryDir pictures_;  // of the window, to look at
    std::unique_ptr<MainWindow> window_;

    // A window that restores the saved scene, shown and drawn; fails the test if it cannot be.
    MainWindow* restored() {
        window_ = std::make_unique<MainWindow>(true);
        window_->show();
        if (!QTest::qWaitForWindowExposed(window_.get()) || !window_->waitUntilDrawn()) {
            return nullptr;
        }
        return window_.get();
    }

  private slots:
    void initTestCase() {
        QVERIFY(settings_dir_.isValid());
        QVERIFY(pictures_.isValid());
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-hostile-tests"),
                         QStringLiteral("gdlab-hostile-tests"));
    }
    void cleanup() {
        window_.reset();
        // Pictures of a failed test are kept to look at (in the build tree's TMPDIR under
        // CTest); the folder goes otherwise.
        if (QTest::currentTestFailed() && pictures_.autoRemove()) {
            pictures_.setAutoRemove(false);
            qInfo("pictures kept in %s", qPrintable(pictures_.path()));
        }
        QSettings().clear();
    }

    // lr 1e308 ran while the field showed 10; a start of 1e308 while it showed 1e6; 1e300
    // iterations were converted to an int.
    void savedRunsOutOfRangeAreBroughtInAndNamed() {
        save_scene(QStringLiteral("x^2 + y^2"),
                   {saved_run(1e308, 4, 1e308, 1e300), saved_run(-3, 4, 0.1, 50)}, {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QCOMPARE(w->session().runs().size(), std::size_t{2});
        const RunSpec& fitted = w->session().runs()[0].spec;
        QCOMPARE(gd::learning_rate(fitted.optimizer),
                 gd::GradientDescent::parameters[0].window.max);
        QCOMPARE(fitted.settings.start.x(), kCoordinateLimit);
        QCOMPARE(fitted.settings.max_iterations, kWindowMaxIterations);
        QCOMPARE(w->session().runs()[1].spec.settings.max_iterations, 50);  // in range: untouched
        // What runs is what the fields show.
        w->session().setActiveIndex(0);
        QCOMPARE(w->parameters().learningRate->value(),
                 gd::GradientDescent::parameters[0].window.max);
        QCOMPARE(w->parameters().startX->value(), kCoordinateLimit);
        const QString notes = w->restoreNotes().join('\n');
        QVERIFY2(notes.contains(QStringLiteral("run 1: the learning rate 1e308 is outside "
                                               "1e−5 to 10; 10 is used")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("run 1: the start x 1e308")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("run 1: the number of iterations 1e300")),
                 qPrintable(notes));
        QVERIFY(!notes.contains(QStringLiteral("run 2")));
        // Said above the plot: the first change, and every one on hover.
        QVERIFY2(w->note().contains(QStringLiteral("could not be restored as saved")) &&
                     w->note().contains(QStringLiteral("and 2 more")),
                 qPrintable(w->note()));
    }

    // Each field of a saved run out of its range, one run each, and a run of NaNs: every run
    // uses the nearest value in range (the default for NaN), the fields show what runs, and a
    // note names the run, the field, the value saved and the value used.
    void eachSavedFieldOutOfRangeIsBroughtInAndNamed() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const auto run = [](double x, double y, double lr, double iterations, double tolerance,
                            double h) {
            QVariantMap m = saved_run(x, y, lr, iterations);
            m[QStringLiteral("tolerance")] = tolerance;
            m[QStringLiteral("numeric")] = true;
            m[QStringLiteral("h")] = h;
            return m;
        };
        save_scene(QStringLiteral("x^2 + y^2"),
                   {
                       run(-3, 4, 50, 100, 1e-5, 1e-4),       // 1: lr
                       run(-3, 4, 0.1, 1e9, 1e-5, 1e-4),      // 2: iterations
                       run(1e9, -1e9, 0.1, 100, 1e-5, 1e-4),  // 3: start
                       run(-3, 4, 0.1, 100, -1, 1e-4),        // 4: tolerance
                       run(-3, 4, 0.1, 100, 1e-5, 0),         // 5: h
                       run(nan, nan, nan, nan, nan, nan),     // 6: not a number anywhere
                       run(1, 2, 0.2, 30, 1e-6, 1e-3),        // 7: in range, kept as saved
                   },
                   {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QStringList used;
        for (const Run& r : w->session().runs())
            used << described(r.spec);
        QCOMPARE(used, QStringList({
                           "start (-3, 4) lr 10 iterations 100 tolerance 1e-05 h 1e-04",
                           "start (-3, 4) lr 0.1 iterations 1000000 tolerance 1e-05 h 1e-04",
                           "start (1e+06, -1e+06) lr 0.1 iterations 100 tolerance 1e-05 h 1e-04",
                           "start (-3, 4) lr 0.1 iterations 100 tolerance 0 h 1e-04",
                           "start (-3, 4) lr 0.1 iterations 100 tolerance 1e-05 h 1e-12",
                           "start (-3, 4) lr 0.1 iterations 100 tolerance 1e-05 h 1e-04",
                           "start (1, 2) lr 0.2 iterations 30 tolerance 1e-06 h 0.001",
                       }));
        for (const Run& r : w->session().runs()) {
            QVERIFY(r.trace && !r.trace->points.empty());
        }
        // What runs is what the fields show.
        for (int k = 0; k < 7; ++k) {
            w->session().setActiveIndex(k);
            const ParameterPanel& p = w->parameters();
            QCOMPARE(described(p.startX->value(), p.startY->value(), p.learningRate->value(),
                               static_cast<int>(p.settingBox(gd::Setting::iterations)->value()),
                               p.settingBox(gd::Setting::tolerance)->value(),
                               p.settingBox(gd::Setting::h)->value()),
                     used[k]);
        }
        QCOMPARE(
            w->restoreNotes(),
            QStringList({
                "run 1: the learning rate 50 is outside 1e−5 to 10; 10 is used",
                "run 2: the number of iterations 1e9 is outside 1 to 1e6; 1e6 is used",
                "run 3: the start x 1e9 is outside −1e6 to 1e6; 1e6 is used",
                "run 3: the start y −1e9 is outside −1e6 to 1e6; −1e6 is used",
                "run 4: the tolerance −1 is outside 0 to 1000; 0 is used",
                "run 5: the finite-difference step h 0 is outside 1e−12 to 1; 1e−12 is used",
                "run 6: the number of iterations nan is outside 1 to 1e6; 100 is used",
                "run 6: the start x nan is outside −1e6 to 1e6; −3 is used",
                "run 6: the start y nan is outside −1e6 to 1e6; 4 is used",
                "run 6: the tolerance nan is outside 0 to 1000; 1e−5 is used",
                "run 6: the finite-difference step h nan is outside 1e−12 to 1; 0.0001 is used",
                "run 6: the learning rate nan is outside 1e−5 to 10; 0.1 is used",
            }));
        QVERIFY2(w->note().contains(QStringLiteral("could not be restored as saved")) &&
                     w->note().contains(QStringLiteral("and 11 more")),
                 qPrintable(w->note()));
    }

    // Zooming into Matyas's minimum saved a view of 2e-160: the window aborted on every start.
    // A view too wide or too narrow to sample is not shown, and the window says so.
    void savedViews_data() {
        QTest::addColumn<QVariantList>("view");
        QTest::addColumn<bool>("shown");
        QTest::newRow("Matyas zoomed in") << QVariantList{-1e-160, 1e-160, -1e-160, 1e-160} << true;
        QTest::newRow("too wide") << QVariantList{-1e308, 1e308, -1.0, 1.0} << false;
        QTest::newRow("beyond the plot's range") << QVariantList{0.0, 1e300, 0.0, 1e300} << false;
        QTest::newRow("too narrow") << QVariantList{1.0, 1.0 + 1e-14, 0.0, 1.0} << false;
        QTest::newRow("not numbers") << QVariantList{QStringLiteral("a"), 1.0, 0.0, 1.0} << false;
    }

    void savedViews() {
        QFETCH(QVariantList, view);
        QFETCH(bool, shown);
        save_scene(QStringLiteral("0.26*(x^2 + y^2) - 0.48*x*y"), {saved_run(-3, 4, 0.1, 100)},
                   view);
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        const gd::Rect v = w->plot().view();
        QVERIFY(DescentPlot::canShow(v));
        if (shown) {
            QVERIFY(v.x_min <= -1e-160 && v.x_max >= 1e-160 && v.x_max < 1e-159);
            QVERIFY(w->restoreNotes().isEmpty());
            QVERIFY(w->plot().contours().levelCount() <= 24);
        } else {
            QVERIFY(v.x_max - v.x_min < 100);  // the default view
            QVERIFY2(w->restoreNotes().join(' ').contains(QStringLiteral("saved view")),
                     qPrintable(w->restoreNotes().join(' ')));
        }
    }

    // A settings file holding a 30,000-term sum crashed the window on every start.
    void aSavedExpressionTooLongStartsWithItsError() {
        QString text = QStringLiteral("x");
        for (int k = 1; k < 30'000; ++k)
            text += QStringLiteral("+x");
        save_scene(text, {saved_run(-3, 4, 0.1, 100)}, {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QCOMPARE(w->editor().text(), text);  // what was saved is kept, not cut
        QVERIFY2(w->editor().errorText().contains(QStringLiteral("59999 characters long")),
                 qPrintable(w->editor().errorText()));
        QCOMPARE(w->session().expressionText(), QStringLiteral("x^2 + y^2"));
    }

    // A title or note longer than a scene file holds is left out, and said so: the window
    // never holds what it could not save.
    void aSavedTitleOrNoteTooLongIsLeftOutAndNamed() {
        save_scene(QStringLiteral("x^2 + y^2"), {saved_run(-3, 4, 0.1, 100)}, {});
        {
            QSettings settings;
            settings.setValue(QStringLiteral("scene/title"), QString(201, QLatin1Char('t')));
            settings.setValue(QStringLiteral("scene/note"), QStringLiteral("Kept."));
        }
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QCOMPARE(w->currentScene().title, std::string());
        QCOMPARE(w->currentScene().note, std::string("Kept."));
        QVERIFY2(w->restoreNotes().join('\n').contains(
                     QStringLiteral("the saved title is longer than 200 bytes; it was left out")),
                 qPrintable(w->restoreNotes().join('\n')));
    }

    // Closed while the field held "x^2 + 3*y^2 +" (not an expression): the next start shows
    // it with its error and plots x^2 + 3*y^2, the objective in use, not the default bowl.
    void aRestartWithAnInvalidExpressionKeepsTheLastValidObjective() {
        {
            save_scene(QStringLiteral("x^2 + y^2"), {saved_run(-3, 4, 0.1, 100)}, {});
            MainWindow* w = restored();
            QVERIFY(w != nullptr);
            QLineEdit* edit = w->editor().expressionBox()->lineEdit();
            edit->setText(QStringLiteral("x^2 + 3*y^2"));
            w->editor().validateNow();
            QCOMPARE(w->session().expressionText(), QStringLiteral("x^2 + 3*y^2"));
            edit->setText(QStringLiteral("x^2 + 3*y^2 +"));
            w->editor().validateNow();
            QVERIFY(w->editor().hasError());
            QCOMPARE(w->saveSettings(), QString());
            window_.reset();
        }
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QCOMPARE(w->editor().text(), QStringLiteral("x^2 + 3*y^2 +"));
        QVERIFY(w->editor().hasError());
        QCOMPARE(w->session().expressionText(), QStringLiteral("x^2 + 3*y^2"));
    }

    // e + x - x froze the window (the level loop ran out of memory); 1/0 was a plain grey plot.
    void fieldsWithoutLinesSaySoOnThePlot() {
        save_scene(QStringLiteral("e+x-x"), {saved_run(-3, 4, 0.1, 100)}, {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QCOMPARE(w->plot().fieldNote(), QStringLiteral("f is constant here: f = 2.7182818"));
        QCOMPARE(w->plot().contours().levelCount(), 0);
        w->session().setObjective(std::get<gd::Objective>(gd::Objective::parse("1/0")),
                                  QStringLiteral("1/0"), nullptr);
        QVERIFY(w->waitUntilDrawn());
        QCOMPARE(w->plot().fieldNote(), QStringLiteral("f is not finite anywhere in this view"));
        w->applyPreset(gd::default_preset());
        QVERIFY(w->waitUntilDrawn());
        QCOMPARE(w->plot().fieldNote(), QString());
        // Typed into the field, as the campaign did.
        QLineEdit* edit = w->editor().expressionBox()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("e+x-x"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(w->session().expressionText(), QStringLiteral("e+x-x"));
        QVERIFY(w->waitUntilDrawn());
        QCOMPARE(w->plot().fieldNote(), QStringLiteral("f is constant here: f = 2.7182818"));
    }

    // A panel size of 2^31 in the saved layout gave a blank window, every start; a speed of
    // "abc" became 1 step/s without a word.
    void aSavedLayoutThatHidesThePlotIsNotUsed() {
        save_scene(QStringLiteral("x^2 + y^2"), {saved_run(-3, 4, 0.1, 100)}, {});
        {
            QSplitter garbage;
            garbage.addWidget(new QWidget);
            garbage.addWidget(new QWidget);
            garbage.setSizes({2'000'000'000, 0});
            QSettings settings;
            settings.setValue(QStringLiteral("window/main_splitter"), garbage.saveState());
            settings.setValue(QStringLiteral("animation/speed"), QStringLiteral("abc"));
        }
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QVERIFY(w->plot().width() >= 400);  // its minimum: the plot is there
        const QString notes = w->restoreNotes().join('\n');
        QVERIFY2(notes.contains(QStringLiteral("the saved panel sizes were not usable")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("the saved speed 'abc' is not 1 to 1000 steps/s; "
                                               "20 is used")),
                 qPrintable(notes));
        QCOMPARE(w->animation().speed(), kDefaultSpeed);
    }

    // Both panels INT_MAX wide made the window spin at 100 % on every start, never painting
    // (QComboBox::paintEvent under QFusionStyle, 3.2 GB): the sizes are read before QSplitter
    // sees them, and a layout that cannot be shown is dropped with a note.
    void aSavedLayoutTooLargeToShowIsDroppedBeforeItIsUsed() {
        const auto state = [](const QList<int>& sizes) {
            QSplitter splitter;
            for (qsizetype k = 0; k < sizes.size(); ++k)
                splitter.addWidget(new QWidget);
            QByteArray bytes = splitter.saveState();
            // The sizes as saved, whatever QSplitter would have made of them.
            QDataStream stream(&bytes, QIODevice::WriteOnly);
            stream.setVersion(QDataStream::Qt_5_0);
            stream << qint32(0xff) << qint32(1) << quint32(sizes.size());
            for (const int size : sizes)
                stream << qint32(size);
            return bytes;
        };
        const int big = std::numeric_limits<int>::max();
        QCOMPARE(saved_splitter_sizes(state({big, big})), std::optional(QList<int>{big, big}));
        QVERIFY(!usable_panel_sizes({big, big}, 2));
        QVERIFY(!usable_panel_sizes({60'000, 60'000}, 2));  // each fits, not both
        QVERIFY(!usable_panel_sizes({300, 700}, 3));        // not this splitter's
        QVERIFY(usable_panel_sizes({300, 0}, 2));
        QVERIFY(!saved_splitter_sizes(QByteArray("random bytes")));
        QByteArray huge_count;
        QDataStream(&huge_count, QIODevice::WriteOnly)
            << qint32(0xff) << qint32(1) << quint32(2'000'000'000);
        QVERIFY(!saved_splitter_sizes(huge_count));  // not read, nor reserved

        save_scene(QStringLiteral("x^2 + y^2"), {saved_run(-3, 4, 0.1, 100)}, {});
        QSettings().setValue(QStringLiteral("window/main_splitter"), state({big, big}));
        MainWindow* w = restored();  // drawn, so it did not hang
        QVERIFY(w != nullptr);
        QVERIFY(w->plot().width() >= 400);
        const QString notes = w->restoreNotes().join('\n');
        QVERIFY2(notes.contains(QStringLiteral("the saved panel sizes were not usable")),
                 qPrintable(notes));
    }

    // 1,000 runs, a selected run of -5, runs that are not a list, a 10 MB history entry and a
    // 10.5 M-character expression were adjusted or cut without a word: each is said.
    void savedValuesOutOfTheLimitsAreNamed() {
        QVariantList thousand;
        for (int k = 0; k < 1000; ++k)
            thousand << saved_run(-3, 4, 0.1, 100);
        save_scene(QStringLiteral("x^2 + y^2"), thousand, {});
        QSettings().setValue(QStringLiteral("scene/active"), -5);
        QStringList history{QStringLiteral("x^2 + 2*y^2"), QString(10'000'001, QLatin1Char('x'))};
        for (int k = 0; k < 30; ++k)
            history << QStringLiteral("x^2 + %1*y^2").arg(k + 3);
        QSettings().setValue(QStringLiteral("history/expressions"), history);
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QCOMPARE(w->session().runs().size(), std::size_t{8});
        QCOMPARE(w->session().activeIndex(), 0);
        QCOMPARE(w->editor().history().size(), 20);
        QCOMPARE(w->editor().history().front(), QStringLiteral("x^2 + 2*y^2"));
        const QString notes = w->restoreNotes().join('\n');
        for (const QString& said :
             {QStringLiteral("1000 runs were saved, more than the 8 a scene has; the first 8 are "
                             "used"),
              QStringLiteral("the saved selected run '-5' is not one of the 8 runs; run 1 is "
                             "selected"),
              QStringLiteral("1 of the typed expressions remembered are longer than 10000 "
                             "characters; they were left out"),
              QStringLiteral("31 typed expressions were remembered; the latest 20 are kept")})
            QVERIFY2(notes.contains(said), qPrintable(notes));

        window_.reset();
        save_scene(QString(kFieldMaxLength + 500'000, QLatin1Char('x')),
                   {saved_run(-3, 4, 0.1, 100)}, {});
        QSettings().setValue(QStringLiteral("scene/runs"), QByteArray("\x01\x02 random"));
        w = restored();
        QVERIFY(w != nullptr);
        QCOMPARE(w->editor().text(), QStringLiteral("x^2 + y^2"));  // not 1,000,000 of the x's
        const QString again = w->restoreNotes().join('\n');
        QVERIFY2(again.contains(QStringLiteral("the saved f(x, y) is 1500000 characters, more "
                                               "than the 1000000 the field holds; it was left "
                                               "out")),
                 qPrintable(again));
        QVERIFY2(
            again.contains(QStringLiteral("no saved run could be read; the preset's run is used")),
            qPrintable(again));
    }

    // On a full disk (here: a settings folder that cannot be written) the settings were not
    // saved and nothing said so.
    void settingsThatCannotBeWrittenAreReported() {
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        // The settings' folder is a file: no user, root included, can write the settings there.
        const QString blocked = settings_dir_.filePath(QStringLiteral("a file, not a folder"));
        QVERIFY(QFile(blocked).open(QIODevice::WriteOnly));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, blocked);
        QString reported;
        w->reportError = [&](const QString& title, const QString& message) {
            reported = title + QStringLiteral(": ") + message;
        };
        w->close();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_dir_.path());
        QVERIFY2(reported.startsWith(QStringLiteral("Settings not saved: The window's settings "
                                                    "could not be written to ")),
                 qPrintable(reported));
    }

    // Typing 1e-12 gave 0.12: the value coming back from the run rewrote "1e-1" as "0.1"
    // between two keys. The same for h, the start and the learning rate.
    void typedNumbersAreKeptAsTyped_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("value");
        QTest::newRow("tolerance")
            << QStringLiteral("tolerance") << QStringLiteral("1e-12") << 1e-12;
        QTest::newRow("learning rate")
            << QStringLiteral("learningRate") << QStringLiteral("2.5e-3") << 2.5e-3;
        QTest::newRow("start") << QStringLiteral("startX") << QStringLiteral("200000") << 2e5;
        QTest::newRow("h") << QStringLiteral("h") << QStringLiteral("1e-10") << 1e-10;
    }

    void typedNumbersAreKeptAsTyped() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(double, value);
        save_scene(QStringLiteral("x^2 + y^2"), {saved_run(-3, 4, 0.1, 100)}, {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        if (field == QLatin1String("h")) w->parameters().gradientMode->setCurrentIndex(1);
        ParameterPanel& p = w->parameters();
        NumberSpinBox* box = field == QLatin1String("tolerance")
                                 ? p.settingBox(gd::Setting::tolerance)
                             : field == QLatin1String("learningRate") ? p.learningRate
                             : field == QLatin1String("startX")       ? p.startX
                                                                : p.settingBox(gd::Setting::h);
        QLineEdit* edit = box->findChild<QLineEdit*>();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, typed);
        QCOMPARE(edit->text(), typed);
        QCOMPARE(box->value(), value);
        QTRY_VERIFY(w->session().waitUntilComputed());
        const RunSpec& spec = w->session().activeRun().spec;
        const double used = field == QLatin1String("tolerance") ? spec.settings.tolerance
                            : field == QLatin1String("learningRate")
                                ? gd::learning_rate(spec.optimizer)
                            : field == QLatin1String("startX") ? spec.settings.start.x()
                                                               : spec.settings.gradient.h;
        QCOMPARE(used, value);
    }

    // Goldstein-Price's learning rate, 5e-5, lay below the field's range: the field showed 1e-4
    // while the run used 5e-5, and the next edit switched the run to 1e-4.
    void aPresetsLearningRateIsTheOneShown() {
        save_scene(QStringLiteral("x^2 + y^2"), {saved_run(-3, 4, 0.1, 100)}, {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        w->applyPreset(*gd::find_preset("goldstein-price"));
        QVERIFY(w->waitUntilDrawn());
        QCOMPARE(gd::learning_rate(w->session().activeRun().spec.optimizer), 5e-5);
        QCOMPARE(w->parameters().learningRate->value(), 5e-5);
    }

    // A valid expression nested 250 deep has a long unbreakable gradient: the window grew to
    // 8677 pixels, kept that size in its settings, and reopened at it.
    void aLongExpressionDoesNotWidenTheWindow() {
        save_scene(QStringLiteral("x^2 + y^2"), {saved_run(-3, 4, 0.1, 100)}, {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        const int window_width = w->width();
        const int panel_width = w->parameters().width();
        QString text = QStringLiteral("x");
        for (int k = 0; k < 250; ++k)
            text = QStringLiteral("sin(") + text + QLatin1Char(')');
        QLineEdit* edit = w->editor().expressionBox()->lineEdit();
        edit->setFocus();
        edit->setText(text);
        w->editor().validateNow();
        QTRY_COMPARE(w->session().expressionText(), text);
        QVERIFY(w->waitUntilDrawn());
        QApplication::processEvents();
        QCOMPARE(w->width(), window_width);
        // The panel keeps its width (less a vertical scroll bar, if the text is tall).
        QVERIFY2(w->parameters().width() >= panel_width - 20,
                 qPrintable(QString::number(w->parameters().width())));
        QVERIFY(w->grab().save(pictures_.filePath(QStringLiteral("long_expression.png"))));
        // And an error as long.
        edit->setText(text + QStringLiteral("+"));
        w->editor().validateNow();
        QVERIFY(w->editor().hasError());
        QApplication::processEvents();
        QCOMPARE(w->width(), window_width);
        QVERIFY(w->parameters().width() >= panel_width - 20);
    }

    // Zooming in without end reached views whose samples collapse into one double.
    void zoomingStopsWhereTheViewCanStillBeSampled() {
        save_scene(QStringLiteral("0.26*(x^2 + y^2) - 0.48*x*y"), {saved_run(-3, 4, 0.1, 100)}, {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        DescentPlot& plot = w->plot();
        const QPoint at = plot.pixelOf({1.0, 1.0});
        double narrowest = 1e300;
        for (int k = 0; k < 400; ++k) {
            wheel_at(plot, at, 120);
            const gd::Rect v = plot.view();
            QVERIFY2(DescentPlot::canShow(v), qPrintable(QString::number(k)));
            narrowest = std::min(narrowest, v.x_max - v.x_min);
        }
        QVERIFY(narrowest > 0.5e-9 && narrowest < 1e-8);  // stopped near the limit, at 1e-9
        // At the limit the wheel does nothing: the view stops, it does not drift sideways.
        const gd::Rect stopped = plot.view();
        for (int k = 0; k < 20; ++k)
            wheel_at(plot, at, 120);
        QCOMPARE(plot.view().x_min, stopped.x_min);
        QCOMPARE(plot.view().y_max, stopped.y_max);
        // Every tick still reads differently (six digits made them all "1").
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QVector<QString> labels = plot.xAxis->tickVectorLabels();
        QVERIFY(labels.size() >= 3);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        QVERIFY(w->waitUntilDrawn());
        const gd::Rect v = plot.view();
        QCOMPARE(plot.heatmap().data()->keyRange().lower, v.x_min);
        for (int k = 0; k < 400; ++k)
            wheel_at(plot, at, -120);
        QVERIFY(DescentPlot::canShow(plot.view()));
    }

    // A schedule's parameters out of range are brought in like the others; an unknown
    // schedule or optimizer is replaced by the default, with a note; settings saved before
    // runs had schedules (no "schedule") restore as the constant rate, without a note.
    void savedSchedulesOutOfRangeOrUnknownAreNamed() {
        QVariantMap step = saved_run(-3, 4, 0.1, 100);
        step[QStringLiteral("schedule")] = QStringLiteral("step");
        step[QStringLiteral("step_size")] = 0;
        step[QStringLiteral("gamma")] = 7;
        step[QStringLiteral("warmup")] = 2.5;
        QVariantMap sawtooth = saved_run(-3, 4, 0.1, 100);
        sawtooth[QStringLiteral("schedule")] = QStringLiteral("sawtooth");
        QVariantMap cosine = saved_run(-3, 4, 0.1, 100);
        cosine[QStringLiteral("schedule")] = QStringLiteral("cosine");
        cosine[QStringLiteral("warmup")] = QStringLiteral("soon");  // lr_min missing
        QVariantMap lion = saved_run(-3, 4, 0.1, 100);
        lion[QStringLiteral("optimizer")] = QStringLiteral("lion");
        save_scene(QStringLiteral("x^2 + y^2"),
                   {step, sawtooth, saved_run(-3, 4, 0.1, 100), cosine, lion}, {});
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        const auto& runs = w->session().runs();
        QCOMPARE(runs.size(), std::size_t{5});
        QVERIFY(runs[0].spec.settings.schedule == gd::Schedule(gd::StepDecay{1, 1, 3}));
        QVERIFY(runs[1].spec.settings.schedule == gd::Schedule(gd::ConstantRate{}));
        QVERIFY(runs[2].spec.settings.schedule == gd::Schedule(gd::ConstantRate{}));
        QVERIFY(runs[3].spec.settings.schedule == gd::Schedule(gd::CosineDecay{}));
        QVERIFY(runs[4].spec.optimizer == *gd::make_optimizer("gd"));
        QCOMPARE(w->restoreNotes(),
                 QStringList({
                     "run 1: the decay interval 0 is outside 1 to 1e6; 1 is used",
                     "run 1: the decay factor 7 is outside 0.01 to 1; 1 is used",
                     "run 1: the warm-up length 2.5 is not a whole number; 3 is used",
                     "run 2: the schedule 'sawtooth' is unknown; the constant schedule is used",
                     "run 4: the final learning rate of the cosine schedule is missing or not a "
                     "number; 0 is used",
                     "run 4: the warm-up length of the cosine schedule is missing or not a "
                     "number; 0 is used",
                     "run 5: the optimizer 'lion' is unknown; gradient descent is used",
                 }));
        // What runs is what the fields show.
        w->session().setActiveIndex(0);
        const ParameterPanel& p = w->parameters();
        QCOMPARE(p.schedulePicker->currentData().toString(), QStringLiteral("step"));
        QVERIFY(p.scheduleParameterBox("step_size")->value() == 1);
        QVERIFY(p.scheduleParameterBox("gamma")->value() == 1);
        QVERIFY(p.scheduleParameterBox("warmup")->value() == 3);
    }

    // Every number of a run with AdamW and a cosine schedule with warm-up, and of a Nesterov
    // run with a step schedule, comes back exactly in a new window, and the fields show it.
    void aRunsOptimizerAndScheduleSurviveARestart() {
        RunSpec adamw;
        adamw.optimizer = *gd::make_optimizer("adamw");
        for (const auto& [name, v] :
             {std::pair{"lr", 0.0123}, std::pair{"beta1", 0.85}, std::pair{"beta2", 0.995},
              std::pair{"eps", 3e-8}, std::pair{"weight_decay", 0.07}})
            QVERIFY(gd::set_hyper_parameter(adamw.optimizer, name, v));
        adamw.settings.start = {1.25, -0.5};
        adamw.settings.max_iterations = 77;
        adamw.settings.tolerance = 1e-7;
        adamw.settings.gradient = {gd::GradientMode::numeric, 2e-4};
        adamw.settings.schedule = gd::CosineDecay{0.001, 5};
        RunSpec nesterov;
        nesterov.optimizer = *gd::make_optimizer("nesterov");
        gd::set_hyper_parameter(nesterov.optimizer, "momentum", 0.77);
        nesterov.settings.schedule = gd::StepDecay{3, 0.7, 2};
        {
            save_scene(QStringLiteral("x^2 + y^2"), {saved_run(-3, 4, 0.1, 100)}, {});
            MainWindow* w = restored();
            QVERIFY(w != nullptr);
            w->session().setRuns({adamw, nesterov});
            QVERIFY(w->waitUntilDrawn());
            w->close();  // saves the settings
            window_.reset();
        }
        MainWindow* w = restored();
        QVERIFY(w != nullptr);
        QVERIFY(w->restoreNotes().isEmpty());
        const auto& runs = w->session().runs();
        QCOMPARE(runs.size(), std::size_t{2});
        QVERIFY(runs[0].spec == adamw);
        QVERIFY(runs[1].spec == nesterov);
        for (int k = 0; k < 2; ++k) {
            w->session().setActiveIndex(k);
            QVERIFY(w->parameters().spec() == runs[static_cast<std::size_t>(k)].spec);
        }
        QCOMPARE(w->parameters().optimizerPicker->currentData().toString(),
                 QStringLiteral("nesterov"));
        QCOMPARE(w->parameters().schedulePicker->currentData().toString(), QStringLiteral("step"));
    }
};

QTEST_MAIN(HostileSettingsTest)
#include "hostile_settings_test.moc"
