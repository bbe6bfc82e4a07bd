// MainWindow's look and its exports: the light and dark themes, presentation mode (F5), and
// File > Export image…, Export animation…, Edit > Copy image.
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProgressDialog>
#include <QStatusBar>

#include "gui/export/export_dialog.hpp"
#include "gui/export/image_export.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/plot/convergence_plot.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/text/plain_text.hpp"
#include "gui/window/file_dialogs.hpp"
#include "gui/window/main_window.hpp"

namespace gdlab {

namespace {

constexpr double kPresentationFontScale = 1.4;

}  // namespace

PlotStyle MainWindow::plotStyle() const {
    // Projectors wash dark pictures out: presentation mode is always light.
    return presenting_ ? PlotStyle::presentation() : PlotStyle{theme_, 1.0, 1.0};
}

void MainWindow::setTheme(Theme theme) {
    theme_ = theme;
    for (QAction* a : theme_group_->actions())
        a->setChecked(a->data().toString() == theme_name(theme));
    applyLook();
    updateDocumentState();  // the theme is part of the scene a file keeps
}

void MainWindow::applyLook() {
    const PlotStyle style = plotStyle();
    // Light is the desktop's own palette, as the program found it before any theme was set
    // (the first window's constructor comes here first).
    static const QPalette desktop = QApplication::palette();
    QApplication::setPalette(style.theme == Theme::dark ? dark_window_palette() : desktop);
    QFont font = normal_font_;
    if (presenting_) font.setPointSizeF(font.pointSizeF() * kPresentationFontScale);
    QApplication::setFont(font);
    QFont note = font;  // a little larger than the panels: it says what the scene shows
    note.setPointSizeF(font.pointSizeF() * 1.1);
    note_label_->setFont(note);
    // The lecture's place beside it: the note's size, bold, read from the back of the room.
    QFont place = note;
    place.setBold(true);
    lecture_position_->setFont(place);
    plot_->setStyle(style);
    convergence_->setStyle(style);
    parameters_->setPlotStyle(style);
    for (const auto& [action, icon] : toolbar_icons_)
        action->setIcon(toolbar_icon(icon));
    explain_->refresh();  // its HTML takes the palette's colours when it is set
}

QIcon MainWindow::toolbar_icon(QStyle::StandardPixmap which) const {
    const QIcon base = style()->standardIcon(which);
    // The theme shown, not the one chosen: presentation mode is light whatever the theme (the
    // dark theme's pale icons were left on its light tool bar).
    if (plotStyle().theme != Theme::dark) return base;
    QIcon tinted;
    const QColor ink = dark_window_palette().color(QPalette::ButtonText);
    for (const int side : {16, 24, 32, 48}) {
        QPixmap pixmap = base.pixmap(side, side);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);  // keep the shape
        painter.fillRect(pixmap.rect(), ink);
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted;
}

void MainWindow::setPresentation(bool on) {
    if (on == presenting_) return;
    presenting_ = on;
    presentation_action_->setChecked(on);
    // The plot fills the screen; the keys (Space, arrows, Ctrl+1…6) still drive it.
    controls_->setVisible(!on);
    bottom_splitter_->setVisible(!on);
    statusBar()->setVisible(!on);
    showLectureInPresentation(on);
    if (on) {
        states_before_presentation_ = windowState();
        showFullScreen();
    } else {
        setWindowState(states_before_presentation_);
        show();
    }
    applyLook();
}

void MainWindow::onEscape() {
    if (presenting_) {
        setPresentation(false);
        return;
    }
    // In a text field Esc hands the keys back to the plot (Space plays, arrows step), without
    // the click on the plot that would also move the start point.
    QWidget* focus = QApplication::focusWidget();
    const auto* combo = qobject_cast<QComboBox*>(focus);
    if (focus != nullptr && focus != plot_ &&
        (qobject_cast<QLineEdit*>(focus) != nullptr ||
         qobject_cast<QAbstractSpinBox*>(focus) != nullptr ||
         (combo != nullptr && combo->isEditable()))) {
        plot_->setFocus(Qt::ShortcutFocusReason);
    }
    session_->cancel();  // every run still computing, each keeping what it reached
}

QString MainWindow::exportImageTo(const QString& file, const ExportLook& look, double scale) {
    QString error = export_image(exportScene(), look, scale, file);
    if (error.isEmpty()) {
        remember_folder(file);
        statusBar()->showMessage(
            QStringLiteral("Exported %1").arg(QFileInfo(file).absoluteFilePath()),
            kStatusMessageMs);
    }
    return error;
}

AnimationResult MainWindow::exportAnimationTo(const QString& file, const ExportLook& look,
                                              const AnimationOptions& options) {
    const ExportScene scene = exportScene();
    QProgressDialog progress(
        QStringLiteral("Drawing the frames of %1…").arg(QFileInfo(file).fileName()),
        QStringLiteral("Cancel"), 0, 1, this);
    progress.setWindowTitle(QStringLiteral("Export animation"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const bool was_playing = animation_->playing();
    animation_->pause();
    AnimationResult result =
        export_animation(scene, look, options, file, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (was_playing) animation_->play();
    if (result.cancelled) {
        statusBar()->showMessage(QStringLiteral("Animation export cancelled; nothing was written"),
                                 kStatusMessageMs);
    } else if (result.error.isEmpty()) {
        remember_folder(file);
        statusBar()->showMessage(QStringLiteral("Exported %1 frames to %2")
                                     .arg(result.frames)
                                     .arg(QFileInfo(file).absoluteFilePath()),
                                 kStatusMessageMs);
    }
    return result;
}

bool MainWindow::readyToExport() {
    if (!session_->computing()) return true;
    // A picture of runs half computed would show paths that are about to change.
    show_information(this, QStringLiteral("Export"),
                     QStringLiteral("The runs are still being computed. Export once they are "
                                    "done, or stop them with Esc."));
    return false;
}

QString MainWindow::suggestedExportFile(ExportDialog::Kind kind) const {
    // The rule of every file dialog (file_dialogs.hpp): Save offers the same name and folder.
    const char* ending = kind == ExportDialog::Kind::image ? ".png" : ".gif";
    return QDir(dialog_folder(document_.file()))
        .filePath(suggested_file_name(currentScene().title, ending));
}

void MainWindow::exportImage() {
    if (!readyToExport()) return;
    ExportDialog dialog(ExportDialog::Kind::image, plot_->size(), theme_, exportScene().lastStep(),
                        suggestedExportFile(ExportDialog::Kind::image), this);
    if (dialog.exec() != QDialog::Accepted) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportImageTo(dialog.file(), dialog.look(), dialog.scale());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) show_warning(this, QStringLiteral("Export image"), error);
}

void MainWindow::exportAnimation() {
    if (!readyToExport()) return;
    ExportDialog dialog(ExportDialog::Kind::animation, plot_->size(), theme_,
                        exportScene().lastStep(),
                        suggestedExportFile(ExportDialog::Kind::animation), this);
    if (dialog.exec() != QDialog::Accepted) return;
    const AnimationResult result =
        exportAnimationTo(dialog.file(), dialog.look(), dialog.animationOptions());
    if (!result.cancelled && !result.error.isEmpty())
        show_warning(this, QStringLiteral("Export animation"), result.error);
}

QImage MainWindow::copyImage() {
    // Twice the screen's pixels: sharp when a slide stretches it.
    QImage image = render_image(*plot_, 2.0);
    QApplication::clipboard()->setImage(image);
    statusBar()->showMessage(
        QStringLiteral("Copied the plot (%1 × %2 pixels); paste it into a slide")
            .arg(image.width())
            .arg(image.height()),
        kStatusMessageMs);
    return image;
}

}  // namespace gdlab
