// gdlab export, run as a user runs it (the real binary, no display): every format, the
// options, the messages and exit status of bad ones, the same picture the window exports, and
// a file being replaced that is never seen half-written.
#include <QProcess>
#include <QtTest>
#include <csignal>

#include "export_checks.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/demos.hpp"
#include "gui/model/session.hpp"
#include "gui/window/main_window.hpp"
#include "program_run.hpp"

using namespace gdlab;
using namespace gdlab::test;

namespace {

Outcome run_export(const QStringList& arguments) {
    return run_gdlab(QStringList{QStringLiteral("export")} + arguments);
}

// gdlab as a user runs it on a disk that fills up after `bytes`: a limit on file size stands in
// for the full disk (writes past it fail with EFBIG, as they fail with ENOSPC on a full disk).
Outcome run_on_full_disk(const QStringList& arguments, int kilobytes) {
    QProcess p;
    p.setProcessEnvironment(without_display());
    // bash's ulimit -f counts kilobytes; an ignored SIGXFSZ stays ignored across exec.
    p.start(
        QStringLiteral("/bin/bash"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(kilobytes),
                    QStringLiteral(GDLAB_BINARY)} +
            arguments);
    return outcome_of(p, 120000);
}

}  // namespace

class ExportCommandTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_;
    QString path(const QString& name) const { return out_.filePath(name); }

  private slots:
    void initTestCase() {
        QVERIFY2(out_.isValid(), qPrintable(out_.errorString()));
        // gdlab runs in here: a relative file name it is given (x.svg) lands in this folder.
        QVERIFY(QDir::setCurrent(out_.path()));
    }

    void aPngOfTheAskedSizeAndScale() {
        const QString file = path(QStringLiteral("slide.png"));
        const Outcome r = run_export({QStringLiteral("--preset"), QStringLiteral("rosenbrock"),
                                      QStringLiteral("--out"), file, QStringLiteral("--size"),
                                      QStringLiteral("1600x1000"), QStringLiteral("--scale"),
                                      QStringLiteral("2"), QStringLiteral("--caption")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(file) && r.out.contains(QStringLiteral("3200x2000")),
                 qPrintable(r.out));
        QCOMPARE(r.err, QString());
        const QImage image(file);
        QCOMPARE(image.size(), QSize(3200, 2000));
        QVERIFY(colour_count(image) > 200);
    }

    void anSvgWithContourPaths() {
        const QString file = path(QStringLiteral("himmelblau.svg"));
        const Outcome r = run_export({QStringLiteral("--preset"), QStringLiteral("himmelblau"),
                                      QStringLiteral("--out"), file, QStringLiteral("--caption")});
        QCOMPARE(r.status, 0);
        const SvgSummary svg = read_svg(file);
        QVERIFY(svg.well_formed);
        QVERIFY2(svg.paths >= 10, qPrintable(QString::number(svg.paths)));
        QVERIFY(svg.title.startsWith(QStringLiteral("f(x, y) = (x² + y − 11)²")));
    }

    void aPdfWithTheCaption() {
        const QString file = path(QStringLiteral("bowl.pdf"));
        const Outcome r = run_export({QStringLiteral("--lr"), QStringLiteral("0.7"),
                                      QStringLiteral("--iters"), QStringLiteral("50"),
                                      QStringLiteral("--out"), file, QStringLiteral("--caption")});
        QCOMPARE(r.status, 0);
        QVERIFY(read_all(file).startsWith("%PDF"));
        const QString text = pdf_text(file);
        QVERIFY2(text.contains(QStringLiteral("f(x, y) = x² + y² · start (−3, 4) · lr = 0.7")),
                 qPrintable(text));
    }

    void aGifWithAFrameEveryKSteps() {
        const QString file = path(QStringLiteral("demo.gif"));
        const Outcome r =
            run_export({QStringLiteral("--demo"), QStringLiteral("1"), QStringLiteral("--out"),
                        file, QStringLiteral("--every"), QStringLiteral("10"),
                        QStringLiteral("--fps"), QStringLiteral("25"), QStringLiteral("--hold"),
                        QStringLiteral("3"), QStringLiteral("--no-loop")});
        QCOMPARE(r.status, 0);
        const DecodedGif gif = decode_gif(file);
        QVERIFY(gif.ok);
        QCOMPARE(gif.frames, 11);  // steps 0, 10, ..., 100
        QCOMPARE(QSize(gif.width, gif.height), QSize(800, 600));
        QCOMPARE(gif.delays.front(), 4);
        QCOMPARE(gif.delays.back(), 300);
        QVERIFY(!gif.loops);
    }

    // gdlab --help and gdlab export --help number the demos as the Demos menu does.
    void theHelpNumbersEveryDemo() {
        const QString range = QStringLiteral("(1 to %1)").arg(demos().size());
        const Outcome help = run_export({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY2(help.out.simplified().contains(range), qPrintable(help.out));
        QProcess p;
        p.setProcessEnvironment(without_display());
        p.start(QStringLiteral(GDLAB_BINARY), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        const QString window_help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(window_help.simplified().contains(range), qPrintable(window_help));
    }

    // gdlab export --demo N sets up every demo, as the Demos menu does in the window. Drawn at
    // step 0: at its last step demo 3's path (3000 hops across the bowl) takes 20 s to export.
    void everyDemoExports_data() {
        QTest::addColumn<int>("number");
        for (int n = 1; n <= static_cast<int>(demos().size()); ++n)
            QTest::newRow(qPrintable(QStringLiteral("--demo %1").arg(n))) << n;
    }

    void everyDemoExports() {
        QFETCH(int, number);
        const QString file = path(QStringLiteral("demo%1.png").arg(number));
        const Outcome r =
            run_export({QStringLiteral("--demo"), QString::number(number), QStringLiteral("--out"),
                        file, QStringLiteral("--step"), QStringLiteral("0")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(QImage(file).size(), QSize(1200, 800));
    }

    void theStepAndTheDarkTheme() {
        const QString file = path(QStringLiteral("dark.png"));
        const Outcome r =
            run_export({QStringLiteral("--out"), file, QStringLiteral("--step"),
                        QStringLiteral("3"), QStringLiteral("--theme"), QStringLiteral("dark"),
                        QStringLiteral("--size"), QStringLiteral("600x400")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("step 3")));
        const QImage image(file);
        QVERIFY(QColor(image.pixel(1, image.height() - 2)).lightness() < 60);
    }

    // The window's File > Export and gdlab export draw one picture.
    void theSamePictureTheWindowExports() {
        const QString headless = path(QStringLiteral("headless.png"));
        QCOMPARE(run_export({QStringLiteral("--demo"), QStringLiteral("2"), QStringLiteral("--out"),
                             headless, QStringLiteral("--step"), QStringLiteral("20")})
                     .status,
                 0);
        MainWindow window(false);
        window.loadDemo(1);
        QVERIFY(window.session().waitUntilComputed());
        window.animation().setStep(20);
        const QString gui = path(QStringLiteral("gui.png"));
        QCOMPARE(window.exportImageTo(gui, ExportLook{}, 1.0), QString());
        QCOMPARE(QImage(gui), QImage(headless));
    }

    void badOptionsExit2WithAMessage_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString png = path(QStringLiteral("x.png"));
        const QString gif = path(QStringLiteral("x.gif"));
        const auto row = [](const char* name, const QStringList& a, const char* m) {
            QTest::newRow(name) << a << QString::fromUtf8(m);
        };
        row("no --out", {QStringLiteral("--preset"), QStringLiteral("bowl")},
            "--out FILE is required");
        row("unknown ending", {QStringLiteral("--out"), QStringLiteral("x.jpg")},
            "'x.jpg' must end in .png, .svg, .pdf or .gif");
        row("tiny size",
            {QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("10x10")},
            "--size: each side must be 100 to 10000 pixels");
        row("size shape",
            {QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("big")},
            "--size: expected WIDTHxHEIGHT");
        row("scale", {QStringLiteral("--out"), png, QStringLiteral("--scale"), QStringLiteral("9")},
            "--scale: expected a factor from 0.25 to 8, got 9");
        row("scale of a vector",
            {QStringLiteral("--out"), QStringLiteral("x.svg"), QStringLiteral("--scale"),
             QStringLiteral("2")},
            "SVG and PDF are vector pictures");
        row("theme",
            {QStringLiteral("--out"), png, QStringLiteral("--theme"), QStringLiteral("blue")},
            "--theme: expected light or dark, got 'blue'");
        row("fps", {QStringLiteral("--out"), gif, QStringLiteral("--fps"), QStringLiteral("100")},
            "--fps: expected 1 to 50 frames per second");
        row("gif option on a png",
            {QStringLiteral("--out"), png, QStringLiteral("--every"), QStringLiteral("2")},
            "are for animations (.gif)");
        row("step", {QStringLiteral("--out"), png, QStringLiteral("--step"), QStringLiteral("-1")},
            "--step");
        row("expression",
            {QStringLiteral("--out"), png, QStringLiteral("--expr"), QStringLiteral("x^2 + * y")},
            "column 7");
        row("demo", {QStringLiteral("--out"), png, QStringLiteral("--demo"), QStringLiteral("12")},
            "--demo: expected a demo number from 1 to 11, got '12'");
        // A 10000 x 10000 PDF took 9.8 GB to write, an SVG 5.5 GB and two minutes.
        row("vector too large",
            {QStringLiteral("--out"), QStringLiteral("x.pdf"), QStringLiteral("--size"),
             QStringLiteral("4000x4000")},
            "--size: SVG and PDF pictures are at most 2000 pixels a side");
        row("too many pixels",
            {QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("10000x10000"),
             QStringLiteral("--scale"), QStringLiteral("2")},
            "more than 100 megapixels");
        // A 100-megapixel GIF frame took 3.5 GB and 1.6 s, 2,000 of them nearly an hour.
        row("gif frame too large",
            {QStringLiteral("--out"), QStringLiteral("x.gif"), QStringLiteral("--size"),
             QStringLiteral("2001x2000")},
            "--size: 2001x2000 at scale 1 is more than the 4 megapixels a GIF's frame may have");
    }

    void badOptionsExit2WithAMessage() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome r = run_export(arguments);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("gdlab export")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.png"))));
    }

    void tooManyFramesExit2AndSayHowManyStepsPerFrame() {
        const Outcome r = run_export({QStringLiteral("--preset"), QStringLiteral("rosenbrock"),
                                      QStringLiteral("--every"), QStringLiteral("1"),
                                      QStringLiteral("--out"), path(QStringLiteral("x.gif"))});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("5001 frames are too many (at most 2000); take a "
                                               "frame every 3 steps or more")),
                 qPrintable(r.err));
    }

    // Unless told, a GIF has about 200 frames whatever the run's length: Rosenbrock's 5000
    // steps a frame every 25 (a frame a step made 5001, more than a GIF may have), the bowl's
    // 100 a frame each.
    void aGifHasAbout200FramesUnlessTold() {
        QCOMPARE(default_steps_per_frame(5000), 25);
        QCOMPARE(default_steps_per_frame(100), 1);
        QCOMPARE(default_steps_per_frame(0), 1);
        const QString file = path(QStringLiteral("long.gif"));
        const Outcome r = run_export({QStringLiteral("--preset"), QStringLiteral("rosenbrock"),
                                      QStringLiteral("--size"), QStringLiteral("200x150"),
                                      QStringLiteral("--out"), file});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const DecodedGif gif = decode_gif(file);
        QVERIFY(gif.ok);
        QCOMPARE(gif.frames, 201);  // 0, 25, …, 5000
    }

    void anUnwritableFileExits1AndSaysWhy() {
        const Outcome r =
            run_export({QStringLiteral("--out"), path(QStringLiteral("no/such/folder/x.png"))});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot write")), qPrintable(r.err));
    }

    // Every file gdlab writes, on a disk that fills up part way: exit 1 with the file and the
    // reason, the old file whole, nothing left beside it. The SVG was reported written
    // ("wrote ... 25 kB", exit 0) and replaced a good file with a truncated one; --screenshot
    // overwrote a PNG with a truncated one.
    void aFullDiskKeepsTheOldFile_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("arguments");
        for (const char* ending : {"png", "svg", "pdf", "gif"}) {
            const QString name = QStringLiteral("full.") + QLatin1String(ending);
            QTest::newRow(ending) << name
                                  << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                 path(name)};
        }
        QTest::newRow("screenshot")
            << QStringLiteral("shot.png")
            << QStringList{QStringLiteral("--screenshot"), path(QStringLiteral("shot.png"))};
    }

    void aFullDiskKeepsTheOldFile() {
        QFETCH(QString, name);
        QFETCH(QStringList, arguments);
        const QString file = path(name);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the old file");
        }
        const Outcome r = run_on_full_disk(arguments, 16);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot write ") + file +
                                QStringLiteral(": File too large")),
                 qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("wrote")), qPrintable(r.out));
        QCOMPARE(read_all(file), QByteArray("the old file"));
        QCOMPARE(QDir(out_.path()).entryList({name + '*'}, QDir::Files), QStringList{name});
    }

    // Read while a 400-frame animation replaces it, and after the writer is killed: the file
    // is always the old one or the whole new one.
    void aReplacedFileIsNeverSeenHalfWritten() {
        const QString file = path(QStringLiteral("replace.gif"));
        const QByteArray old_bytes("the old animation, whole");
        for (const bool kill : {true, false}) {
            {
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(old_bytes);
            }
            QProcess p;
            p.setProcessEnvironment(without_display());
            p.start(QStringLiteral(GDLAB_BINARY),
                    {QStringLiteral("export"), QStringLiteral("--preset"),
                     QStringLiteral("rosenbrock"), QStringLiteral("--iters"), QStringLiteral("400"),
                     QStringLiteral("--tol"), QStringLiteral("0"), QStringLiteral("--every"),
                     QStringLiteral("1"), QStringLiteral("--out"), file, QStringLiteral("--size"),
                     QStringLiteral("300x200")});
            QVERIFY(p.waitForStarted());
            int reads = 0;
            QElapsedTimer clock;
            clock.start();
            while (p.state() != QProcess::NotRunning) {
                const QByteArray now = read_all(file);
                ++reads;
                QVERIFY(now == old_bytes || (now.startsWith("GIF89a") && now.endsWith(";")));
                if (kill && clock.elapsed() > 400) {
                    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                    p.waitForFinished();
                }
                QTest::qWait(5);
            }
            const QByteArray after = read_all(file);
            if (kill && after == old_bytes) continue;  // killed before the new file was whole
            QCOMPARE(p.exitCode(), 0);
            const DecodedGif gif = decode_gif(file);
            QVERIFY(gif.ok);
            QCOMPARE(gif.frames, 401);
            QVERIFY(reads > 3);
        }
    }
};

QTEST_MAIN(ExportCommandTest)
#include "export_command_test.moc"
