// Scene files in the window: File > Save and Open give back every field of the scene, the title
// bar's unsaved-change mark follows the scene (and clears when a change is undone), a save that
// fails leaves the old file's bytes, a file that is refused leaves the window as it was, the
// recent files keep their order and limit, closing asks about unsaved changes, and
// `gdlab --screenshot x.png FILE.gdlab` renders a file through the real binary.
#include <unistd.h>

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTabBar>
#include <QTimer>
#include <QtTest>

#include "gd/optimizer.hpp"
#include "gd/schedule.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/lecture_deck.hpp"
#include "gui/model/session.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/window/main_window.hpp"
#include "gui/window/recent_files.hpp"
#include "program_run.hpp"
#include "scene/scene_file.hpp"
#include "test_files.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

// A scene with every field a file holds set off its default: three runs (plain descent;
// AdamW with a cosine schedule and a warm-up; momentum on the numeric gradient), the second
// selected, a view of its own, a step, a title, a note, the dark theme and the coordinates'
// panel.
Scene full_scene() {
    Scene scene = scene_of(*gd::find_preset("rosenbrock"));
    RunSpec gd_run = scene.runs.front();
    gd_run.settings.start = {-1.5, 2.25};
    gd_run.settings.max_iterations = 300;

    RunSpec adamw;
    adamw.optimizer = *gd::make_optimizer("adamw");
    gd::set_hyper_parameter(adamw.optimizer, "lr", 0.05);
    gd::set_hyper_parameter(adamw.optimizer, "weight_decay", 0.02);
    adamw.settings.start = {0.5, -0.75};
    adamw.settings.max_iterations = 250;
    adamw.settings.tolerance = 1e-7;
    adamw.settings.schedule = gd::CosineDecay{0.001, 12};

    RunSpec momentum;
    momentum.optimizer = *gd::make_optimizer("momentum");
    gd::set_hyper_parameter(momentum.optimizer, "lr", 0.001);
    momentum.settings.start = {-1.0, -0.5};
    momentum.settings.max_iterations = 200;
    momentum.settings.gradient = {gd::GradientMode::numeric, 2e-4};

    scene.runs = {gd_run, adamw, momentum};
    scene.active_run = 1;
    scene.view = {-2.5, 2.0, -1.25, 3.5};
    scene.step = 17;
    scene.speed = 40.0;
    scene.title = "Three optimizers in the banana valley";
    scene.note =
        "AdamW warms up for 12 steps, then its rate follows a cosine; momentum uses "
        "differences, not the exact gradient.";
    scene.theme = "dark";
    scene.coordinates_plot = true;
    return scene;
}

// gdlab as a user runs it with no display, its settings in `config`.
Outcome run_gdlab_with_settings(const QStringList& arguments, const QString& config) {
    return run_gdlab(arguments, {{QStringLiteral("XDG_CONFIG_HOME"), config}});
}

// What in `root` reads text holding `marker` as HTML: a label, a tool tip (of a widget, an
// action or a list row) that Qt would render as rich text. Empty when every such text is shown
// as the characters it is.
QStringList read_as_html(const QWidget* root, const QString& marker) {
    QStringList found;
    const auto tip = [&](const QString& where, const QString& text) {
        if (text.contains(marker) && Qt::mightBeRichText(text))
            found << where + QStringLiteral(": ") + text;
    };
    QList<const QWidget*> widgets{root};
    for (const QWidget* w : root->findChildren<QWidget*>())
        widgets << w;
    for (const QWidget* w : widgets) {
        tip(QStringLiteral("tool tip of ") + w->metaObject()->className(), w->toolTip());
        for (const QAction* a : w->actions())
            tip(QStringLiteral("tool tip of action ") + a->text(), a->toolTip());
        if (const auto* label = qobject_cast<const QLabel*>(w)) {
            const Qt::TextFormat format = label->textFormat();
            if (label->text().contains(marker) &&
                (format == Qt::RichText ||
                 (format == Qt::AutoText && Qt::mightBeRichText(label->text()))))
                found << QStringLiteral("label: ") + label->text();
        }
        if (const auto* list = qobject_cast<const QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i)
                tip(QStringLiteral("row tool tip"), list->item(i)->toolTip());
        }
    }
    return found;
}

}  // namespace

class SceneFilesTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_dir_;
    QTemporaryDir files_;
    std::unique_ptr<MainWindow> window_;
    QStringList errors_;  // what the window reported instead of showing a message box
    QList<QString> asked_;
    QMessageBox::StandardButton answer_ = QMessageBox::Cancel;

    QString path(const QString& name) const { return files_.filePath(name); }

    // A new window that reports into errors_ and answers the unsaved-changes question with
    // answer_, shown and drawn.
    MainWindow& fresh() {
        window_ = std::make_unique<MainWindow>(false);
        errors_.clear();
        asked_.clear();
        window_->reportError = [this](const QString& title, const QString& message) {
            errors_ << title + QStringLiteral(": ") + message;
        };
        window_->askToSave = [this](const QString& name) {
            asked_ << name;
            return answer_;
        };
        window_->show();
        return *window_;
    }

    static std::string text_of(const MainWindow& w) { return scene_file_text(w.currentScene()); }

    // The learning rate of the selected run set to `lr`, as the panel sets it.
    static void set_lr(MainWindow& w, double lr) {
        RunSpec spec = w.session().activeRun().spec;
        gd::set_hyper_parameter(spec.optimizer, "lr", lr);
        w.session().setActiveSpec(spec);
    }

  private slots:
    void initTestCase() {
        QVERIFY2(settings_dir_.isValid(), qPrintable(settings_dir_.errorString()));
        QVERIFY2(files_.isValid(), qPrintable(files_.errorString()));
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-tests"),
                         QStringLiteral("gdlab-tests"));
    }
    void cleanup() {
        window_.reset();
        QSettings().clear();
    }

    void saveThenOpenGivesBackEveryField() {
        const Scene scene = full_scene();
        QVERIFY(!check_scene(scene));
        MainWindow& w = fresh();
        w.showScene(scene);
        QVERIFY(w.waitUntilDrawn());
        QTRY_COMPARE(w.animation().step(), 17);  // shown once the runs are computed
        QVERIFY(w.theme() == Theme::dark);
        QCOMPARE(w.convergenceTabs().currentIndex(), 1);
        // What the window shows is the scene, field for field.
        const std::string expected = scene_file_text(scene);
        QCOMPARE(text_of(w), expected);

        const QString file = path(QStringLiteral("three runs.gdlab"));
        QCOMPARE(w.saveTo(file), QString());
        QCOMPARE(read_all(file).toStdString(), expected);
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.windowTitle(), QStringLiteral("three runs.gdlab[*]"));

        // A window showing something else opens it: the same scene, unmodified.
        MainWindow& other = fresh();
        other.setTheme(Theme::light);
        QVERIFY(other.waitUntilDrawn());
        QCOMPARE(other.openFile(file), QString());
        QVERIFY(other.waitUntilDrawn());
        QTRY_COMPARE(other.animation().step(), 17);
        QCOMPARE(text_of(other), expected);
        QVERIFY(!other.isWindowModified());
        QCOMPARE(other.document().file(), QFileInfo(file).absoluteFilePath());
        QVERIFY(
            other.note().contains(QStringLiteral("<b>Three optimizers in the banana valley.</b>")));
        QVERIFY(other.note().contains(QStringLiteral("AdamW warms up for 12 steps")));
        const auto& runs = other.session().runs();
        QCOMPARE(runs.size(), std::size_t{3});
        QVERIFY(std::holds_alternative<gd::CosineDecay>(runs[1].spec.settings.schedule));
        QVERIFY(std::get<gd::CosineDecay>(runs[1].spec.settings.schedule).warmup == 12.0);
        QVERIFY(runs[2].spec.settings.gradient.mode == gd::GradientMode::numeric);
        QVERIFY(runs[2].spec.settings.gradient.h == 2e-4);
        QCOMPARE(other.session().activeIndex(), 1);
        QCOMPARE(other.animation().speed(), 40.0);  // the scene's own speed
        QCOMPARE(other.speedText(), QStringLiteral("40 steps/s"));
    }

    void theModifiedMarkFollowsTheScene() {
        const QString file = path(QStringLiteral("bowl.gdlab"));
        QVERIFY(write_text(
            file, QByteArray::fromStdString(scene_file_text(scene_of(*gd::find_preset("bowl"))))));
        MainWindow& w = fresh();
        QCOMPARE(w.windowTitle(), QStringLiteral("Untitled[*]"));
        QCOMPARE(w.openFile(file), QString());
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.windowTitle(), QStringLiteral("bowl.gdlab[*]"));
        QCOMPARE(w.windowFilePath(), QFileInfo(file).absoluteFilePath());
        QVERIFY(!w.isWindowModified());
        const double lr = gd::learning_rate(w.session().activeRun().spec.optimizer);

        set_lr(w, 0.37);
        QVERIFY(w.isWindowModified());
        set_lr(w, lr);  // back to what the file holds: nothing to save
        QVERIFY(!w.isWindowModified());

        // The step shown is not a change; the view, the panel and the theme are.
        w.animation().setStep(3);
        QVERIFY(!w.isWindowModified());
        // (The view asked for: equal scaling widens what is shown to the plot's shape.)
        const gd::Rect view = w.plot().requestedView();
        w.plot().setView({-1, 1, -1, 1});
        QVERIFY(w.isWindowModified());
        w.plot().setView(view);
        QVERIFY(!w.isWindowModified());
        w.convergenceTabs().setCurrentIndex(1);
        QVERIFY(w.isWindowModified());
        w.convergenceTabs().setCurrentIndex(0);
        QVERIFY(!w.isWindowModified());
        w.setTheme(w.theme() == Theme::dark ? Theme::light : Theme::dark);
        QVERIFY(w.isWindowModified());
        w.setTheme(w.theme() == Theme::dark ? Theme::light : Theme::dark);
        QVERIFY(!w.isWindowModified());
        // A file without a speed plays at the viewer's; Faster (]) makes it the scene's.
        const double speed = w.animation().speed();
        QTest::keyClick(&w, Qt::Key_BracketRight);
        QCOMPARE(w.animation().speed(), std::min(2 * speed, 1000.0));
        QVERIFY(w.isWindowModified());
        QTest::keyClick(&w, Qt::Key_BracketLeft);
        QCOMPARE(w.animation().speed(), speed);
        QCOMPARE(w.currentScene().speed, std::optional<double>(speed));
        QCOMPARE(w.saveTo(file), QString());
        QVERIFY(read_all(file).contains("\"speed\": "));

        // Saving clears it, and the file now holds the change.
        set_lr(w, 0.21);
        QCOMPARE(w.saveTo(file), QString());
        QVERIFY(!w.isWindowModified());
        QVERIFY(read_all(file).contains("\"lr\": 0.21"));
        set_lr(w, lr);
        QVERIFY(w.isWindowModified());
    }

    void aFailedSaveLeavesTheOldBytes() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("kept.gdlab"));
        MainWindow& w = fresh();
        QVERIFY(w.waitUntilDrawn());
        QCOMPARE(w.saveTo(file), QString());
        const QByteArray old_bytes = read_all(file);
        QVERIFY(old_bytes.size() > 300);
        set_lr(w, 0.33);
        QVERIFY(w.isWindowModified());

        // A read-only folder: QSaveFile cannot make its temporary file beside the old one.
        // (Root writes there anyway; the full disk below fails for everyone.)
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        if (geteuid() != 0) {
            const QString error = w.saveTo(file);
            QVERIFY2(error.contains(QFileInfo(file).absoluteFilePath()), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("ermission denied")), qPrintable(error));
            QCOMPARE(read_all(file), old_bytes);
            QVERIFY(w.isWindowModified());
        }
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        // A full disk: the new text is cut short; the old file stays, whole.
        QString error;
        {
            const FileSizeLimit limit(200);
            error = w.saveTo(file);
        }
        QVERIFY2(error.contains(QFileInfo(file).absoluteFilePath()), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
        QCOMPARE(read_all(file), old_bytes);
        QVERIFY(w.isWindowModified());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"kept.gdlab"});

        // File > Save reports it and says the scene was not saved; closing then stays open.
        answer_ = QMessageBox::Save;
        bool closed = true;
        {
            const FileSizeLimit limit(200);
            QVERIFY(!w.save());
            closed = w.close();
        }
        QVERIFY(!closed);
        QVERIFY(w.isVisible());
        QCOMPARE(errors_.size(), 2);
        QVERIFY2(errors_[0].contains(QStringLiteral("kept.gdlab")), qPrintable(errors_[0]));
        QCOMPARE(read_all(file), old_bytes);
    }

    void aRefusedFileLeavesTheWindowAsItWas() {
        MainWindow& w = fresh();
        w.showScene(full_scene());
        QVERIFY(w.waitUntilDrawn());
        const std::string before = text_of(w);
        const QString note_before = w.note();

        Scene bad_scene = full_scene();
        std::string text = scene_file_text(bad_scene);
        // The second run's learning rate made negative by hand.
        const auto at = text.find("\"lr\": 0.05");
        QVERIFY(at != std::string::npos);
        text.replace(at, 10, "\"lr\": -0.05");
        const QString bad = path(QStringLiteral("bad lr.gdlab"));
        QVERIFY(write_text(bad, QByteArray::fromStdString(text)));
        QString error = w.openFile(bad);
        QVERIFY2(error.contains(QStringLiteral("bad lr.gdlab")) &&
                     error.contains(QStringLiteral("runs[1].optimizer.lr")),
                 qPrintable(error));
        QCOMPARE(text_of(w), before);
        QCOMPARE(w.note(), note_before);
        QCOMPARE(w.document().file(), QString());

        // Cut off half-way, as a failed copy leaves it.
        const QString cut = path(QStringLiteral("cut.gdlab"));
        QVERIFY(write_text(cut, QByteArray::fromStdString(text.substr(0, text.size() / 2))));
        error = w.openFile(cut);
        QVERIFY2(error.contains(QStringLiteral("cut.gdlab")), qPrintable(error));
        QCOMPARE(text_of(w), before);

        // Valid for a file, but more iterations than the window's fields hold.
        Scene long_scene = full_scene();
        long_scene.runs[2].settings.max_iterations = 5'000'000;
        const QString too_long = path(QStringLiteral("long.gdlab"));
        QVERIFY(write_text(too_long, QByteArray::fromStdString(scene_file_text(long_scene))));
        error = w.openFile(too_long);
        QVERIFY2(error.contains(QStringLiteral("long.gdlab: runs[2]:")) &&
                     error.contains(QStringLiteral("iterations")),
                 qPrintable(error));
        QCOMPARE(text_of(w), before);

        // A missing file.
        error = w.openFile(path(QStringLiteral("nowhere.gdlab")));
        QVERIFY2(error.contains(QStringLiteral("nowhere.gdlab")), qPrintable(error));
        QCOMPARE(text_of(w), before);
    }

    void unknownFieldsAreReportedAndSavedAgain() {
        std::string text = scene_file_text(scene_of(*gd::find_preset("bowl")));
        text.insert(text.find('{') + 1, "\n  \"sound\": {\"volume\": 3},");
        const QString file = path(QStringLiteral("newer.gdlab"));
        QVERIFY(write_text(file, QByteArray::fromStdString(text)));
        MainWindow& w = fresh();
        QCOMPARE(w.openFile(file), QString());
        QCOMPARE(w.fileNotes().size(), 1);
        QVERIFY2(w.fileNotes().front().contains(QStringLiteral("sound")),
                 qPrintable(w.fileNotes().front()));
        QVERIFY(!w.isWindowModified());
        const QString copy = path(QStringLiteral("newer copy.gdlab"));
        QCOMPARE(w.saveTo(copy), QString());
        QVERIFY(read_all(copy).contains("\"sound\": {"));
        QVERIFY(read_all(copy).contains("\"volume\": 3"));
    }

    // Text from a file is shown as the characters it is, never as HTML: a field named
    // <img src="/dev/zero"> made the notes box read /dev/zero until memory ran out (2 GB in 6 s,
    // then an abort), and <b> or <font> could fake any dialog. The file's name, title, note,
    // unknown fields, a lecture's scene names, and the error box of a refused file.
    void textFromAFileIsNeverReadAsHtml() {
        const QString hostile = QStringLiteral("<img src=\"/dev/zero\"><b>bold</b>");
        const std::string h = hostile.toStdString();
        const auto json_text = [](const std::string& t) { return nlohmann::json(t).dump(); };
        Scene scene = scene_of(*gd::find_preset("bowl"));
        scene.title = h;
        scene.note = h + " note";
        std::string text = scene_file_text(scene);
        text.insert(text.find('{') + 1, "\n  " + json_text(h) + ": 1,");
        const QString file = path(QStringLiteral("<b>bold<b> & more.gdlab"));
        QVERIFY(write_text(file, QByteArray::fromStdString(text)));

        MainWindow w(false);
        w.show();
        QCOMPARE(w.openFile(file), QString());  // the notes box is shown beside the window
        QCOMPARE(w.fileNotes().size(), 1);
        QVERIFY(w.waitUntilDrawn());
        QStringList found;
        for (const QWidget* top : QApplication::topLevelWidgets())
            found << read_as_html(top, QStringLiteral("<b>bold"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
        // The notes box says what the file holds, as written.
        const auto* box = w.findChild<QMessageBox*>();
        QVERIFY(box != nullptr);
        QVERIFY2(box->text().contains(hostile), qPrintable(box->text()));

        // A lecture's scene names in its panel.
        Lecture lecture;
        lecture.title = h;
        lecture.scenes = {scene, scene};
        const QString talk = path(QStringLiteral("hostile.gdlab-lecture"));
        QVERIFY(write_text(talk, QByteArray::fromStdString(lecture_file_text(lecture))));
        QCOMPARE(w.loadLecture(talk), QString());
        QVERIFY(w.waitUntilDrawn());
        found.clear();
        for (const QWidget* top : QApplication::topLevelWidgets())
            found << read_as_html(top, QStringLiteral("<b>bold"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));

        // A refused file's error box, the real one: its text is the file's, as written.
        const QString refused = path(QStringLiteral("refused.gdlab"));
        QVERIFY(write_text(refused, QByteArray::fromStdString(
                                        R"({"format": "gdlab-scene", "version": 1, "preset": )" +
                                        json_text(h.substr(0, 30)) + R"(, "runs": [{}]})")));
        QString shown;
        QTimer::singleShot(0, [&] {
            auto* error_box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (error_box == nullptr) return;
            found << read_as_html(error_box, QStringLiteral("<b>bold"));
            shown = error_box->text();
            error_box->done(QMessageBox::Ok);
        });
        w.reportError(QStringLiteral("Open scene"), w.openFile(refused));
        QVERIFY2(
            shown.contains(QStringLiteral("no preset is called '<img src=\"/dev/zero\"><b>bold")),
            qPrintable(shown));
        QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    }

    // Without XDG_RUNTIME_DIR every user's gdlab used /tmp/gdlab-runtime and chmodded it to
    // 0700 through whatever was there: another user's link to a folder of a victim changed the
    // victim's folder. The name is now the user's own, made by mkdir 0700, and anything planted
    // there is left alone for a fresh mkdtemp folder.
    void aRuntimeFolderPlantedByAnotherUserIsLeftAlone() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString victim = tmp.filePath(QStringLiteral("victim"));
        QVERIFY(QDir().mkpath(victim));
        const auto open_to_all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                 QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                 QFile::ExeOther;
        QVERIFY(QFile::setPermissions(victim, open_to_all));
        const QString planted = tmp.filePath(QStringLiteral("gdlab-runtime-%1").arg(::getuid()));
        QVERIFY(QFile::link(victim, planted));
        const Outcome r = run_gdlab(
            {QStringLiteral("--screenshot"), tmp.filePath(QStringLiteral("shot.png"))},
            {{QStringLiteral("TMPDIR"), tmp.path()}, {QStringLiteral("XDG_RUNTIME_DIR"), {}}});
        QCOMPARE(r.status, 0);
        // The group's and others' bits: what a chmod to 0700 would have taken away.
        constexpr int kGroupAndOthers = 0x00ff;
        QCOMPARE(QFileInfo(victim).permissions() & kGroupAndOthers, open_to_all & kGroupAndOthers);
        QVERIFY(QFileInfo(planted).isSymLink());
        const QStringList fresh =
            QDir(tmp.path())
                .entryList({QStringLiteral("gdlab-runtime-%1-*").arg(::getuid())}, QDir::Dirs);
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(QFileInfo(tmp.filePath(fresh.front())).permissions() & kGroupAndOthers, 0);
    }

    void theTitleAndNoteGoWithTheirObjective() {
        MainWindow& w = fresh();
        Scene scene = scene_of(*gd::find_preset("bowl"));
        scene.title = "A <round> bowl";
        scene.note = "Every step points at the centre & shrinks.";
        w.showScene(scene);
        QCOMPARE(w.note(), QStringLiteral("<b>A &lt;round&gt; bowl.</b> Every step points at the "
                                          "centre &amp; shrinks."));
        QCOMPARE(w.currentScene().title, scene.title);
        // A scene without them shows the preset's line, as before.
        w.applyPreset(*gd::find_preset("rosenbrock"));
        QVERIFY(w.note().startsWith(QStringLiteral("<b>") +
                                    QString::fromUtf8(gd::find_preset("rosenbrock")->title)));
        QVERIFY(w.currentScene().title.empty());
        // Another objective hides them (they described this one); it back brings them back.
        w.showScene(scene);
        const std::string with_title = scene_file_text(w.currentScene());
        w.session().setObjective(std::get<gd::Objective>(gd::Objective::parse("x^2 + 3*y^2")),
                                 QStringLiteral("x^2 + 3*y^2"), nullptr);
        QVERIFY(w.currentScene().title.empty() && w.currentScene().note.empty());
        QVERIFY(w.note().contains(QStringLiteral("f(x, y) =")));
        const gd::Preset& bowl = *gd::find_preset("bowl");
        w.session().setObjective(std::get<gd::Objective>(gd::Objective::parse(bowl.formula)),
                                 QString::fromUtf8(bowl.formula), &bowl);
        QCOMPARE(scene_file_text(w.currentScene()), with_title);
        QVERIFY(w.note().startsWith(QStringLiteral("<b>A &lt;round&gt; bowl.</b>")));
    }

    void theRecentFilesKeepOrderAndLimit() {
        MainWindow& w = fresh();
        const std::string text = scene_file_text(scene_of(*gd::find_preset("bowl")));
        QStringList files;
        for (int k = 0; k < 10; ++k) {
            files << path(QStringLiteral("recent %1.gdlab").arg(k));
            QVERIFY(write_text(files.back(), QByteArray::fromStdString(text)));
            QCOMPARE(w.openFile(files.back()), QString());
        }
        QStringList expected;
        for (int k = 9; k >= 2; --k)
            expected << QFileInfo(files[k]).absoluteFilePath();
        QCOMPARE(w.recentFiles(), expected);
        emit w.recentMenu().aboutToShow();
        QCOMPARE(w.recentMenu().actions().size(), kMaxRecentFiles);
        QCOMPARE(w.recentMenu().actions().front()->text(), QStringLiteral("&1 recent 9.gdlab"));

        // Opened again, a file moves to the top, once.
        QCOMPARE(w.openFile(files[4]), QString());
        QCOMPARE(w.recentFiles().front(), QFileInfo(files[4]).absoluteFilePath());
        QCOMPARE(w.recentFiles().size(), kMaxRecentFiles);
        QCOMPARE(w.recentFiles().count(QFileInfo(files[4]).absoluteFilePath()), 1);

        // One that vanished is taken off with a message naming it; the window stays.
        const std::string before = text_of(w);
        QVERIFY(QFile::remove(files[7]));
        w.openRecent(QFileInfo(files[7]).absoluteFilePath());
        QCOMPARE(errors_.size(), 1);
        QVERIFY2(errors_[0].contains(QStringLiteral("recent 7.gdlab")) &&
                     errors_[0].contains(QStringLiteral("no longer there")),
                 qPrintable(errors_[0]));
        QVERIFY(!w.recentFiles().contains(QFileInfo(files[7]).absoluteFilePath()));
        QCOMPARE(w.recentFiles().size(), kMaxRecentFiles - 1);
        QCOMPARE(text_of(w), before);

        // A hand-edited list: duplicates and empty entries are not shown, the length is kept.
        QSettings settings;
        settings.setValue(QStringLiteral("files/recent"),
                          QStringList{"/a.gdlab", "", "/a.gdlab", "/b.gdlab"});
        QCOMPARE(recent_files(settings), (QStringList{"/a.gdlab", "/b.gdlab"}));
    }

    void closingAsksAboutUnsavedChanges() {
        const QString file = path(QStringLiteral("asked.gdlab"));
        QVERIFY(write_text(
            file, QByteArray::fromStdString(scene_file_text(scene_of(*gd::find_preset("bowl"))))));
        MainWindow& w = fresh();
        // Untitled: the settings keep it for the next start, nothing is asked.
        set_lr(w, 0.3);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.close());
        QVERIFY(asked_.isEmpty());

        MainWindow& v = fresh();
        QCOMPARE(v.openFile(file), QString());
        QVERIFY(v.close());  // nothing changed: nothing asked
        QVERIFY(asked_.isEmpty());
        v.show();
        set_lr(v, 0.3);
        answer_ = QMessageBox::Cancel;
        QVERIFY(!v.close());
        QCOMPARE(asked_, QStringList{"asked.gdlab"});
        QVERIFY(v.isVisible());
        answer_ = QMessageBox::Save;
        QVERIFY(v.close());
        QVERIFY(read_all(file).contains("\"lr\": 0.3"));

        MainWindow& u = fresh();
        QCOMPARE(u.openFile(file), QString());
        set_lr(u, 0.4);
        answer_ = QMessageBox::Discard;
        QVERIFY(u.close());
        QVERIFY(read_all(file).contains("\"lr\": 0.3"));
    }

    void onlyLocalSceneAndLectureFilesAreDropped() {
        MainWindow& w = fresh();
        auto accepts = [&w](const QList<QUrl>& urls) {
            QMimeData data;
            data.setUrls(urls);
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                                  Qt::NoModifier);
            enter.setAccepted(false);
            QCoreApplication::sendEvent(&w, &enter);
            return enter.isAccepted();
        };
        const QString file = path(QStringLiteral("dropped.gdlab"));
        QVERIFY(write_text(file, QByteArray::fromStdString(scene_file_text(full_scene()))));
        QVERIFY(accepts({QUrl::fromLocalFile(file)}));
        QVERIFY(accepts({QUrl::fromLocalFile(path(QStringLiteral("talk.gdlab-lecture")))}));
        QVERIFY(!accepts({QUrl::fromLocalFile(path(QStringLiteral("notes.txt")))}));
        QVERIFY(!accepts({QUrl(QStringLiteral("https://example.org/a.gdlab"))}));
        QVERIFY(!accepts({QUrl::fromLocalFile(file), QUrl::fromLocalFile(file)}));

        QVERIFY(accepts({QUrl::fromLocalFile(file)}));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QTRY_COMPARE(w.document().file(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(w.currentScene().title, full_scene().title);

        // Qt hands a drop to the widget that accepted the drag's entering, as a real drag has.
        QVERIFY(accepts({QUrl::fromLocalFile(path(QStringLiteral("talk.gdlab-lecture")))}));
        QMimeData lecture;
        lecture.setUrls({QUrl::fromLocalFile(path(QStringLiteral("talk.gdlab-lecture")))});
        QDropEvent drop_lecture(QPointF(10, 10), Qt::CopyAction, &lecture, Qt::LeftButton,
                                Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop_lecture);
        // No such lecture yet: refused, naming the file.
        QTRY_COMPARE(errors_.size(), 1);
        QVERIFY2(errors_[0].contains(QStringLiteral("talk.gdlab-lecture")), qPrintable(errors_[0]));
        // A lecture dropped opens on its first scene.
        {
            QFile talk(path(QStringLiteral("talk.gdlab-lecture")));
            QVERIFY(talk.open(QIODevice::WriteOnly));
            talk.write(R"({"format": "gdlab-lecture", "version": 1, "title": "Talk",
                "scenes": [{"title": "First", "objective": "x^2 + 3*y^2", "runs": [{}]},
                           {"preset": "saddle", "runs": [{}]}]})");
        }
        QVERIFY(accepts({QUrl::fromLocalFile(path(QStringLiteral("talk.gdlab-lecture")))}));
        QDropEvent drop_again(QPointF(10, 10), Qt::CopyAction, &lecture, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop_again);
        QTRY_COMPARE(w.lecture().count(), 2);
        QVERIFY2(asked_.isEmpty(), qPrintable(asked_.join(", ")));  // the scene was unchanged
        QCOMPARE(w.session().expressionText(), QStringLiteral("x^2 + 3*y^2"));
        QCOMPARE(errors_.size(), 1);
    }

    void theBinaryRendersAFileAndRefusesABadOne() {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString file = path(QStringLiteral("shot.gdlab"));
        QVERIFY(write_text(file, QByteArray::fromStdString(scene_file_text(full_scene()))));
        const QString png = path(QStringLiteral("shot.png"));
        Outcome r =
            run_gdlab_with_settings({QStringLiteral("--screenshot"), png, file}, config.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));

        // The file as the first word, too.
        const QString png2 = path(QStringLiteral("shot2.png"));
        r = run_gdlab_with_settings({file, QStringLiteral("--screenshot"), png2}, config.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(png2));

        std::string text = scene_file_text(full_scene());
        text.replace(text.find("\"theme\": \"dark\""), 15, "\"theme\": \"sepia\"");
        const QString bad = path(QStringLiteral("sepia.gdlab"));
        QVERIFY(write_text(bad, QByteArray::fromStdString(text)));
        const QString png3 = path(QStringLiteral("never.png"));
        r = run_gdlab_with_settings({QStringLiteral("--screenshot"), png3, bad}, config.path());
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("sepia.gdlab")) &&
                     r.err.contains(QStringLiteral("theme")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(png3));
    }
};

QTEST_MAIN(SceneFilesTest)
#include "scene_files_test.moc"
