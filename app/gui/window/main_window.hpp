// The Gradient Descent Lab window: the descent plot with the controls beside it, the
// convergence plot and the explanation of the current step below, the animation toolbar above.
// It lays the parts out and places the views, which observe the Session (the model) and the
// Animation (the one clock) themselves; it keeps the menus, the tool bar, the status line,
// the progress of long runs, presentation mode, the export flows and the settings.
#pragma once

#include <QFont>
#include <QMainWindow>
#include <QMessageBox>
#include <QStyle>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "gd/grid.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/export/export_dialog.hpp"
#include "gui/export/export_scene.hpp"
#include "gui/model/run_spec.hpp"
#include "gui/panels/explanation_panel.hpp"
#include "gui/plot/field.hpp"
#include "gui/window/scene_document.hpp"
#include "scene/scene.hpp"

class QActionGroup;
class QDialog;
class QDragEnterEvent;
class QDropEvent;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QSlider;
class QSplitter;
class QTabBar;
class QTextBrowser;
class QTimer;
class QToolBar;
class QUndoStack;

namespace gdlab {

class Animation;
class ConvergencePlot;
class DescentPlot;
class FieldComputer;
class LectureDeck;
class LecturePanel;
class LogSlider;
class ObjectiveEditor;
class ParameterPanel;
class RunsPanel;
class SceneHistory;
class Session;

// Animation speeds, in steps per second.

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    // Restores the last scene, history and geometry from QSettings unless told not to.
    explicit MainWindow(bool restore_settings = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a scene: its objective, runs and view (the command line's, a demo's, a preset's,
    // a file's), its title and note above the plot, its theme (when it has one), the
    // convergence panel it asks for, and its step once the runs are computed.
    void showScene(const Scene& scene);
    // What the window shows, as a Scene: objective, runs, view, step, the theme applied, the
    // convergence panel shown, and the title, note and unknown fields of the scene shown.
    [[nodiscard]] Scene currentScene() const;
    // Edit > Title and note…: the dialog, on the title and note shown.
    void editTitleAndNote();
    // The scene's title and teaching note above the plot, kept in its file, for the objective
    // shown now. One undo step.
    void setTitleAndNote(const QString& title, const QString& note);

    // Scene files (main_window_files.cpp). Each returns what went wrong, or an empty string;
    // the menus' actions show it in a message box. A file that cannot be opened leaves the
    // window as it was; a save that fails leaves the old file whole and the scene unsaved.
    QString openFile(const QString& file);
    QString saveTo(const QString& file);
    // File > Save (Save As for an untitled scene) and File > Save As…: false when not saved.
    bool save();
    bool saveAs();
    // File > Open Recent's entry: a file that vanished is taken off the list, with a message.
    void openRecent(const QString& file);
    [[nodiscard]] const SceneDocument& document() const { return document_; }
    [[nodiscard]] QStringList recentFiles() const;
    [[nodiscard]] QMenu& recentMenu() const { return *recent_menu_; }
    // What opening the last file remarked (fields this version does not know).
    [[nodiscard]] const QStringList& fileNotes() const { return file_notes_; }
    // How the window asks and tells, replaceable by tests (the defaults are message boxes):
    // Save, Discard or Cancel for unsaved changes to the named file, and an error to report.
    std::function<QMessageBox::StandardButton(const QString& name)> askToSave;
    std::function<void(const QString& title, const QString& message)> reportError;
    void applyPreset(const gd::Preset& preset);
    void loadDemo(int index);
    // Writes the settings; why they could not be written (a full disk, a folder not writable),
    // or an empty string.
    [[nodiscard]] QString saveSettings() const;
    // What the plot shows now (objective, runs, step, view, options), to draw again for export.
    [[nodiscard]] ExportScene exportScene() const;
    // Processes events until every run is computed and the heatmap shows the current view.
    bool waitUntilDrawn(int timeout_ms = 30000);

    // The parts, for tests and benchmarks.
    [[nodiscard]] Session& session() const { return *session_; }
    // Undo and redo of every change to the scene (Edit > Undo, Redo).
    [[nodiscard]] SceneHistory& history() const { return *history_; }
    [[nodiscard]] QUndoStack& undoStack() const;
    [[nodiscard]] QAction& undoAction() const { return *undo_action_; }
    [[nodiscard]] QAction& redoAction() const { return *redo_action_; }
    [[nodiscard]] Animation& animation() const { return *animation_; }
    [[nodiscard]] DescentPlot& plot() const { return *plot_; }
    [[nodiscard]] ConvergencePlot& convergence() const { return *convergence_; }
    [[nodiscard]] QTabBar& convergenceTabs() const { return *convergence_tabs_; }
    [[nodiscard]] QSlider& timeline() const { return *timeline_; }
    [[nodiscard]] LogSlider& speedSlider() const { return *speed_slider_; }
    [[nodiscard]] QString speedText() const;
    // The file an export dialog offers: the scene's title as a name, in the last export's
    // folder, else beside the scene file.
    [[nodiscard]] QString suggestedExportFile(ExportDialog::Kind kind) const;
    [[nodiscard]] QAction& playAction() const { return *play_action_; }
    [[nodiscard]] ObjectiveEditor& editor() const { return *editor_; }
    [[nodiscard]] ParameterPanel& parameters() const { return *parameters_; }
    [[nodiscard]] RunsPanel& runsPanel() const { return *runs_panel_; }
    [[nodiscard]] ExplanationPanel& explanation() const { return *explain_; }
    [[nodiscard]] QString stepStatus() const;
    [[nodiscard]] QString hoverStatus() const;
    [[nodiscard]] QString note() const;
    // What restoring the last scene had to change or leave out (empty when nothing).
    [[nodiscard]] const QStringList& restoreNotes() const { return restore_notes_; }
    [[nodiscard]] QProgressBar& progressBar() const { return *progress_; }
    // Draws the field for the current view now, without the debounce or a worker thread.
    void redrawFieldNow();

    // The theme of the window, the plots and (by default) exports; remembered.
    void setTheme(Theme theme);
    [[nodiscard]] Theme theme() const { return theme_; }
    // Full screen, larger fonts, thicker lines, light: for the back of a room (F5; Esc leaves).
    void setPresentation(bool on);
    [[nodiscard]] bool presenting() const { return presenting_; }
    [[nodiscard]] PlotStyle plotStyle() const;

    // What File > Export image… and Export animation… do once their dialog is answered. They
    // return what went wrong, or nothing; an animation can be cancelled from its progress
    // dialog, leaving any old file as it was.
    QString exportImageTo(const QString& file, const ExportLook& look, double scale);
    AnimationResult exportAnimationTo(const QString& file, const ExportLook& look,
                                      const AnimationOptions& options);
    // Edit > Copy image: the plot at twice its pixels, on the clipboard (also returned).
    QImage copyImage();

    // Lectures (main_window_lecture.cpp): a deck of scenes shown one after another.
    // Opens a .gdlab-lecture file on its first scene (File > Open lecture…, a dropped file);
    // a file that cannot be read is refused with a message naming the file and the field, and
    // the window keeps what it showed. Returns whether it opened.
    bool openLecture(const QString& file);
    // The same without a dialog: an empty string, or what is wrong.
    QString loadLecture(const QString& file);
    // A lecture of the scene files, in the order given (File > New lecture from scene files…).
    QString newLectureFromSceneFiles(const QStringList& files);
    // Writes the lecture, every scene inline, atomically: an empty string, or what went wrong.
    QString saveLectureTo(const QString& file);
    // The next or previous scene of the lecture (PageDown, PageUp); nothing past either end or
    // without a lecture.
    void nextScene();
    void previousScene();
    [[nodiscard]] LectureDeck& lecture() const { return *lecture_; }
    [[nodiscard]] LecturePanel& lecturePanel() const { return *lecture_panel_; }
    [[nodiscard]] QDockWidget& lectureDock() const { return *lecture_dock_; }
    // The scene's place, "3 / 7", shown beside the note in presentation mode.
    [[nodiscard]] QLabel& lecturePosition() const { return *lecture_position_; }

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // Keeps PageDown and PageUp for the lecture while one is open, whatever has the focus.
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    // The animation's speed and the label beside the slider.
    void showSpeed(double steps_per_second);
    // The speed chosen for the scene (the slider, Faster, Slower): shown, and saved with it.
    void setSceneSpeed(double steps_per_second);
    // View > Fit to the runs (view_fit.hpp).
    void fitToRuns();
    // Runs > Every run from this start / at this learning rate: the selected run's, given to
    // every run, one undo step.
    enum class RunShare { start, learning_rate };
    void shareWithEveryRun(RunShare what);
    // View > Contour lines: the scene's count and spacing; the field is drawn again.
    void setContourLines(const ContourLines& lines);
    void buildLayout();
    void fitToScreen();
    void setHomeView(const gd::Rect& view);
    void buildToolBar();
    void buildMenus();
    void buildFileMenu(QMenu* file);
    void connectDocument();
    // The title bar ("bowl.gdlab[*]") and its unsaved-change mark, from the scene shown now.
    void updateDocumentState();
    void fillRecentMenu();
    // Unsaved changes to a scene file: Save, Discard or Cancel. True when it may be replaced.
    bool maybeSave();
    // The line above the plot: the scene's title and note, else the preset's, else f.
    void showNote();
    [[nodiscard]] bool titleApplies() const;
    void connectParts();
    void restoreSettings();
    // The objective, runs and view of the last scene, checked; what had to change goes into
    // `notes`.
    void restoreScene(const QSettings& settings, QStringList& notes);
    // The lecture open at the last close, from its file; true when one of its scenes is shown.
    bool restoreLecture(const QSettings& settings, QStringList& notes);
    void restoreTitleAndNote(const QSettings& settings, QStringList& notes);
    void showRestoreNotes(const QStringList& notes);

    void onObjectiveChanged();
    void onRunsChanged();
    void onStep(int k);
    void showTimeline(int k);
    void onHover(double x, double y);
    void onComputingChanged(bool computing);
    void showProgress(bool visible);
    void updateStatus();
    void requestField();
    [[nodiscard]] bool readyToExport();
    void exportImage();

    void exportAnimation();
    void applyLook();
    void onEscape();
    // A tool bar icon in the window's text colour (the style's own are dark: on the dark
    // theme they looked disabled).
    [[nodiscard]] QIcon toolbar_icon(QStyle::StandardPixmap which) const;
    void showHelpPage(const QString& title, const QString& html);
    void buildLecture();
    void addLectureActions(QMenu& file);
    void showLectureScene(int index);
    void showLectureDock();
    void showLectureInPresentation(bool presenting);
    void updateLecturePosition();
    void openLectureDialog();
    void newLectureDialog();
    void saveLectureDialog();
    // Asks whether to save an open lecture with unsaved changes: false when the user cancels
    // or the save does not happen.
    bool maybeSaveLecture();
    // Puts what the window changed in the lecture's scene on screen (its runs, its note) back
    // into the lecture, so that coming back to it, saving or quitting keeps it. Called with
    // every change the window's title bar reflects (updateDocumentState).
    void keepLectureEdits();
    // A scene file or demo replaces the lecture's scene on screen: it is not kept into it.
    void leaveLectureScene();
    // The lecture's scene on screen starts here: later changes count from it.
    void enterLectureScene();
    [[nodiscard]] QString lectureDialogFolder() const;

    std::unique_ptr<Session> session_;
    SceneHistory* history_;
    Animation* animation_;
    FieldComputer* fields_;
    DescentPlot* plot_;
    ConvergencePlot* convergence_;
    QTabBar* convergence_tabs_;
    QSlider* timeline_;
    QLabel* timeline_label_;
    ObjectiveEditor* editor_;
    ParameterPanel* parameters_;
    RunsPanel* runs_panel_;
    ExplanationPanel* explain_;
    QLabel* note_label_;  // what the preset or demo shows, above the plot
    QLabel* hover_label_;
    QLabel* step_label_;
    QLabel* speed_label_;
    LogSlider* speed_slider_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QAction* progress_action_ = nullptr;
    QAction* cancel_action_ = nullptr;
    QWidget* controls_ = nullptr;  // the column of panels beside the plot
    QSplitter* main_splitter_;
    QSplitter* plot_splitter_;
    QSplitter* bottom_splitter_;
    QTimer* field_debounce_;
    QTimer* progress_delay_;  // short computations never flash a progress bar
    QTimer* progress_timer_;
    QToolBar* animation_bar_ = nullptr;
    QAction* play_action_;
    QAction* undo_action_ = nullptr;
    QAction* redo_action_ = nullptr;
    QAction* equal_action_;
    QAction* arrow_action_;
    QAction* legend_action_ = nullptr;
    QAction* gradient_action_ = nullptr;
    QList<QAction*> contour_actions_;  // the count and spacing choices, checked as they are
    ContourLines contour_lines_;       // the scene's
    QAction* numbers_action_ = nullptr;
    bool field_pending_ = false;
    Theme theme_ = Theme::light;
    bool presenting_ = false;
    Qt::WindowStates states_before_presentation_;
    QFont normal_font_;
    QActionGroup* theme_group_ = nullptr;
    QAction* presentation_action_ = nullptr;
    QStringList restore_notes_;
    std::map<QString, QDialog*> help_pages_;
    gd::Rect home_view_;  // the view the scene was opened with
    std::vector<std::pair<QAction*, QStyle::StandardPixmap>> toolbar_icons_;
    SceneDocument document_;
    QMenu* recent_menu_ = nullptr;
    QStringList file_notes_;
    // The notes of a file or lecture opened, in a box beside the window (at most kMaxNotesShown).
    void showFileNotes(const QString& name, const QStringList& notes);
    QStringList lecture_notes_;  // the lecture last loaded
    // What a scene shown adds to its objective and runs. Its title and note describe its
    // objective: they are shown, and saved, while that objective is (typing another hides
    // them; typing it back, or undoing, brings them back). Unknown fields are always kept.
    std::string scene_title_;
    std::string scene_note_;
    QString titled_expression_;
    std::shared_ptr<const nlohmann::ordered_json> unknown_fields_;
    std::optional<int> pending_step_;    // a scene's step, shown once its runs are computed
    std::optional<double> scene_speed_;  // the scene's animation speed, once it has one
    LectureDeck* lecture_ = nullptr;
    LecturePanel* lecture_panel_ = nullptr;
    QDockWidget* lecture_dock_ = nullptr;
    QLabel* lecture_position_ = nullptr;
    QAction* next_scene_action_ = nullptr;
    QAction* previous_scene_action_ = nullptr;
    bool dock_before_presentation_ = false;
    // Whether the scene shown is the lecture's current one (not a file or demo opened since),
    // and that scene as it was entered, to tell whether it was changed.
    bool lecture_scene_shown_ = false;
    SceneDocument lecture_scene_entered_;
};

}  // namespace gdlab
