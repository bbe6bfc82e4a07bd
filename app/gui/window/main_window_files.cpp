// MainWindow's scene files: File > Open…, Save, Save As…, Open Recent, a .gdlab file dropped on
// the window, the title bar's file name and unsaved-change mark, and the question on closing.
#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QUrl>

#include "gui/model/animation.hpp"
#include "gui/model/scene_history.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/lecture_panel.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/text/plain_text.hpp"
#include "gui/window/file_dialogs.hpp"
#include "gui/window/main_window.hpp"
#include "gui/window/recent_files.hpp"
#include "scene/file_notes.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

namespace {

bool is_scene_file(const QString& file) {
    return file.endsWith(QString::fromUtf8(kSceneExtension), Qt::CaseInsensitive);
}

bool is_lecture_file(const QString& file) {
    return file.endsWith(QString::fromUtf8(kLectureExtension), Qt::CaseInsensitive);
}

// The one local scene or lecture file being dragged, or an empty string.
QString dropped_file(const QMimeData* data) {
    if (data == nullptr || !data->hasUrls() || data->urls().size() != 1) return {};
    const QUrl url = data->urls().front();
    if (!url.isLocalFile()) return {};
    const QString file = url.toLocalFile();
    return is_scene_file(file) || is_lecture_file(file) ? file : QString();
}

// What a refused file's message box says after the reason: what became of the window.
QString not_opened(const QString& error) {
    return error + QStringLiteral(
                       "\n\nThe file was not opened; the window shows what it showed "
                       "before.");
}

}  // namespace

void MainWindow::buildFileMenu(QMenu* file) {
    askToSave = [this](const QString& name) {
        return ask(this, QStringLiteral("Unsaved changes"),
                   QStringLiteral("Save the changes to %1 before going on?").arg(name),
                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                   QMessageBox::Save);
    };
    reportError = [this](const QString& title, const QString& message) {
        show_warning(this, title, message);
    };
    file->addAction(QStringLiteral("&Open…"), QKeySequence::Open, this,
                    [this] {
                        if (!maybeSave()) return;
                        const QString chosen = QFileDialog::getOpenFileName(
                            this, QStringLiteral("Open"), dialog_folder(document_.file()),
                            kOpenFileFilter);
                        if (chosen.isEmpty()) return;
                        if (is_lecture_file(chosen)) {
                            if (!maybeSaveLecture()) return;
                            const QString error = loadLecture(chosen);
                            if (!error.isEmpty())
                                reportError(QStringLiteral("Open lecture"), not_opened(error));
                            return;
                        }
                        const QString error = openFile(chosen);
                        if (!error.isEmpty())
                            reportError(QStringLiteral("Open scene"), not_opened(error));
                    })
        ->setStatusTip(QStringLiteral("Open a scene (.gdlab) or a lecture (.gdlab-lecture)"));
    recent_menu_ = file->addMenu(QStringLiteral("Open &Recent"));
    connect(recent_menu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addAction(QStringLiteral("&Save"), QKeySequence::Save, this, &MainWindow::save)
        ->setStatusTip(QStringLiteral("Keep the scene (objective, runs, view, step) in its file"));
    file->addAction(QStringLiteral("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    this, &MainWindow::saveAs)
        ->setStatusTip(QStringLiteral("Keep the scene in a new .gdlab file"));
    setAcceptDrops(true);
}

void MainWindow::connectDocument() {
    // Whatever changes the scene (a panel, the plot, undo, a restored setting) goes through
    // the session, the plot's view or the convergence tabs; the theme calls in itself.
    connect(session_.get(), &Session::objectiveChanged, this, &MainWindow::updateDocumentState);
    connect(session_.get(), &Session::runsChanged, this, &MainWindow::updateDocumentState);
    connect(plot_, &DescentPlot::viewChanged, this, &MainWindow::updateDocumentState);
    connect(convergence_tabs_, &QTabBar::currentChanged, this, &MainWindow::updateDocumentState);
    connect(session_.get(), &Session::tracesArrived, this, [this] {
        if (pending_step_ && !session_->computing()) {
            animation_->pause();
            animation_->setStep(*pending_step_);
            pending_step_.reset();
        }
    });
}

void MainWindow::updateDocumentState() {
    // The desktop adds the program's name: "bowl.gdlab* — Gradient Descent Lab".
    setWindowFilePath(document_.file());
    setWindowTitle(document_.displayName() + QStringLiteral("[*]"));
    setWindowModified(document_.isModified(currentScene()));
    // A change to the lecture's scene on screen is the lecture's at once: the panel names it
    // and says "not saved".
    keepLectureEdits();
}

QString MainWindow::openFile(const QString& file) {
    WindowSceneRead read = read_scene_for_window(file);
    if (!read.scene) return read.error;
    const bool has_step = read.scene->step.has_value();
    leaveLectureScene();
    showScene(*read.scene);
    history_->clear();  // undo stops at the file as opened
    // A scene saved at a step opens there, paused; one without plays from its start.
    if (!has_step) {
        animation_->toStart();
        animation_->play();
    } else {
        animation_->pause();
    }
    document_.markSaved(QFileInfo(file).absoluteFilePath(), currentScene());
    updateDocumentState();
    QSettings settings;
    add_recent_file(settings, file);
    remember_folder(file);
    fillRecentMenu();  // a menu first filled empty is disabled and would not fill itself again
    file_notes_ = read.notes;
    showFileNotes(document_.displayName(), read.notes);
    statusBar()->showMessage(QStringLiteral("Opened %1").arg(document_.file()), kStatusMessageMs);
    return {};
}

void MainWindow::showFileNotes(const QString& name, const QStringList& notes) {
    if (notes.isEmpty()) return;
    // Said once, without stopping the lesson: a window beside the main one, of a few lines.
    constexpr auto most = static_cast<qsizetype>(kMaxNotesShown);
    QStringList shown = notes.mid(0, most);
    if (notes.size() > most)
        shown << QStringLiteral("… and %1 more notes").arg(notes.size() - most);
    QMessageBox* box = plain_message_box(
        this, QMessageBox::Information, QStringLiteral("Opened with notes"),
        QStringLiteral("%1 was opened, with these notes:\n\n%2").arg(name, shown.join('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

QString MainWindow::saveTo(const QString& file) {
    const Scene scene = currentScene();
    if (QString error = write_scene_file(file, scene); !error.isEmpty()) return error;
    document_.markSaved(QFileInfo(file).absoluteFilePath(), scene);
    updateDocumentState();
    QSettings settings;
    add_recent_file(settings, file);
    fillRecentMenu();  // a menu first filled empty is disabled and would not fill itself again
    statusBar()->showMessage(QStringLiteral("Saved %1").arg(document_.file()), kStatusMessageMs);
    return {};
}

bool MainWindow::save() {
    if (document_.file().isEmpty()) return saveAs();
    const QString error = saveTo(document_.file());
    if (!error.isEmpty()) reportError(QStringLiteral("Save scene"), error);
    return error.isEmpty();
}

bool MainWindow::saveAs() {
    const QString suggested =
        document_.file().isEmpty()
            ? QDir(dialog_folder({}))
                  .filePath(suggested_file_name(currentScene().title, kSceneExtension))
            : document_.file();
    QString chosen = QFileDialog::getSaveFileName(this, QStringLiteral("Save scene as"), suggested,
                                                  kSceneFileFilter);
    if (chosen.isEmpty()) return false;
    // A name typed without the ending gets it, so that the file opens again from the dialog.
    if (!is_scene_file(chosen)) chosen += QString::fromUtf8(kSceneExtension);
    const QString error = saveTo(chosen);
    if (!error.isEmpty()) reportError(QStringLiteral("Save scene"), error);
    return error.isEmpty();
}

bool MainWindow::maybeSave() {
    // An untitled scene is kept by the settings and shown again at the next start: closing
    // loses nothing. Only a scene file's unsaved changes are asked about.
    if (document_.file().isEmpty() || !document_.isModified(currentScene())) return true;
    switch (askToSave(document_.displayName())) {
        case QMessageBox::Save:
            return save();  // a save that failed keeps the window as it is
        case QMessageBox::Discard:
            return true;
        default:
            return false;
    }
}

QStringList MainWindow::recentFiles() const {
    return recent_files(QSettings());
}

void MainWindow::fillRecentMenu() {
    recent_menu_->clear();
    const QStringList files = recentFiles();
    for (int k = 0; k < files.size(); ++k) {
        const QString& file = files[k];
        // "&1 bowl.gdlab" with the folder on hover: the names a teacher recognises.
        QAction* a = recent_menu_->addAction(
            QStringLiteral("&%1 %2").arg(k + 1).arg(plain_menu_text(QFileInfo(file).fileName())),
            this, [this, file] { openRecent(file); });
        a->setStatusTip(file);
        a->setToolTip(plain_tool_tip(file));
    }
    recent_menu_->setEnabled(!files.isEmpty());
}

void MainWindow::openRecent(const QString& file) {
    if (!QFileInfo::exists(file)) {
        QSettings settings;
        remove_recent_file(settings, file);
        fillRecentMenu();
        reportError(QStringLiteral("Open recent"),
                    QStringLiteral("%1 is no longer there (moved, renamed or deleted); it was "
                                   "taken off the list of recent files.")
                        .arg(file));
        return;
    }
    if (!maybeSave()) return;
    const QString error = openFile(file);
    if (!error.isEmpty()) reportError(QStringLiteral("Open recent"), not_opened(error));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!dropped_file(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString file = dropped_file(event->mimeData());
    if (file.isEmpty()) return;
    event->acceptProposedAction();
    // Opened once the drop is over: a question or a message box inside the drop would keep
    // the program the file came from waiting.
    QTimer::singleShot(0, this, [this, file] {
        if (is_lecture_file(file)) {
            openLecture(file);
            return;
        }
        if (!maybeSave()) return;
        const QString error = openFile(file);
        if (!error.isEmpty()) reportError(QStringLiteral("Open scene"), not_opened(error));
    });
}

}  // namespace gdlab
