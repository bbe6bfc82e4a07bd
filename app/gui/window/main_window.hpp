// The Gradient Descent Lab window: the descent plot with the controls beside it, the
// convergence plot and the explanation of the current step below, the animation toolbar above.
// It lays the parts out and places the views, which observe the Session (the model) and the
// Animation (the one clock) themselves; it keeps the menus, the tool bar, the status line,
// the progress of long runs, presentation mode, the export flows and the settings.
#pragma once

#include <QFont>
#include <QMainWindow>
#include <QStyle>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "cli/scene.hpp"
#include "gd/grid.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/export/export_scene.hpp"
#include "gui/model/run_spec.hpp"
#include "gui/panels/explanation_panel.hpp"
#include "gui/plot/field.hpp"

class QActionGroup;
class QDialog;
class QLabel;
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
class LogSlider;
class ObjectiveEditor;
class ParameterPanel;
class RunsPanel;
class SceneHistory;
class Session;

// Animation speeds, in steps per second.
inline constexpr double kMinSpeed = 1.0;
inline constexpr double kMaxSpeed = 1000.0;
inline constexpr double kDefaultSpeed = 20.0;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    // Restores the last scene, history and geometry from QSettings unless told not to.
    explicit MainWindow(bool restore_settings = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a scene: its objective, runs and view (the command line's, a demo's, a preset's).
    void showScene(const Scene& scene);
    // What the window shows, as a Scene: objective, runs, view and step.
    [[nodiscard]] Scene currentScene() const;
    void applyPreset(const gd::Preset& preset);
    void loadDemo(int index);
    void saveSettings() const;
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

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildLayout();
    void fitToScreen();
    void setHomeView(const gd::Rect& view);
    void buildToolBar();
    void buildMenus();
    void connectParts();
    void restoreSettings();
    // The objective, runs and view of the last scene, checked; what had to change goes into
    // `notes`.
    void restoreScene(const QSettings& settings, QStringList& notes);
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
};

}  // namespace gdlab
