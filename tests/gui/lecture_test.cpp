// Lectures: a deck of scenes opened in the real window (offscreen) and gone through with
// PageDown / PageUp, the panel, presentation mode's "3 / 3", each scene's animation from step 0,
// arranging and saving; and `gdlab export --lecture` run as a user runs it (the real binary):
// numbered pictures and animations in a folder, the handout PDF, and bad lectures refused.
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

#include "export_checks.hpp"
#include "gd/presets.hpp"
#include "gui/export/lecture_export.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/lecture_deck.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/lecture_panel.hpp"
#include "gui/panels/objective_editor.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/window/file_dialogs.hpp"
#include "gui/window/main_window.hpp"
#include "program_run.hpp"
#include "scene/scene_file.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

// Three scenes: the first and third inline, the second a scene file beside the lecture; the
// third with no title or note and two runs.
const char* const kLecture = R"({"format": "gdlab-lecture", "version": 1, "title": "Step sizes",
  "scenes": [
    {"title": "A small step", "note": "Slow but sure.", "objective": "x^2 + y^2",
     "view": {"x": [-4, 4], "y": [-4, 4]},
     "runs": [{"optimizer": {"name": "gd", "lr": 0.1}, "start": [-3, 3], "iterations": 60}]},
    "scenes/second.gdlab",
    {"objective": "(x - 1)^2 + (y + 2)^2", "view": {"x": [-5, 5], "y": [-5, 5]},
     "runs": [{"optimizer": {"name": "gd", "lr": 0.1}, "start": [3, 2]},
              {"optimizer": {"name": "gd", "lr": 0.4}, "start": [3, 2]}]}
  ]})";

const char* const kSecondScene = R"({"format": "gdlab-scene", "version": 1,
  "title": "Too large a step", "note": "It zig-zags across the valley.",
  "objective": "x^2 + 4*y^2", "view": {"x": [-4, 4], "y": [-4, 4]},
  "runs": [{"optimizer": {"name": "gd", "lr": 0.2}, "start": [-3, 2], "iterations": 80}]})";

// gdlab as a user runs it with no display; a whole lecture's export is given three minutes.
Outcome run_lecture_command(const QStringList& arguments) {
    return run_gdlab(arguments, {}, 180000);
}

// The pages of a PDF as pdfinfo counts them, and as its page objects do.
int pdfinfo_pages(const QString& file) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return -1;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// "Page size:      595.276 x 841.89 pts (A4)", pdfinfo's line.
QString pdfinfo_page_size(const QString& file) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1) : QString();
}

int page_objects(const QString& file) {
    // "/Type /Page" and not "/Type /Pages" (the page tree).
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return static_cast<int>(QString::fromLatin1(read_all(file)).count(page));
}

}  // namespace

class LectureTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QTemporaryDir settings_dir_;
    std::unique_ptr<MainWindow> window_;
    QString lecture_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    MainWindow& freshWindow() {
        window_ = std::make_unique<MainWindow>(false);
        window_->show();
        [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(window_.get());
        window_->waitUntilDrawn();
        return *window_;
    }

    // A window with the three-scene lecture open on its first scene.
    MainWindow& withLecture() {
        MainWindow& w = freshWindow();
        const QString error = w.loadLecture(lecture_);
        if (!error.isEmpty()) qWarning("%s", qPrintable(error));
        return w;
    }

    QString shownExpression() const { return window_->session().expressionText(); }

  private slots:
    void initTestCase() {
        QVERIFY2(dir_.isValid(), qPrintable(dir_.errorString()));
        QVERIFY2(settings_dir_.isValid(), qPrintable(settings_dir_.errorString()));
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-tests"),
                         QCoreApplication::applicationName());
        lecture_ = path(QStringLiteral("talk/step-sizes.gdlab-lecture"));
        QVERIFY(write_text(lecture_, kLecture));
        QVERIFY(write_text(path(QStringLiteral("talk/scenes/second.gdlab")), kSecondScene));
    }

    void cleanup() { window_.reset(); }

    void pageDownAndUpGoThroughTheScenes() {
        MainWindow& w = withLecture();
        QVERIFY(w.lecture().isOpen());
        QCOMPARE(w.lecture().count(), 3);
        QCOMPARE(shownExpression(), QStringLiteral("x^2 + y^2"));
        QVERIFY2(w.note().contains("A small step") && w.note().contains("Slow but sure."),
                 qPrintable(w.note()));
        QCOMPARE(w.lecturePanel().list().count(), 3);
        QCOMPARE(w.lecturePanel().list().currentRow(), 0);

        QTest::keyClick(&w, Qt::Key_PageDown);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.lecture().current(), 2);
        QCOMPARE(shownExpression(), QStringLiteral("(x - 1)^2 + (y + 2)^2"));
        QCOMPARE(w.session().runs().size(), std::size_t{2});
        QVERIFY(w.session().runs()[1].spec == w.lecture().scene(2).runs[1]);
        QCOMPARE(w.lecturePanel().list().currentRow(), 2);
        QCOMPARE(w.lecturePanel().list().item(2)->text(),
                 QStringLiteral("Scene 3: f(x, y) = (x − 1)² + (y + 2)²"));
        // The note of the scene before it is gone: this one has none.
        QVERIFY2(!w.note().contains("Too large"), qPrintable(w.note()));

        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.lecture().current(), 1);
        QCOMPARE(shownExpression(), QStringLiteral("x^2 + 4*y^2"));
        QCOMPARE(w.session().runs().size(), std::size_t{1});
        QVERIFY(w.session().runs()[0].spec.settings.max_iterations == 80);
        QVERIFY2(w.note().contains("Too large a step"), qPrintable(w.note()));

        // Past the end it stays on the last scene; before the start, on the first.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.lecture().current(), 2);
        QCOMPARE(shownExpression(), QStringLiteral("(x - 1)^2 + (y + 2)^2"));
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.lecture().current(), 0);
        QCOMPARE(shownExpression(), QStringLiteral("x^2 + y^2"));
    }

    void pageKeysReachTheLectureWhateverHasTheFocus() {
        MainWindow& w = withLecture();
        // A spin box steps by ten on PageDown, a text field or list would take it too.
        QAbstractSpinBox* spin = nullptr;
        for (auto* box : w.parameters().findChildren<QAbstractSpinBox*>()) {
            if (box->isVisible() && spin == nullptr) spin = box;
        }
        QVERIFY(spin != nullptr);
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        QTest::keyClick(spin, Qt::Key_PageDown);
        QCOMPARE(w.lecture().current(), 1);
        QLineEdit* edit = w.editor().expressionBox()->lineEdit();
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_PageDown);
        QCOMPARE(w.lecture().current(), 2);
        w.lecturePanel().list().setFocus();
        QTest::keyClick(&w.lecturePanel().list(), Qt::Key_PageUp);
        QCOMPARE(w.lecture().current(), 1);
        QCOMPARE(shownExpression(), QStringLiteral("x^2 + 4*y^2"));
    }

    // A lecture's notes (a scene from a newer version, fields it does not know) were only a
    // status-bar line about the first of them: opened, the lecture says them all in a box.
    void aLecturesNotesAreShownWhenItIsOpened() {
        const QString talk = path(QStringLiteral("noted.gdlab-lecture"));
        QVERIFY(write_text(talk, R"({"format": "gdlab-lecture", "version": 1, "sound": 1,
            "scenes": [{"objective": "x^2 + y^2", "light": 2, "runs": [{}]}]})"));
        MainWindow w(false);
        w.show();
        QVERIFY(w.openLecture(talk));
        const auto* box = w.findChild<QMessageBox*>();
        QVERIFY(box != nullptr);
        QVERIFY2(box->text().startsWith(QStringLiteral("noted.gdlab-lecture was opened, with "
                                                       "these notes:")),
                 qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("scenes[0]: a field this version does not "
                                                     "know: light")),
                 qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("a field this version does not know: sound")),
                 qPrintable(box->text()));
    }

    // The lecture open at the last close opens again after a restart, on the scene it showed;
    // a demo shown over it comes back over it, the lecture still open beside it.
    void theOpenLectureIsReopenedAfterARestart() {
        {
            MainWindow& w = withLecture();
            QTest::keyClick(&w, Qt::Key_PageDown);
            QCOMPARE(w.lecture().current(), 1);
            QVERIFY(w.close());
            window_.reset();
        }
        {
            MainWindow again(true);
            again.show();
            QVERIFY(again.waitUntilDrawn());
            QVERIFY(again.lecture().isOpen());
            QCOMPARE(again.lecture().file(), lecture_);
            QCOMPARE(again.lecture().current(), 1);
            QVERIFY(again.lectureDock().isVisible());
            QCOMPARE(again.session().expressionText(), QStringLiteral("x^2 + 4*y^2"));
            again.loadDemo(0);
            QVERIFY(again.waitUntilDrawn());
            QVERIFY(again.close());
        }
        MainWindow third(true);
        third.show();
        QVERIFY(third.waitUntilDrawn());
        QVERIFY(third.lecture().isOpen());
        QCOMPARE(third.session().expressionText(), QStringLiteral("x^2 + y^2"));  // the demo
        QCOMPARE(third.session().runs().size(), std::size_t{3});
        QVERIFY(third.close());
        QSettings().clear();
    }

    void withoutALectureThePageKeysChangeNothing() {
        MainWindow& w = freshWindow();
        const QString before = shownExpression();
        const std::size_t runs = w.session().runs().size();
        w.plot().setFocus();
        QTest::keyClick(&w, Qt::Key_PageDown);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QVERIFY(!w.lecture().isOpen());
        QCOMPARE(w.lecture().current(), -1);
        QCOMPARE(shownExpression(), before);
        QCOMPARE(w.session().runs().size(), runs);
        QVERIFY(!w.lectureDock().isVisible());
    }

    void presentationModeShowsThePlaceInTheLecture() {
        MainWindow& w = withLecture();
        QVERIFY(w.lectureDock().isVisible());
        QVERIFY(!w.lecturePosition().isVisible());  // the panel says it outside presentation
        w.setPresentation(true);
        // As large as the note, bold, from the first scene on: presentation's larger fonts are
        // set after the place is shown.
        QVERIFY(w.lecturePosition().isVisible());
        QCOMPARE(w.lecturePosition().font().pointSizeF(), QApplication::font().pointSizeF() * 1.1);
        QVERIFY(w.lecturePosition().font().bold());
        QTest::keyClick(&w, Qt::Key_PageDown);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.lecture().current(), 2);
        QVERIFY(w.lecturePosition().isVisible());
        QCOMPARE(w.lecturePosition().text(), QStringLiteral("3 / 3"));
        QVERIFY(!w.lectureDock().isVisible());  // the plot has the screen
        // Above the plot, beside the note: it never covers a path.
        const QRect label = w.lecturePosition().geometry();
        const QPoint plot_top = w.plot().mapTo(w.lecturePosition().parentWidget(), QPoint(0, 0));
        QVERIFY2(label.bottom() < plot_top.y(),
                 qPrintable(QStringLiteral("label bottom %1, plot top %2")
                                .arg(label.bottom())
                                .arg(plot_top.y())));
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.lecturePosition().text(), QStringLiteral("2 / 3"));
        if (const QByteArray shots = qgetenv("GDLAB_LECTURE_SHOTS"); !shots.isEmpty()) {
            QVERIFY(w.waitUntilDrawn());
            w.animation().toEnd();
            w.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/presentation.png"));
        }
        w.setPresentation(false);
        QVERIFY(!w.lecturePosition().isVisible());
        QVERIFY(w.lectureDock().isVisible());
        if (const QByteArray shots = qgetenv("GDLAB_LECTURE_SHOTS"); !shots.isEmpty()) {
            QVERIFY(w.waitUntilDrawn());
            w.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/window.png"));
        }
    }

    void enteringASceneStartsItsAnimationFromStepZero() {
        MainWindow& w = withLecture();
        QVERIFY(w.waitUntilDrawn());
        w.animation().toEnd();
        QVERIFY(w.animation().step() > 10);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.animation().step(), 0);
        QVERIFY(w.animation().playing());
        // Once its runs arrive it plays on from the start, not from the end.
        QVERIFY(w.waitUntilDrawn());
        QVERIFY2(w.animation().step() < w.animation().lastStep(),
                 qPrintable(QStringLiteral("step %1 of %2")
                                .arg(w.animation().step())
                                .arg(w.animation().lastStep())));
        w.animation().toEnd();
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.animation().step(), 0);
    }

    // Found by a new user: after a scene file, a lecture's scene was saved over that file by
    // Ctrl+S, a scene saved at a step opened there, and quitting dropped an unsaved lecture.
    void aLecturesScenesAreNotTheScenefileOpenedBefore() {
        MainWindow& w = freshWindow();
        QStringList errors;
        QStringList asked;
        w.reportError = [&](const QString&, const QString& m) { errors << m; };
        w.askToSave = [&](const QString& name) {
            asked << name;
            return QMessageBox::Cancel;
        };
        Scene saved = scene_of(*gd::find_preset("rosenbrock"));
        saved.step = 40;
        const QString file = path(QStringLiteral("race.gdlab"));
        QVERIFY(write_text(file, QByteArray::fromStdString(scene_file_text(saved))));
        QVERIFY(w.openFile(file).isEmpty());
        const QByteArray before = read_all(file);

        // A lecture whose second scene was saved at step 40.
        const QString talk = path(QStringLiteral("stepped.gdlab-lecture"));
        QVERIFY(write_text(talk, QByteArray::fromStdString(lecture_file_text(Lecture{
                                     "Stepped", {scene_of(gd::default_preset()), saved}}))));
        QVERIFY(w.loadLecture(talk).isEmpty());
        QVERIFY(w.document().file().isEmpty());  // untitled: Ctrl+S asks where
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.animation().step(), 0);
        QVERIFY(w.waitUntilDrawn());
        QVERIFY2(w.animation().step() != 40, "the scene jumped to the step it was saved at");
        QCOMPARE(read_all(file), before);

        // An unsaved lecture is asked about on closing; Cancel keeps the window.
        QPushButton* add = nullptr;
        for (QPushButton* b : w.lecturePanel().findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Add current scene")) add = b;
        QVERIFY(add != nullptr);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(w.lecture().modified());
        QVERIFY(!w.close());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked[0].contains(QStringLiteral("stepped.gdlab-lecture")), qPrintable(asked[0]));
    }

    void clickingASceneInThePanelOpensIt() {
        MainWindow& w = withLecture();
        QListWidget& list = w.lecturePanel().list();
        QTest::mouseClick(list.viewport(), Qt::LeftButton, {},
                          list.visualItemRect(list.item(1)).center());
        QCOMPARE(w.lecture().current(), 1);
        QCOMPARE(shownExpression(), QStringLiteral("x^2 + 4*y^2"));
        QCOMPARE(list.item(0)->text(), QStringLiteral("A small step"));
    }

    void arrangingAndSavingTheLecture() {
        MainWindow& w = withLecture();
        QTest::keyClick(&w, Qt::Key_PageDown);  // on "Too large a step"
        LecturePanel& panel = w.lecturePanel();
        // The scene the window shows, added after the current one, becomes current.
        w.session().addRun();
        QTest::mouseClick(&panel.addButton(), Qt::LeftButton);
        QCOMPARE(w.lecture().count(), 4);
        QCOMPARE(w.lecture().current(), 2);
        QCOMPARE(w.lecture().scene(2).runs.size(), std::size_t{2});
        QVERIFY(w.lecture().modified());
        QTest::mouseClick(&panel.upButton(), Qt::LeftButton);
        QCOMPARE(w.lecture().current(), 1);
        QCOMPARE(w.lecture().scene(2).title, std::string("Too large a step"));
        QTest::mouseClick(&panel.removeButton(), Qt::LeftButton);  // the added one again
        QCOMPARE(w.lecture().count(), 3);
        QCOMPARE(w.lecture().current(), 1);
        QCOMPARE(shownExpression(), QStringLiteral("x^2 + 4*y^2"));
        QTest::mouseClick(&panel.downButton(), Qt::LeftButton);
        QCOMPARE(w.lecture().current(), 2);

        const QString saved = path(QStringLiteral("saved.gdlab-lecture"));
        QCOMPARE(w.saveLectureTo(saved), QString());
        QVERIFY(!w.lecture().modified());
        const LectureRead back = read_lecture_file(saved.toStdString());
        QCOMPARE(back.lecture.title, std::string("Step sizes"));
        QCOMPARE(back.lecture.scenes.size(), std::size_t{3});
        QCOMPARE(back.lecture.scenes[0].title, std::string("A small step"));
        QCOMPARE(back.lecture.scenes[1].expression, std::string("(x - 1)^2 + (y + 2)^2"));
        QCOMPARE(back.lecture.scenes[2].note, std::string("It zig-zags across the valley."));
        // A save that cannot be made says why.
        const QString into_folder = w.saveLectureTo(dir_.path());
        QVERIFY2(into_folder.contains("folder"), qPrintable(into_folder));
        QVERIFY(QFile::remove(saved));
    }

    void aScenesChangesAreKeptWhenTheLectureMovesOn() {
        MainWindow& w = withLecture();
        // Going through the scenes, which plays each, changes nothing.
        QTest::keyClick(&w, Qt::Key_PageDown);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QVERIFY(!w.lecture().modified());

        // A run added to the first scene is the lecture's at once (the panel says "not
        // saved"), and still there when the lecture moves on and back.
        w.session().addRun();
        QVERIFY(w.lecture().modified());
        QVERIFY2(w.lecturePanel().findChild<QLabel*>()->text().contains("not saved"),
                 qPrintable(w.lecturePanel().findChild<QLabel*>()->text()));
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.lecture().scene(0).runs.size(), std::size_t{2});
        QCOMPARE(w.lecture().scene(0).title, std::string("A small step"));
        QCOMPARE(w.lecture().scene(1).runs.size(), std::size_t{1});
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.session().runs().size(), std::size_t{2});
        QVERIFY2(w.note().contains("A small step"), qPrintable(w.note()));

        // What the scene on screen has now is saved without moving on, as is a new title.
        w.setTitleAndNote(QStringLiteral("Two runs"), QStringLiteral("Compare them."));
        QCOMPARE(w.lecturePanel().list().item(0)->text(), QStringLiteral("Two runs"));
        QLineEdit& title = w.lecturePanel().titleField();
        QCOMPARE(title.text(), QStringLiteral("Step sizes"));
        title.selectAll();
        QTest::keyClicks(&title, QStringLiteral("Week 3"));
        QTest::keyClick(&title, Qt::Key_Return);
        QCOMPARE(w.lecture().lecture().title, std::string("Week 3"));
        const QString saved = path(QStringLiteral("kept.gdlab-lecture"));
        QCOMPARE(w.saveLectureTo(saved), QString());
        const LectureRead back = read_lecture_file(saved.toStdString());
        QCOMPARE(back.lecture.title, std::string("Week 3"));
        QCOMPARE(back.lecture.scenes[0].title, std::string("Two runs"));
        QCOMPARE(back.lecture.scenes[0].note, std::string("Compare them."));
        QCOMPARE(back.lecture.scenes[0].runs.size(), std::size_t{2});
        QCOMPARE(back.lecture.scenes[1].title, std::string("Too large a step"));
        QVERIFY(!w.lecture().modified());

        // A demo opened over the lecture is not put into the scene it replaced on screen.
        w.loadDemo(0);
        QCOMPARE(w.lecturePanel().list().currentRow(), -1);  // no lecture scene is on screen
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.lecturePanel().list().currentRow(), 1);
        QCOMPARE(w.lecture().scene(0).title, std::string("Two runs"));
        QVERIFY(!w.lecture().modified());
        QVERIFY(QFile::remove(saved));
    }

    void aBadLectureIsRefusedAndTheWindowKeepsItsScene() {
        MainWindow& w = freshWindow();
        const QString before = shownExpression();
        const QString bad = path(QStringLiteral("talk/bad.gdlab-lecture"));
        QVERIFY(write_text(bad, QByteArray(kLecture).replace("\"lr\": 0.4", "\"lr\": -0.4")));
        const QString error = w.loadLecture(bad);
        QVERIFY2(error.contains("bad.gdlab-lecture") && error.contains("scenes[2].runs[1]") &&
                     error.contains("learning rate"),
                 qPrintable(error));
        QVERIFY(!w.lecture().isOpen());
        QCOMPARE(shownExpression(), before);

        const QString missing = path(QStringLiteral("talk/missing.gdlab-lecture"));
        QVERIFY(write_text(missing, QByteArray(kLecture).replace("second.gdlab", "gone.gdlab")));
        const QString gone = w.loadLecture(missing);
        QVERIFY2(gone.contains("scenes[1]") && gone.contains("gone.gdlab"), qPrintable(gone));
        QVERIFY(QFile::remove(missing));
        QVERIFY(QFile::remove(bad));
    }

    void aNewLectureFromSceneFiles() {
        MainWindow& w = freshWindow();
        const QString first = path(QStringLiteral("first.gdlab"));
        QVERIFY(write_text(first,
                           QByteArray(kSecondScene).replace("Too large a step", "First of two")));
        const QString second = path(QStringLiteral("talk/scenes/second.gdlab"));
        QCOMPARE(w.newLectureFromSceneFiles({first, second}), QString());
        QCOMPARE(w.lecture().count(), 2);
        QCOMPARE(w.lecture().current(), 0);
        QVERIFY2(w.note().contains("First of two"), qPrintable(w.note()));
        QVERIFY(w.lecture().modified());  // not saved anywhere yet
        QVERIFY(w.lectureDock().isVisible());
        QVERIFY(w.newLectureFromSceneFiles({first, path(QStringLiteral("nothing.gdlab"))})
                    .contains("nothing.gdlab"));
        QCOMPARE(w.lecture().count(), 2);  // the lecture open stays
        QVERIFY(QFile::remove(first));
    }

    void fileNamesForASlideDeck() {
        QCOMPARE(title_slug("Too large a step: it diverges!"),
                 std::string("too-large-a-step-it-diverges"));
        QCOMPARE(title_slug("  Étude № 5 "), std::string("tude-5"));
        QCOMPARE(title_slug(""), std::string("scene"));
        // What every file dialog suggests (save and export alike): the title's slug, or one
        // name for all.
        QCOMPARE(suggested_file_name("Too large a step!", kSceneExtension),
                 QStringLiteral("too-large-a-step.gdlab"));
        QCOMPARE(suggested_file_name("", kLectureExtension),
                 QStringLiteral("gradient-descent.gdlab-lecture"));
        QCOMPARE(suggested_file_name("", ".gif"), QStringLiteral("gradient-descent.gif"));
        QCOMPARE(title_slug("???"), std::string("scene"));
        QCOMPARE(title_slug(std::string(100, 'a')).size(), std::size_t{40});
        Scene scene;
        scene.title = "Momentum";
        QCOMPARE(numbered_file_name(0, 3, scene, QStringLiteral("png")),
                 QStringLiteral("01-momentum.png"));
        QCOMPARE(numbered_file_name(99, 100, scene, QStringLiteral("gif")),
                 QStringLiteral("100-momentum.gif"));
        QCOMPARE(numbered_file_name(4, 100, Scene{}, QStringLiteral("svg")),
                 QStringLiteral("005-scene.svg"));
    }

    // gdlab export --lecture, the real binary.

    void exportsANumberedPictureOfEachScene() {
        const QString deck = path(QStringLiteral("deck/pictures"));  // made, parents and all
        const Outcome r =
            run_lecture_command({QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
                                 QStringLiteral("--out"), deck});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QStringList names = {QStringLiteral("01-a-small-step.png"),
                                   QStringLiteral("02-too-large-a-step.png"),
                                   QStringLiteral("03-scene.png")};
        QCOMPARE(QDir(deck).entryList(QDir::Files), names);
        QCOMPARE(r.out.count(QStringLiteral("gdlab export: wrote ")), 3);
        for (const QString& name : names) {
            const QImage image(QDir(deck).filePath(name));
            QCOMPARE(image.size(), QSize(1200, 800));
            QVERIFY2(colour_count(image) > 100, qPrintable(name));
            QVERIFY2(r.out.contains(name), qPrintable(r.out));
        }
        // The third scene has two runs and ends elsewhere than the first: not the same picture.
        QVERIFY(QImage(QDir(deck).filePath(names[0])) != QImage(QDir(deck).filePath(names[2])));
        QVERIFY(QDir(path(QStringLiteral("deck"))).removeRecursively());
    }

    void exportsVectorPicturesAndAnimations() {
        const QString deck = path(QStringLiteral("svg-deck"));
        const Outcome r = run_lecture_command(
            {QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
             QStringLiteral("--out"), deck, QStringLiteral("--format"), QStringLiteral("svg"),
             QStringLiteral("--gif"), QStringLiteral("--size"), QStringLiteral("400x300"),
             QStringLiteral("--every"), QStringLiteral("4"), QStringLiteral("--theme"),
             QStringLiteral("dark")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("gdlab export: wrote ")), 6);
        QCOMPARE(QDir(deck).entryList(QDir::Files).size(), 6);
        const SvgSummary svg =
            read_svg(QDir(deck).filePath(QStringLiteral("02-too-large-a-step.svg")));
        QVERIFY(svg.well_formed);
        QVERIFY(svg.paths > 5);
        QCOMPARE(svg.images, 2);  // the heatmap and its colour scale; the rest is vectors
        QVERIFY2(svg.title.contains(QStringLiteral("x² + 4y²")), qPrintable(svg.title));
        const DecodedGif gif = decode_gif(QDir(deck).filePath(QStringLiteral("03-scene.gif")));
        QVERIFY(gif.ok);
        QCOMPARE(QSize(gif.width, gif.height), QSize(400, 300));
        QVERIFY(gif.frames > 2);
        QVERIFY(QDir(deck).removeRecursively());
    }

    // --gif wrote scene 1's files into a folder of old slides and then stopped on scene 2
    // ("3001 frames are too many"): every scene is checked before anything is written.
    void aLectureGifThatCannotBeMadeWritesNothing() {
        const QString deck = path(QStringLiteral("old-deck"));
        QVERIFY(QDir().mkpath(deck));
        QVERIFY(write_text(QDir(deck).filePath(QStringLiteral("01-old.png")), "old slide"));
        const QString talk = path(QStringLiteral("long.gdlab-lecture"));
        QVERIFY(write_text(talk, R"({"format": "gdlab-lecture", "version": 1, "scenes": [
            {"objective": "x^2 + y^2", "runs": [{"iterations": 10}]},
            {"objective": "x^2 + y^2", "runs": [{"iterations": 3000, "tolerance": 0,
                                                  "optimizer": {"name": "gd", "lr": 0.001}}]}]})"));
        const Outcome r = run_lecture_command(
            {QStringLiteral("export"), QStringLiteral("--lecture"), talk, QStringLiteral("--out"),
             deck, QStringLiteral("--gif"), QStringLiteral("--every"), QStringLiteral("1")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("gdlab export: --every: scenes[1]: 3001 frames "
                                                 "are too many")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
        QCOMPARE(QDir(deck).entryList(QDir::Files), QStringList{QStringLiteral("01-old.png")});
        QVERIFY(QDir(deck).removeRecursively());
    }

    void exportsTheHandoutAsOnePdfOfAPagePerScene() {
        const QString handout = path(QStringLiteral("handout.pdf"));
        const Outcome r =
            run_lecture_command({QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
                                 QStringLiteral("--out"), handout});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("gdlab export: wrote ")), 1);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("3 (A4|Letter) pages"))),
                 qPrintable(r.out));
        QCOMPARE(page_objects(handout), 3);
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo is not installed");
        QCOMPARE(pdfinfo_pages(handout), 3);
        // A real paper size: the system's (A4 here), or the one asked for.
        QVERIFY2(pdfinfo_page_size(handout).contains(QStringLiteral("(A4)")) ||
                     pdfinfo_page_size(handout).contains(QStringLiteral("(letter)")),
                 qPrintable(pdfinfo_page_size(handout)));
        const QString letter = path(QStringLiteral("letter.pdf"));
        const Outcome us = run_lecture_command(
            {QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
             QStringLiteral("--out"), letter, QStringLiteral("--paper"), QStringLiteral("letter")});
        QVERIFY2(us.status == 0, qPrintable(us.err));
        QVERIFY2(pdfinfo_page_size(letter).contains(QStringLiteral("(letter)")),
                 qPrintable(pdfinfo_page_size(letter)));
        QVERIFY(QFile::remove(letter));
        const Outcome a4 = run_lecture_command(
            {QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
             QStringLiteral("--out"), letter, QStringLiteral("--paper"), QStringLiteral("A4")});
        QVERIFY2(a4.status == 0, qPrintable(a4.err));
        QVERIFY2(pdfinfo_page_size(letter).contains(QStringLiteral("(A4)")),
                 qPrintable(pdfinfo_page_size(letter)));
        QVERIFY(QFile::remove(letter));
        const Outcome bad = run_lecture_command(
            {QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
             QStringLiteral("--out"), letter, QStringLiteral("--paper"), QStringLiteral("a5")});
        QCOMPARE(bad.status, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--paper: expected a4 or letter, got 'a5'")),
                 qPrintable(bad.err));
        const QString text = pdf_text(handout).simplified();
        for (const char* expected :
             {"Step sizes · 1 / 3", "A small step", "Slow but sure.", "Too large a step",
              "It zig-zags across the valley.", "Step sizes · 3 / 3"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
        }
        if (const QByteArray shots = qgetenv("GDLAB_LECTURE_SHOTS"); !shots.isEmpty())
            QFile::copy(handout, QString::fromLocal8Bit(shots) + QStringLiteral("/handout.pdf"));
        QVERIFY(QFile::remove(handout));
    }

    // `gdlab talk.gdlab-lecture`, as a double-click runs it, opens the lecture.
    void theProgramOpensALectureGivenAlone() {
        const QString shot = path(QStringLiteral("lecture-shot.png"));
        const Outcome r = run_lecture_command({QStringLiteral("--screenshot"), shot, lecture_});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(QImage(shot).size(), QSize(1280, 800));
        const QString bad = path(QStringLiteral("empty.gdlab-lecture"));
        QVERIFY(write_text(bad, R"({"format": "gdlab-lecture", "version": 1, "scenes": []})"));
        const Outcome refused = run_lecture_command({QStringLiteral("--screenshot"), shot, bad});
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.err.contains("empty.gdlab-lecture: scenes: expected 1 to 100 entries"),
                 qPrintable(refused.err));
        const Outcome with_options = run_lecture_command({lecture_, QStringLiteral("--lr"), "0.1"});
        QCOMPARE(with_options.status, 2);
        QVERIFY(QFile::remove(bad));
        QVERIFY(QFile::remove(shot));
    }

    void aBadLectureIsRefusedNamingTheFileAndTheField() {
        const QString bad = path(QStringLiteral("bad-export.gdlab-lecture"));
        QVERIFY(write_text(
            bad, QByteArray(kLecture).replace("\"iterations\": 60", "\"iterations\": -60")));
        const QString deck = path(QStringLiteral("never"));
        const Outcome r =
            run_lecture_command({QStringLiteral("export"), QStringLiteral("--lecture"), bad,
                                 QStringLiteral("--out"), deck});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("bad-export.gdlab-lecture") &&
                     r.err.contains("scenes[0].runs[0].iterations"),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(deck));  // nothing written, not even the folder
        QVERIFY(QFile::remove(bad));

        // A folder that is a file.
        const QString file = path(QStringLiteral("notes.txt"));
        QVERIFY(write_text(file, "keep me"));
        const Outcome into_file =
            run_lecture_command({QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
                                 QStringLiteral("--out"), file});
        QCOMPARE(into_file.status, 1);
        QVERIFY2(into_file.err.contains("notes.txt") && into_file.err.contains("not a folder"),
                 qPrintable(into_file.err));
        QCOMPARE(read_all(file), QByteArray("keep me"));
        QVERIFY(QFile::remove(file));

        // Options that do not go with a lecture.
        const Outcome png =
            run_lecture_command({QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
                                 QStringLiteral("--out"), path(QStringLiteral("x.png"))});
        QCOMPARE(png.status, 2);
        QVERIFY2(png.err.contains("give a folder"), qPrintable(png.err));
        const Outcome scene = run_lecture_command(
            {QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
             QStringLiteral("--out"), deck, QStringLiteral("--lr"), QStringLiteral("0.1")});
        QCOMPARE(scene.status, 2);
        QVERIFY2(scene.err.contains("no --demo or scene options"), qPrintable(scene.err));
        const Outcome format = run_lecture_command(
            {QStringLiteral("export"), QStringLiteral("--lecture"), lecture_,
             QStringLiteral("--out"), deck, QStringLiteral("--format"), QStringLiteral("gif")});
        QCOMPARE(format.status, 2);
        QVERIFY2(format.err.contains("--format: expected png, svg or pdf"), qPrintable(format.err));
        QVERIFY(!QFileInfo::exists(deck));
    }
};

QTEST_MAIN(LectureTest)
#include "lecture_test.moc"
