// MainWindow's lectures: File > Open lecture…, New lecture from scene files…, Save lecture…,
// the lecture panel (a dock), PageDown / PageUp to the next / previous scene (what presentation
// clickers send), and the scene's place ("3 / 7") beside the note in presentation mode.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>

#include "gui/export/atomic_file.hpp"
#include "gui/export/lecture_export.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/lecture_deck.hpp"
#include "gui/model/scene_history.hpp"
#include "gui/panels/lecture_panel.hpp"
#include "gui/window/file_dialogs.hpp"
#include "gui/window/main_window.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

namespace {

constexpr int kDockWidth = 210;

std::filesystem::path path_of(const QString& file) {
    return std::filesystem::path(QFile::encodeName(file).toStdString());
}

bool is_page_key(const QKeyEvent& key) {
    // A clicker's keys, and the keypad's: nothing held with them.
    return (key.key() == Qt::Key_PageDown || key.key() == Qt::Key_PageUp) &&
           (key.modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

}  // namespace

void MainWindow::buildLecture() {
    lecture_ = new LectureDeck(this);
    lecture_panel_ = new LecturePanel(*lecture_, this);
    lecture_dock_ = new QDockWidget(QStringLiteral("Lecture"), this);
    lecture_dock_->setObjectName(QStringLiteral("lecture"));
    lecture_dock_->setWidget(lecture_panel_);
    lecture_dock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, lecture_dock_);
    lecture_dock_->hide();  // until there is a lecture, or it is asked for
    lecture_position_->setToolTip(QStringLiteral("The scene's place in the lecture"));
    lecture_position_->hide();
    connect(lecture_, &LectureDeck::currentChanged, this, &MainWindow::showLectureScene);
    connect(lecture_, &LectureDeck::changed, this, &MainWindow::updateLecturePosition);
    connect(lecture_panel_, &LecturePanel::addCurrentRequested, this, [this] {
        // The scene on screen becomes the new one; the scene it came from keeps
        // what it held.
        lecture_->insertAfterCurrent(currentScene());
        enterLectureScene();
    });
    connect(lecture_panel_, &LecturePanel::saveRequested, this, &MainWindow::saveLectureDialog);
    // A focused spin box, text field or list would take PageDown and PageUp for itself.
    qApp->installEventFilter(this);
}

void MainWindow::addLectureActions(QMenu& file) {
    file.addAction(QStringLiteral("Open &lecture…"), this, &MainWindow::openLectureDialog)
        ->setStatusTip(QStringLiteral("A deck of scenes to present one after another"));
    file.addAction(QStringLiteral("&New lecture from scene files…"), this,
                   &MainWindow::newLectureDialog)
        ->setStatusTip(QStringLiteral("The scene files chosen, in order, as a lecture"));
    QAction* save =
        file.addAction(QStringLiteral("Save l&ecture…"), this, &MainWindow::saveLectureDialog);
    QAction* panel = lecture_dock_->toggleViewAction();
    panel->setText(QStringLiteral("Lecture &panel"));
    file.addAction(panel);
    next_scene_action_ =
        file.addAction(QStringLiteral("Ne&xt scene"), QKeySequence(Qt::Key_PageDown), this,
                       &MainWindow::nextScene);
    previous_scene_action_ =
        file.addAction(QStringLiteral("P&revious scene"), QKeySequence(Qt::Key_PageUp), this,
                       &MainWindow::previousScene);
    // Without a lecture the keys stay with the focused widget (a list scrolls, a spin box
    // steps), and the actions are disabled.
    const auto enable = [this, save] {
        const bool open = lecture_->isOpen();
        save->setEnabled(open);
        next_scene_action_->setEnabled(open);
        previous_scene_action_->setEnabled(open);
    };
    connect(lecture_, &LectureDeck::changed, this, enable);
    enable();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // The shortcut map asks the focused widget first whether it wants a key (ShortcutOverride);
    // answering for it, unaccepted, lets the lecture's shortcut have PageDown and PageUp.
    if (event->type() == QEvent::ShortcutOverride && lecture_ != nullptr && lecture_->isOpen() &&
        is_page_key(*static_cast<QKeyEvent*>(event))) {
        const auto* widget = qobject_cast<QWidget*>(watched);
        if (widget != nullptr && widget->window() == this) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::nextScene() {
    lecture_->next();
}

void MainWindow::previousScene() {
    lecture_->previous();
}

void MainWindow::showLectureScene(int index) {
    if (index < 0 || index >= lecture_->count()) return;
    lecture_scene_shown_ = false;       // until entered: showing it is not a change to keep
    showScene(lecture_->scene(index));  // with its title, note, theme and convergence view
    history_->clear();                  // undo stays within the scene on screen
    // A lecture's scene is no scene file's: Save must not write it over the file opened before.
    document_.markUntitled(currentScene());
    updateDocumentState();
    pending_step_.reset();  // it starts from step 0, not at the step it was saved at
    // Each scene is presented from its start: the descent unfolds as the class watches.
    animation_->toStart();
    animation_->play();
    updateLecturePosition();
    enterLectureScene();
}

void MainWindow::enterLectureScene() {
    lecture_scene_shown_ = true;
    lecture_scene_entered_.markUntitled(currentScene());
}

void MainWindow::leaveLectureScene() {
    lecture_scene_shown_ = false;   // what the window shows next is not the lecture's
    lecture_panel_->highlight(-1);  // and the panel does not say it is
}

void MainWindow::keepLectureEdits() {
    if (!lecture_scene_shown_ || lecture_ == nullptr || !lecture_->isOpen()) return;
    const Scene now = currentScene();
    if (!lecture_scene_entered_.isModified(now)) return;  // played or looked at, not changed
    Scene kept = now;
    kept.step = lecture_->scene(lecture_->current()).step;  // the step it was saved at
    lecture_->replaceScene(lecture_->current(), kept);
    lecture_scene_entered_.markUntitled(now);
}

void MainWindow::updateLecturePosition() {
    const bool shown = presenting_ && lecture_->isOpen();
    lecture_position_->setVisible(shown);
    if (!shown) return;
    lecture_position_->setText(
        QStringLiteral("%1 / %2").arg(lecture_->current() + 1).arg(lecture_->count()));
}

void MainWindow::showLectureDock() {
    if (lecture_dock_->isVisible()) return;
    lecture_dock_->show();
    // Narrow: the plot keeps its room (the list's own width hint is 256 pixels).
    // A sixth of a narrow window (170 of 1024 pixels) at most.
    resizeDocks({lecture_dock_}, {std::min(kDockWidth, width() / 6)}, Qt::Horizontal);
}

void MainWindow::showLectureInPresentation(bool presenting) {
    // The plot has the screen; the position beside the note says where the lecture is.
    if (presenting) {
        dock_before_presentation_ = lecture_dock_->isVisible();
        lecture_dock_->hide();
    } else if (dock_before_presentation_) {
        lecture_dock_->show();
    }
    updateLecturePosition();
}

QString MainWindow::loadLecture(const QString& file) {
    LectureRead read;
    try {
        read = read_lecture_file(path_of(file));
    } catch (const SceneFileError& e) {
        return QString::fromStdString(e.what());
    }
    if (auto problem = window_problem_of(read.lecture, file.toStdString()))
        return QString::fromStdString(*problem);
    lecture_->open(std::move(read.lecture), file);
    if (!presenting_) showLectureDock();
    lecture_notes_.clear();
    for (const std::string& note : read.notes)
        lecture_notes_ << QString::fromStdString(note);
    if (!read.notes.empty()) {
        statusBar()->showMessage(
            QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(),
                                         QString::fromStdString(read.notes.front())),
            kStatusMessageMs);
    }
    return {};
}

bool MainWindow::openLecture(const QString& file) {
    // The scene file and the lecture open have unsaved changes, kept on Cancel.
    if (!maybeSave() || !maybeSaveLecture()) return false;
    const QString error = loadLecture(file);
    if (error.isEmpty()) {
        showFileNotes(QFileInfo(file).fileName(), lecture_notes_);
        return true;
    }
    reportError(QStringLiteral("Open lecture"), error);
    return false;
}

QString MainWindow::newLectureFromSceneFiles(const QStringList& files) {
    if (files.isEmpty()) return QStringLiteral("no scene files were chosen");
    if (files.size() > static_cast<qsizetype>(kMaxLectureScenes)) {
        return QStringLiteral("a lecture holds at most %1 scenes, not %2")
            .arg(kMaxLectureScenes)
            .arg(files.size());
    }
    Lecture lecture;
    for (const QString& file : files) {
        try {
            lecture.scenes.push_back(read_scene_file(path_of(file)).scene);
        } catch (const SceneFileError& e) {
            return QString::fromStdString(e.what());
        }
    }
    if (auto problem = window_problem_of(lecture, "the new lecture"))
        return QString::fromStdString(*problem);
    lecture_->open(std::move(lecture), QString());
    if (!presenting_) showLectureDock();
    return {};
}

QString MainWindow::saveLectureTo(const QString& file) {
    if (!lecture_->isOpen()) return QStringLiteral("no lecture is open");
    const QByteArray text = QByteArray::fromStdString(lecture_file_text(lecture_->lecture()));
    QString error = write_atomically(file, [&text](QIODevice& out) -> QString {
        return out.write(text) == text.size() ? QString() : out.errorString();
    });
    if (!error.isEmpty()) return error;
    lecture_->markSaved(file);
    remember_folder(file);
    statusBar()->showMessage(
        QStringLiteral("Saved the lecture to %1").arg(QFileInfo(file).absoluteFilePath()),
        kStatusMessageMs);
    return {};
}

QString MainWindow::lectureDialogFolder() const {
    // Beside the lecture, else beside the scene file last used: lectures and their scenes are
    // kept together.
    return dialog_folder(!lecture_->file().isEmpty() ? lecture_->file() : document_.file());
}

void MainWindow::openLectureDialog() {
    const QString file = QFileDialog::getOpenFileName(this, QStringLiteral("Open lecture"),
                                                      lectureDialogFolder(), kLectureFileFilter);
    if (!file.isEmpty()) openLecture(file);
}

void MainWindow::newLectureDialog() {
    if (!maybeSaveLecture()) return;
    const QStringList files =
        QFileDialog::getOpenFileNames(this, QStringLiteral("New lecture from scene files"),
                                      lectureDialogFolder(), kSceneFileFilter);
    if (files.isEmpty()) return;
    if (const QString error = newLectureFromSceneFiles(files); !error.isEmpty())
        reportError(QStringLiteral("New lecture"), error);
}

bool MainWindow::maybeSaveLecture() {
    if (!lecture_->isOpen() || !lecture_->modified()) return true;
    const QString name = lecture_->file().isEmpty() ? QStringLiteral("the new lecture")
                                                    : QFileInfo(lecture_->file()).fileName();
    switch (askToSave(name)) {
        case QMessageBox::Save:
            saveLectureDialog();
            return !lecture_->modified();  // cancelled or failed: the window stays
        case QMessageBox::Discard:
            return true;
        default:
            return false;
    }
}

void MainWindow::saveLectureDialog() {
    if (!lecture_->isOpen()) return;
    const QString suggested =
        !lecture_->file().isEmpty()
            ? lecture_->file()
            : QDir(lectureDialogFolder())
                  .filePath(suggested_file_name(lecture_->lecture().title, kLectureExtension));
    QString file = QFileDialog::getSaveFileName(this, QStringLiteral("Save lecture"), suggested,
                                                kLectureFileFilter);
    if (file.isEmpty()) return;
    if (!file.endsWith(QLatin1String(kLectureExtension.data()), Qt::CaseInsensitive))
        file += QLatin1String(kLectureExtension.data());
    if (const QString error = saveLectureTo(file); !error.isEmpty())
        reportError(QStringLiteral("Save lecture"), error);
}

}  // namespace gdlab
