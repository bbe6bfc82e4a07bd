// Export from the window: PNG, SVG, PDF and GIF files through the same calls the File menu
// makes, the clipboard, the theme, presentation mode, and the parts beneath (frame steps,
// captions, the GIF palette, atomic writes).

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtTest>
#include <cmath>

#include "export_checks.hpp"
#include "gd/presets.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/export/atomic_file.hpp"
#include "gui/export/export_dialog.hpp"
#include "gui/export/gif_encoder.hpp"
#include "gui/export/image_export.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/demos.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/plot/contour_plottable.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/palette.hpp"
#include "gui/plot/step_inset.hpp"
#include "gui/window/file_dialogs.hpp"
#include "gui/window/main_window.hpp"
#include "shown_window.hpp"
#include "test_settings.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

void write_all(const QString& file, const QByteArray& bytes) {
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// The share of pixels whose channels all lie within `tolerance` of the other image's.
double share_alike(const QImage& a, const QImage& b, int tolerance) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size()) return 0.0;
    qint64 alike = 0;
    for (int j = 0; j < x.height(); ++j) {
        for (int i = 0; i < x.width(); ++i) {
            const QRgb p = x.pixel(i, j);
            const QRgb q = y.pixel(i, j);
            alike += std::abs(qRed(p) - qRed(q)) <= tolerance &&
                     std::abs(qGreen(p) - qGreen(q)) <= tolerance &&
                     std::abs(qBlue(p) - qBlue(q)) <= tolerance;
        }
    }
    return static_cast<double>(alike) / (static_cast<double>(x.width()) * x.height());
}

}  // namespace

// Binds `name` to a new window (the arguments after it go to showFresh), shown and drawn. A
// window that cannot be shown or drawn fails the test here, rather than letting it go on with
// a half-made scene. A macro because QVERIFY2 returns from the test function.
#define FRESH_WINDOW(name, ...)                                   \
    QVERIFY2(showFresh(__VA_ARGS__), qPrintable(setup_failure_)); \
    MainWindow& name = *window_

class ExportTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_dir_;
    QTemporaryDir out_;
    std::unique_ptr<MainWindow> window_;

    QString setup_failure_;

    // A new window (showing demo `demo`, if one is given), drawn and at its last step. False,
    // with the reason in setup_failure_, when it cannot be: use it through FRESH_WINDOW, which
    // then fails the test.
    bool showFresh(int demo = -1) {
        window_ = std::make_unique<MainWindow>(false);
        if (demo >= 0) window_->loadDemo(demo);
        setup_failure_ = show_and_draw(*window_);
        if (!setup_failure_.isEmpty()) return false;
        window_->animation().toEnd();
        return true;
    }
    QString path(const QString& name) const { return out_.filePath(name); }

  private slots:
    void initTestCase() {
        QVERIFY2(settings_dir_.isValid(), qPrintable(settings_dir_.errorString()));
        QVERIFY2(out_.isValid(), qPrintable(out_.errorString()));
        keep_settings_in(settings_dir_, QStringLiteral("gdlab-export-tests"),
                         QStringLiteral("gdlab-export-tests"));
    }
    void cleanup() { window_.reset(); }

    void frameStepsCoverTheRunAndEndOnTheLastStep() {
        QCOMPARE(frame_steps(100, 1).size(), std::size_t{101});
        QCOMPARE(frame_steps(100, 30), (std::vector<int>{0, 30, 60, 90, 100}));
        QCOMPARE(frame_steps(90, 30), (std::vector<int>{0, 30, 60, 90}));
        QCOMPARE(frame_steps(0, 5), (std::vector<int>{0}));
    }

    void theCaptionNamesTheObjectiveAndTheSharedSettings() {
        FRESH_WINDOW(w);
        ExportScene scene = w.exportScene();
        QCOMPARE(scene.lastStep(), 51);
        QCOMPARE(scene_caption(scene, 50),
                 QStringLiteral("f(x, y) = x² + y² · start (−3, 4) · lr = 0.1 · 50 steps"));
        QCOMPARE(scene_caption(scene, 1),
                 QStringLiteral("f(x, y) = x² + y² · start (−3, 4) · lr = 0.1 · 1 step"));
        // Three learning rates from one start: the legend names the rates, the caption not.
        FRESH_WINDOW(demo, 0);
        scene = demo.exportScene();
        QCOMPARE(scene.runs.size(), std::size_t{3});
        QCOMPARE(
            scene_caption(scene, 100),
            QStringLiteral("f(x, y) = x² + y² · start (−3, 4) · at step 100 of the longest run"));
    }

    // `gdlab export` draws a scene with no window: the same picture a window (not shown, as
    // export once built one) gives for that scene. Demo 2 (two runs in a valley) and demo 4
    // (Rosenbrock, 20,000 steps) at their last step.
    void aSceneIsDrawnAlikeWithAndWithoutAWindow() {
        for (const int demo : {1, 3}) {
            MainWindow w(false);
            w.loadDemo(demo);
            QVERIFY(w.session().waitUntilComputed());
            w.animation().toEnd();
            const ExportScene from_window = w.exportScene();
            const Scene scene = demos()[static_cast<std::size_t>(demo)].scene;
            const ExportScene headless = export_scene_of(scene, compute_traces(scene));
            QCOMPARE(headless.step, from_window.step);
            QCOMPARE(headless.runs.size(), from_window.runs.size());
            QCOMPARE(headless.runs[1].label, from_window.runs[1].label);
            QCOMPARE(headless.runs[1].trace->points.back().x,
                     from_window.runs[1].trace->points.back().x);
            ExportLook look;
            look.size = {600, 400};
            const QImage a = render_image(*make_export_plot(from_window, look), 1.0);
            const QImage b = render_image(*make_export_plot(headless, look), 1.0);
            QVERIFY(!a.isNull());
            QCOMPARE(a, b);
        }
    }

    void aPngHasTheAskedSizeTimesTheScale() {
        FRESH_WINDOW(w);
        ExportLook look;
        look.size = QSize(1600, 1000);
        look.caption = true;
        const QString file = path(QStringLiteral("slide.png"));
        QCOMPARE(w.exportImageTo(file, look, 2.0), QString());
        const QImage image(file);
        QCOMPARE(image.size(), QSize(3200, 2000));
        QVERIFY2(colour_count(image) > 200, "the picture is blank or nearly");
        QCOMPARE(image.dotsPerMeterX(), 7559);  // 192 dpi: a 2x picture
        QVERIFY(
            image.text(QStringLiteral("Title")).startsWith(QStringLiteral("f(x, y) = x² + y²")));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("slide.png")));
    }

    void anExportAtTheWindowsSizeIsThePictureOnScreen() {
        FRESH_WINDOW(w);
        ExportLook look;
        look.size = w.plot().size();
        const QString file = path(QStringLiteral("same.png"));
        QCOMPARE(w.exportImageTo(file, look, 1.0), QString());
        const QImage exported(file);
        const QImage screen = w.plot().grab().toImage();

        const double alike = share_alike(exported, screen, 8);
        QVERIFY2(alike > 0.99, qPrintable(QStringLiteral("%1 of pixels alike").arg(alike)));
    }

    void anSvgIsWellFormedWithContourPathsAndVectorText() {
        FRESH_WINDOW(w);
        ExportLook look;
        look.caption = true;
        const QString file = path(QStringLiteral("plot.svg"));
        QCOMPARE(w.exportImageTo(file, look, 1.0), QString());
        const SvgSummary svg = read_svg(file);
        QVERIFY(svg.well_formed);
        // One path per contour level at least; the heatmap and the colour bar are images.
        QVERIFY2(svg.paths >= w.plot().contours().levelCount(),
                 qPrintable(QStringLiteral("%1 paths, %2 levels")
                                .arg(svg.paths)
                                .arg(w.plot().contours().levelCount())));
        QVERIFY(svg.images >= 1);
        QVERIFY(svg.title.startsWith(QStringLiteral("f(x, y) = x² + y²")));
        QVERIFY2(svg.text.contains(QStringLiteral("converged after 51 steps")),
                 qPrintable(svg.text.left(300)));
    }

    void aPdfHoldsTheCaptionText() {
        FRESH_WINDOW(w);
        ExportLook look;
        look.caption = true;
        const QString file = path(QStringLiteral("plot.pdf"));
        QCOMPARE(w.exportImageTo(file, look, 1.0), QString());
        QVERIFY(read_all(file).startsWith("%PDF"));
        const QString text = pdf_text(file);
        QVERIFY2(text.contains(QStringLiteral("f(x, y) = x² + y² · start (−3, 4) · lr = 0.1 · 51 "
                                              "steps")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("known minimum")));
    }

    void aGifHasAFrameEveryKStepsHeldAndLooping() {
        FRESH_WINDOW(w);
        ExportLook look;
        look.size = QSize(400, 300);
        AnimationOptions options;
        options.every = 5;
        options.fps = 20;
        options.hold_seconds = 1.5;
        const QString file = path(QStringLiteral("descent.gif"));
        const AnimationResult result = w.exportAnimationTo(file, look, options);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.frames, 12);  // steps 0, 5, ..., 50 and 51
        const DecodedGif gif = decode_gif(file);
        QVERIFY(gif.ok);
        QCOMPARE(gif.frames, 12);
        QCOMPARE(QSize(gif.width, gif.height), QSize(400, 300));
        QCOMPARE(gif.delays.front(), 5);
        QCOMPARE(gif.delays.back(), 150);
        QVERIFY(gif.loops);
        // The composed last frame is the picture of the last step, up to the dither. (Every
        // frame keeps the view the first one was laid out with.)
        ExportScene scene = w.exportScene();
        scene.step = 0;
        const auto plot = make_export_plot(scene, look);
        show_export_step(*plot, scene, look, 51);
        const double alike = share_alike(gif.last, render_image(*plot, 1.0), 24);
        QVERIFY2(alike > 0.97, qPrintable(QStringLiteral("%1 of pixels alike").arg(alike)));
    }

    void aGifCanPlayOnceAndScale() {
        FRESH_WINDOW(w);
        ExportLook look;
        look.size = QSize(300, 200);
        AnimationOptions options;
        options.every = 10;
        options.loop = false;
        options.scale = 2.0;
        const QString file = path(QStringLiteral("once.gif"));
        QCOMPARE(w.exportAnimationTo(file, look, options).error, QString());
        const DecodedGif gif = decode_gif(file);
        QVERIFY(gif.ok);
        QVERIFY(!gif.loops);
        QCOMPARE(QSize(gif.width, gif.height), QSize(600, 400));
        QCOMPARE(gif.frames, 7);  // 0, 10, ..., 50, 51
    }

    void aHundredStepGifAt800x600IsSmall() {
        FRESH_WINDOW(w, 0);  // three runs of 100 steps
        ExportLook look;
        look.size = QSize(800, 600);
        const QString file = path(QStringLiteral("hundred.gif"));
        const AnimationResult result = w.exportAnimationTo(file, look, AnimationOptions{});
        QCOMPARE(result.error, QString());
        QCOMPARE(result.frames, 101);
        const qint64 bytes = QFileInfo(file).size();
        qInfo() << "101 frames at 800x600:" << bytes << "bytes";
        QVERIFY2(bytes < 2'000'000, qPrintable(QString::number(bytes)));  // goal: < 10 MB
        QCOMPARE(decode_gif(file).frames, 101);
    }

    void theGifPaletteKeepsWhiteAndFollowsTheHeatmap() {
        // A viridis ramp beside white: what every frame is mostly made of.
        QImage sample(512, 64, QImage::Format_RGB32);
        QCPColorGradient ramp = viridis();
        for (int x = 0; x < 512; ++x) {
            const QRgb c = x < 64 ? qRgb(255, 255, 255) : ramp.color(x, QCPRange(64, 511), false);
            for (int y = 0; y < 64; ++y)
                sample.setPixel(x, y, c);
        }
        const GifPalette palette({sample});
        const std::vector<std::uint8_t> plain = palette.map(sample, 0);
        QCOMPARE(palette.colours()[plain[0]], qRgb(255, 255, 255));
        int worst = 0;
        for (int x = 0; x < 512; ++x) {
            const QRgb want = sample.pixel(x, 0);
            const QRgb got = palette.colours()[plain[static_cast<std::size_t>(x)]];
            worst = std::max({worst, std::abs(qRed(want) - qRed(got)),
                              std::abs(qGreen(want) - qGreen(got)),
                              std::abs(qBlue(want) - qBlue(got))});
        }
        QVERIFY2(worst <= 8, qPrintable(QString::number(worst)));  // no visible bands
        // The dither depends on the position only: the same picture maps the same twice.
        QCOMPARE(palette.map(sample, 12), palette.map(sample, 12));
    }

    void aFailedWriteLeavesTheOldFileWhole() {
        const QString file = path(QStringLiteral("keep.png"));
        write_all(file, "the old picture");
        const QString error = write_atomically(file, [](QIODevice& out) {
            out.write("half a new pic");
            return QStringLiteral("disk on fire");
        });
        QVERIFY(error.contains(QStringLiteral("keep.png")));
        QVERIFY(error.contains(QStringLiteral("disk on fire")));
        QCOMPARE(read_all(file), QByteArray("the old picture"));
        QCOMPARE(QDir(out_.path()).entryList({QStringLiteral("keep.png*")}, QDir::Files).size(),
                 1);  // no temporary file left behind
        const QString nowhere = path(QStringLiteral("no/such/folder/a.png"));
        QVERIFY(write_atomically(nowhere, [](QIODevice&) {
                    return QString();
                }).startsWith(QStringLiteral("cannot write")));
    }

    // Each format from the window's own calls, with the disk full part way: the message names
    // the file and the reason, and the old file stays whole. A truncated SVG was reported
    // written and replaced the old one; QSaveFile took the short write for a whole one.
    void aFullDiskKeepsTheOldFileInEveryFormat() {
        FRESH_WINDOW(w);
        ExportLook look;
        look.size = QSize(600, 400);
        for (const char* name : {"full.png", "full.svg", "full.pdf", "full.gif"}) {
            const QString file = path(QString::fromLatin1(name));
            write_all(file, "the old file");
            QString error;
            {
                const FileSizeLimit limit(16 * 1024);  // every export here is larger
                error = file.endsWith(QStringLiteral(".gif"))
                            ? w.exportAnimationTo(file, look, AnimationOptions{}).error
                            : w.exportImageTo(file, look, 1.0);
            }
            QVERIFY2(error.contains(file) && error.contains(QStringLiteral("File too large")),
                     qPrintable(QStringLiteral("%1: '%2'").arg(name, error)));
            QCOMPARE(read_all(file), QByteArray("the old file"));
            // No temporary file is left beside it.
            QCOMPARE(QDir(out_.path()).entryList({file.section('/', -1) + '*'}, QDir::Files),
                     QStringList{file.section('/', -1)});
        }
    }

    void aCancelledAnimationLeavesTheOldFile() {
        FRESH_WINDOW(w);
        const QString file = path(QStringLiteral("cancel.gif"));
        write_all(file, "the old animation");
        ExportLook look;
        look.size = QSize(300, 200);
        int frames_seen = 0;
        const AnimationResult result =
            export_animation(w.exportScene(), look, AnimationOptions{}, file, [&](int done, int) {
                frames_seen = done;
                return done < 3;
            });
        QVERIFY(result.cancelled);
        QCOMPARE(frames_seen, 3);
        QCOMPARE(read_all(file), QByteArray("the old animation"));
    }

    void theProgressDialogCancelsAnAnimation() {
        FRESH_WINDOW(w);
        w.applyPreset(*gd::find_preset("rosenbrock"));  // 5000 steps
        QVERIFY(w.waitUntilDrawn());
        const QString file = path(QStringLiteral("long.gif"));
        write_all(file, "the old animation");
        bool seen = false;
        QTimer canceller;
        connect(&canceller, &QTimer::timeout, this, [&] {
            for (QProgressDialog* d : w.findChildren<QProgressDialog*>()) {
                if (!d->isVisible()) continue;
                seen = d->maximum() == 1668 && d->value() > 0;
                d->cancel();
            }
        });
        canceller.start(50);
        ExportLook look;
        look.size = QSize(300, 200);
        AnimationOptions options;
        options.every = 3;
        const AnimationResult result = w.exportAnimationTo(file, look, options);
        QVERIFY(seen);  // the bar counted frames out of 1668: steps 0, 3, ..., 4998 and 5000
        QVERIFY(result.cancelled);
        QCOMPARE(read_all(file), QByteArray("the old animation"));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }

    void overwritingReplacesTheWholeFile() {
        FRESH_WINDOW(w);
        const QString file = path(QStringLiteral("again.png"));
        ExportLook look;
        look.size = QSize(900, 600);
        QCOMPARE(w.exportImageTo(file, look, 1.0), QString());
        look.size = QSize(500, 400);
        QCOMPARE(w.exportImageTo(file, look, 1.0), QString());
        QCOMPARE(QImage(file).size(), QSize(500, 400));
    }

    void copyImagePutsTheSharpPlotOnTheClipboard() {
        FRESH_WINDOW(w);
        QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QImage copied = QApplication::clipboard()->image();
        QCOMPARE(copied.size(), w.plot().size() * 2);
        QVERIFY(colour_count(copied) > 200);
    }

    void theDarkThemeAppliesToTheWindowThePlotsAndIsRemembered() {
        FRESH_WINDOW(w);
        w.setTheme(Theme::dark);
        QCOMPARE(w.plot().style().theme, Theme::dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        const QImage shot = w.plot().grab().toImage();
        QVERIFY(QColor(shot.pixel(2, shot.height() - 2)).lightness() < 60);  // the background
        QCOMPARE(w.saveSettings(), QString());
        window_ = std::make_unique<MainWindow>(true);
        QCOMPARE(window_->theme(), Theme::dark);
        window_->setTheme(Theme::light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    }

    void presentationModeIsFullScreenLargeAndLightAndEscLeavesIt() {
        FRESH_WINDOW(w);
        w.setTheme(Theme::dark);
        const double normal_points = QApplication::font().pointSizeF();
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.presenting());
        QVERIFY(w.isFullScreen());
        QCOMPARE(w.plot().style(), PlotStyle::presentation());
        QCOMPARE(w.plot().style().theme, Theme::light);
        QVERIFY(QApplication::font().pointSizeF() > 1.3 * normal_points);
        QVERIFY(!w.parameters().isVisible());  // the plot has the screen
        // The tool bar is light, its icons dark: the dark theme's pale icons stayed on it.
        const auto ink = [](const QAction* action) {
            const QImage icon = action->icon().pixmap(24, 24).toImage();
            int darkest = 255;
            for (int y = 0; y < icon.height(); ++y)
                for (int x = 0; x < icon.width(); ++x)
                    if (qAlpha(icon.pixel(x, y)) > 200)
                        darkest = std::min(darkest, qGray(icon.pixel(x, y)));
            return darkest;
        };
        QAction* play = nullptr;
        for (QAction* a : w.findChildren<QAction*>())
            if (a->text() == QStringLiteral("Play") || a->text() == QStringLiteral("Pause"))
                play = a;
        QVERIFY(play != nullptr);
        QVERIFY2(ink(play) < 120, qPrintable(QString::number(ink(play))));
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.presenting());
        QVERIFY(!w.isFullScreen());
        QCOMPARE(w.plot().style().theme, Theme::dark);
        QVERIFY2(ink(play) > 150, qPrintable(QString::number(ink(play))));  // pale on dark again
        QCOMPARE(QApplication::font().pointSizeF(), normal_points);
        QVERIFY(w.parameters().isVisible());
        w.setTheme(Theme::light);
    }

    void theExportDialogNamesABadFileAndStaysOpen() {
        ExportDialog dialog(ExportDialog::Kind::image, QSize(800, 500), Theme::light, 51,
                            path(QStringLiteral("slide.png")));
        dialog.setFile(path(QStringLiteral("slide.jpg")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        const bool named = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains(QStringLiteral("must end in .png, .svg or .pdf"));
        });
        QVERIFY(named);
        dialog.setFile(path(QStringLiteral("slide.svg")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.scale(), 1.0);  // vectors have no pixel scale

        ExportDialog animation(ExportDialog::Kind::animation, QSize(800, 500), Theme::dark, 51,
                               path(QStringLiteral("descent.gif")));
        animation.setFile(path(QStringLiteral("descent.png")));
        animation.accept();
        QCOMPARE(animation.result(), int(QDialog::Rejected));
        QCOMPARE(animation.look().style.theme, Theme::dark);
    }

    // The dialog offers the scene's title as the file's name; an existing file is replaced only
    // when the user says so (it pre-filled the last name and replaced a slide silently); a size
    // of 1600 × 1000 writes 1600 × 1000 pixels unless a sharper picture is asked for.
    void theExportDialogAsksBeforeReplacingAndWritesTheSizeGiven() {
        QSettings().remove(QStringLiteral("export_image"));
        FRESH_WINDOW(w, 1);
        QVERIFY(w.suggestedExportFile(ExportDialog::Kind::image)
                    .endsWith(QStringLiteral("/zig-zag-in-a-narrow-valley.png")));
        const QString slide = path(QStringLiteral("slide.png"));
        write_all(slide, "an earlier slide");
        ExportDialog dialog(ExportDialog::Kind::image, QSize(800, 500), Theme::light, 51, slide);
        QCOMPARE(dialog.scale(), 1.0);  // the size given, not twice it
        QStringList asked;
        dialog.confirmReplace = [&asked](const QString& file) {
            asked << file;
            return false;
        };
        dialog.accept();
        QCOMPARE(asked, QStringList{QFileInfo(slide).absoluteFilePath()});
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(read_all(slide), QByteArray("an earlier slide"));
        dialog.confirmReplace = [](const QString&) { return true; };
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(w.exportImageTo(dialog.file(), dialog.look(), dialog.scale()), QString());
        QCOMPARE(QImage(slide).size(), QSize(1600, 1000));
        // The folder is remembered for the next export, and Save opens there too (one rule for
        // every dialog); the name follows the scene.
        QCOMPARE(QFileInfo(w.suggestedExportFile(ExportDialog::Kind::image)).absolutePath(),
                 QFileInfo(slide).absolutePath());
        QCOMPARE(dialog_folder({}), QFileInfo(slide).absolutePath());
        QSettings().remove(kLastFolderKey);
    }

    // On a slide every text reads from the back of a room: at least 2.5 % of the picture's
    // height (25 px on 1600 × 1000; it was about 11), in GIFs too.
    void everyTextOnAPictureIsAtLeast2Point5PercentOfItsHeight_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("slide 1600x1000") << QSize(1600, 1000);
        QTest::newRow("animation 800x600") << QSize(800, 600);
        QTest::newRow("small 640x400") << QSize(640, 400);
    }
    void everyTextOnAPictureIsAtLeast2Point5PercentOfItsHeight() {
        QFETCH(QSize, size);
        FRESH_WINDOW(w, 6);  // momentum: the step's parts and the inset have labels too
        w.animation().setStep(5);
        ExportScene scene = w.exportScene();
        ExportLook look;
        look.size = size;
        look.caption = true;
        look.title = true;
        const auto plot = make_export_plot(scene, look);
        const double least = kMinTextShare * size.height();
        QStringList small;
        const auto check = [&](const QFont& font, const QString& what) {
            const double pixels =
                font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
            if (pixels < least - 1e-9)
                small << QStringLiteral("%1 %2 px").arg(what).arg(pixels, 0, 'f', 1);
        };
        int texts = 0;
        for (QCPAxisRect* rect : plot->axisRects()) {
            for (QCPAxis* axis : rect->axes()) {
                if (!axis->visible()) continue;
                if (axis->tickLabels()) check(axis->tickLabelFont(), QStringLiteral("ticks"));
                if (!axis->label().isEmpty()) check(axis->labelFont(), axis->label());
                texts += 2;
            }
        }
        for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
            if (auto* text = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i))) {
                check(text->font(), text->text().left(20));
                ++texts;
            }
        }
        check(plot->legend->font(), QStringLiteral("legend"));
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (text == nullptr || !text->visible()) continue;
            check(text->font(), text->text());
            ++texts;
        }
        // Under the title and note of a 640 × 400 picture the plot is 150 pixels tall: every
        // place for the inset would hide the start or the current point, so it is left out.
        QCOMPARE(plot->stepInset().shown(), size.height() >= 600);
        QVERIFY2(texts > 12, qPrintable(QString::number(texts)));
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral(", "))));
        QVERIFY(plot->heading().contains(QStringLiteral("Momentum glides along the valley")));
        QVERIFY(!plot->footer().isEmpty());
    }

    // A preset with no title of the scene's own: a picture asked to carry the title carries
    // what the window shows above the plot, the preset's name and description (it had none).
    void aPresetsPictureCarriesItsNameAsTheTitle() {
        FRESH_WINDOW(w);
        w.applyPreset(*gd::find_preset("rosenbrock"));
        QVERIFY(w.waitUntilDrawn());
        const ExportScene scene = w.exportScene();
        ExportLook look;
        look.size = QSize(1600, 1000);
        look.title = true;
        const auto plot = make_export_plot(scene, look);
        QVERIFY2(plot->heading().contains(QStringLiteral("Rosenbrock")),
                 qPrintable(plot->heading()));
        look.title = false;
        QVERIFY(!make_export_plot(scene, look)->heading().contains(QStringLiteral("Rosenbrock")));
    }

    // Runs of two methods at one learning rate: the caption names it (it left it out).
    void theCaptionNamesALearningRateEveryRunShares() {
        FRESH_WINDOW(w, 6);
        const ExportScene scene = w.exportScene();
        QVERIFY(gd::optimizer_name(scene.runs[0].spec.optimizer) !=
                gd::optimizer_name(scene.runs[1].spec.optimizer));
        QVERIFY2(scene_caption(scene, 10).contains(QStringLiteral("lr = 0.02")),
                 qPrintable(scene_caption(scene, 10)));
    }

    // A dark GIF keeps the start marker and the current point's rim pure white (the median cut
    // made them 194-196 grey): the palette holds the markers' and the runs' colours exactly.
    void aDarkGifKeepsTheMarkersWhite() {
        FRESH_WINDOW(w, 0);
        ExportLook look;
        look.size = QSize(400, 300);
        look.style.theme = Theme::dark;
        AnimationOptions options;
        options.every = 20;
        const QString file = path(QStringLiteral("dark.gif"));
        QCOMPARE(w.exportAnimationTo(file, look, options).error, QString());
        const DecodedGif gif = decode_gif(file);
        QVERIFY(gif.ok);
        ExportScene scene = w.exportScene();
        scene.step = 0;
        const auto plot = make_export_plot(scene, look);
        const QPoint start = plot->pixelOf({-3, 4});
        int white = 0;
        for (int dy = -10; dy <= 10; ++dy) {
            for (int dx = -10; dx <= 10; ++dx) {
                const QPoint p = start + QPoint(dx, dy);
                if (gif.last.rect().contains(p) && gif.last.pixel(p) == qRgb(255, 255, 255))
                    ++white;
            }
        }
        QVERIFY2(white >= 10, qPrintable(QStringLiteral("%1 white pixels").arg(white)));
        QSet<QRgb> colours;
        for (int y = 0; y < gif.last.height(); ++y)
            for (int x = 0; x < gif.last.width(); ++x)
                colours.insert(gif.last.pixel(x, y) & 0xffffff);
        for (int k = 0; k < 3; ++k)
            QVERIFY2(colours.contains(run_colour(k).rgb() & 0xffffff),
                     qPrintable(run_colour(k).name()));
    }
};

QTEST_MAIN(ExportTest)
#include "export_test.moc"
