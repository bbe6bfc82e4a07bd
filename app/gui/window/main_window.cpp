#include "gui/window/main_window.hpp"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <variant>

#include "gui/model/animation.hpp"
#include "gui/model/demos.hpp"
#include "gui/model/preset_lookup.hpp"
#include "gui/model/scene_history.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/explanation_panel.hpp"
#include "gui/panels/lecture_panel.hpp"
#include "gui/panels/log_slider.hpp"
#include "gui/panels/objective_editor.hpp"
#include "gui/panels/parameter_panel.hpp"
#include "gui/panels/runs_panel.hpp"
#include "gui/panels/step_explanation.hpp"
#include "gui/plot/convergence_binding.hpp"
#include "gui/plot/convergence_plot.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/descent_plot_binding.hpp"
#include "gui/plot/gradient_field.hpp"
#include "gui/plot/palette.hpp"
#include "gui/plot/view_fit.hpp"
#include "gui/text/display_text.hpp"
#include "gui/window/help_text.hpp"
#include "gui/window/title_note_dialog.hpp"

namespace gdlab {

namespace {

constexpr int kFieldDelayMs = 30;  // after the last zoom or pan event
// Keeps a scroll area no taller than the widget it holds, as the widget's rows come and go, and
// wide enough for the widget beside its scroll bar (which a row's field was cut under).
// A contour spacing as a menu item's data: 0 automatic, 1 even, 2 in log f.
int spacing_code(const std::optional<gd::LevelSpacing>& spacing) {
    return !spacing ? 0 : *spacing == gd::LevelSpacing::linear ? 1 : 2;
}

class ScrollAreaFitter : public QObject {
  public:
    ScrollAreaFitter(QScrollArea* area, QObject* parent) : QObject(parent), area_(area) {}

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show) {
            const auto* held = static_cast<QWidget*>(watched);
            const int frame = 2 * area_->frameWidth();
            area_->setMaximumHeight(held->sizeHint().height() + frame);
            area_->setMinimumWidth(held->minimumSizeHint().width() + frame +
                                   area_->verticalScrollBar()->sizeHint().width());
        }
        return QObject::eventFilter(watched, event);
    }

  private:
    QScrollArea* area_;
};

constexpr int kPreferredWidth = 1280;
// The narrowest the window's parts may be: together with the lecture panel they fit a
// 1024-pixel projector.
constexpr int kLeftColumnMinimum = 270;
constexpr int kExplanationMinimum = 200;
constexpr QSize kPlotMinimum{360, 260};
constexpr int kPreferredHeight = 800;
constexpr int kFrameAllowance = 40;  // a title bar
constexpr int kProgressDelayMs = 200;
const QString kNoteTip = QStringLiteral("What this scene shows");
constexpr qsizetype kNoteFormulaCharacters = 180;  // two lines above the plot at most
// A scene file's note may hold 4,000 characters; above the plot a few lines, the rest on hover.
constexpr qsizetype kNoteCharacters = 600;

// A clicked point rounded to what the view resolves: four significant digits of its width
// (a pixel is about a thousandth of it), so a click gives -3.97, not -3.969664213.
Eigen::Vector2d round_to_view(const Eigen::Vector2d& p, const gd::Rect& view) {
    Eigen::Vector2d rounded = p;
    const double widths[] = {view.x_max - view.x_min, view.y_max - view.y_min};
    for (int i = 0; i < 2; ++i) {
        if (!(widths[i] > 0.0) || !std::isfinite(widths[i])) continue;
        const double unit = std::pow(10.0, std::floor(std::log10(widths[i])) - 3);
        const double r = std::round(p[i] / unit) * unit;
        // Printed shortest, 0.1 * 3 would show as 0.30000000000000004: parse the decimal.
        if (std::isfinite(r)) rounded[i] = QString::number(r, 'g', 15).toDouble();
    }
    return rounded;
}

// The first `count` characters of `text` and "…", or the whole text when it is that short.
QString elide_end(const QString& text, qsizetype count) {
    if (text.size() <= count) return text;
    qsizetype cut = count;
    if (text.at(cut - 1).isHighSurrogate()) --cut;  // never split a character
    return text.left(cut) + QStringLiteral("…");
}

}  // namespace

MainWindow::MainWindow(bool restore_settings, QWidget* parent)
    : QMainWindow(parent),
      session_(std::make_unique<Session>()),
      history_(new SceneHistory(*session_, this)),
      animation_(new Animation(this)),
      fields_(new FieldComputer(this)),
      plot_(new DescentPlot(this)),
      convergence_(new ConvergencePlot(this)),
      convergence_tabs_(new QTabBar(this)),
      timeline_(new QSlider(this)),
      timeline_label_(new QLabel(this)),
      editor_(new ObjectiveEditor(this)),
      parameters_(new ParameterPanel(this)),
      runs_panel_(new RunsPanel(*session_, this)),
      explain_(new ExplanationPanel(*session_, *animation_, this)),
      note_label_(new QLabel(this)),
      hover_label_(new QLabel(this)),
      step_label_(new QLabel(this)),
      speed_label_(new QLabel(this)),
      speed_slider_(new LogSlider(kMinSpeed, kMaxSpeed, this)),
      progress_(new QProgressBar(this)),
      cancel_(new QPushButton(QStringLiteral("Cancel"), this)),
      main_splitter_(new QSplitter(Qt::Horizontal, this)),
      plot_splitter_(new QSplitter(Qt::Vertical, this)),
      bottom_splitter_(new QSplitter(Qt::Horizontal, this)),
      field_debounce_(new QTimer(this)),
      progress_delay_(new QTimer(this)),
      progress_timer_(new QTimer(this)),
      play_action_(nullptr),
      equal_action_(nullptr),
      arrow_action_(nullptr) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/gdlab.svg")));
    normal_font_ = QApplication::font();
    buildLayout();
    buildLecture();
    buildToolBar();
    buildMenus();
    connectParts();
    connectDocument();
    applyLook();  // the light theme at normal sizes, until settings say otherwise
    onObjectiveChanged();
    setHomeView(gd::default_preset().view);
    onRunsChanged();
    if (restore_settings) restoreSettings();
    // The scene restored is untitled: its changes count from here.
    document_.markUntitled(currentScene());
    updateDocumentState();
    // A drag or a slider held is one undo step: the history sees every press and release.
    qApp->installEventFilter(history_);
    // Undoing the opening of a demo brings back the view and the note shown before it.
    history_->setWindowMemento([this]() -> std::function<void()> {
        return [this, view = plot_->requestedView(), home = home_view_, note = note_label_->text(),
                tip = note_label_->toolTip(), tab = convergence_tabs_->currentIndex(),
                title = scene_title_, scene_note = scene_note_, titled = titled_expression_] {
            plot_->setView(view);
            home_view_ = home;
            scene_title_ = title;
            scene_note_ = scene_note;
            titled_expression_ = titled;
            note_label_->setText(note);
            note_label_->setToolTip(tip);
            convergence_tabs_->setCurrentIndex(tab);
            updateDocumentState();
        };
    });
    history_->clear();  // the restored scene is where undo stops
}

QUndoStack& MainWindow::undoStack() const {
    return history_->stack();
}

MainWindow::~MainWindow() {
    // The session, a member, is gone before the QWidget base hides the window, and hiding can
    // still finish an edit (focus leaves the expression field, which announces what was
    // typed): a window destroyed while a new expression was being typed crashed there. Nothing
    // a child says reaches this window any more.
    qApp->removeEventFilter(this);
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
    session_->disconnect(this);
    session_->cancel();
}

void MainWindow::setHomeView(const gd::Rect& view) {
    home_view_ = view;  // what View > Back to the scene's view goes back to
    plot_->resetLegend();
    plot_->setView(view);
}

void MainWindow::fitToScreen() {
    // 1280 x 800 where the screen has room, else the screen's free area (a 1280 x 720 laptop
    // with a panel, a 1024 x 768 projector): the status bar and the plot's bottom stay on it.
    QSize size(kPreferredWidth, kPreferredHeight);
    // Off screen (screenshots, tests) there is no real screen to fit: the picture is 1280 x 800.
    const bool real_screen = QGuiApplication::platformName() != QStringLiteral("offscreen");
    if (const QScreen* screen = QGuiApplication::primaryScreen();
        screen != nullptr && real_screen) {
        const QRect free = screen->availableGeometry();
        // The frame the window manager adds is not known before showing: leave room for it.
        size = size.boundedTo(free.size() - QSize(0, kFrameAllowance));
        resize(size);
        move(free.topLeft() + QPoint((free.width() - size.width()) / 2,
                                     (free.height() - size.height() - kFrameAllowance) / 2));
        return;
    }
    resize(size);
}

void MainWindow::buildLayout() {
    // The left column: the objective and the descent settings scroll (Adam's fields and an
    // unfolded schedule are taller than a 768-pixel screen leaves); the runs stay below them,
    // always in sight with their buttons.
    auto* controls = new QWidget;
    auto* column = new QVBoxLayout(controls);
    const auto group = [](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title);
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(content);
        return box;
    };
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(group(QStringLiteral("Objective f(x, y)"), editor_));
    column->addWidget(group(QStringLiteral("Descent"), parameters_));
    auto* scroll = new QScrollArea;
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    // As tall as the settings where there is room (the runs right below them), shorter and
    // scrolling where there is not: never taller than what it holds.
    controls->installEventFilter(new ScrollAreaFitter(scroll, controls));
    auto* left = new QWidget;
    auto* left_column = new QVBoxLayout(left);
    left_column->addWidget(scroll, 100);
    left_column->addWidget(group(QStringLiteral("Runs"), runs_panel_));
    left_column->addStretch(1);
    left->setMinimumWidth(kLeftColumnMinimum);

    explain_->setMinimumWidth(kExplanationMinimum);
    plot_->setToolTip(QString());  // the plot explains itself through the status bar
    plot_->setFocusPolicy(Qt::StrongFocus);
    plot_->setMinimumSize(kPlotMinimum);

    // Two views of the same runs against k: values (f, |∇f|) and coordinates (x, y).
    auto* convergence_panel = new QWidget;
    auto* convergence_column = new QVBoxLayout(convergence_panel);
    convergence_column->setContentsMargins(0, 0, 0, 0);
    convergence_column->setSpacing(0);
    convergence_tabs_->addTab(QStringLiteral("f(xₖ) and |∇f|"));
    convergence_tabs_->addTab(QStringLiteral("xₖ and yₖ"));
    convergence_tabs_->setTabToolTip(0, QStringLiteral("f and the gradient's size at every step"));
    convergence_tabs_->setTabToolTip(
        1, QStringLiteral("The coordinates at every step: an oscillation zig-zags around the "
                          "minimum's"));
    convergence_tabs_->setDocumentMode(true);
    convergence_tabs_->setExpanding(false);
    connect(convergence_tabs_, &QTabBar::currentChanged, this, [this](int index) {
        convergence_->setView(index == 1 ? ConvergenceView::coordinates : ConvergenceView::values);
    });
    convergence_column->addWidget(convergence_tabs_);
    convergence_column->addWidget(convergence_, 1);
    bottom_splitter_->addWidget(convergence_panel);
    bottom_splitter_->addWidget(explain_);
    bottom_splitter_->setStretchFactor(0, 3);
    bottom_splitter_->setStretchFactor(1, 2);
    auto* plot_area = new QWidget;
    auto* plot_column = new QVBoxLayout(plot_area);
    plot_column->setContentsMargins(6, 4, 0, 0);
    plot_column->setSpacing(2);
    note_label_->setWordWrap(true);
    note_label_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // as the editor's
    note_label_->setToolTip(kNoteTip);
    auto* note_row = new QHBoxLayout;  // the scene's note, and its place in a lecture
    note_row->addWidget(note_label_, 1);
    lecture_position_ = new QLabel;
    // Off the window's edge, and set apart from the note (the note's own margin is the plot's).
    lecture_position_->setContentsMargins(12, 0, 12, 0);
    note_row->addWidget(lecture_position_, 0, Qt::AlignTop | Qt::AlignRight);
    plot_column->addLayout(note_row);
    plot_column->addWidget(plot_, 1);
    // The timeline: any step in one drag, as far as the longest run goes.
    timeline_->setOrientation(Qt::Horizontal);
    timeline_->setRange(0, 0);
    timeline_->setToolTip(QStringLiteral("Drag to any step (Home and End jump to the ends)"));
    timeline_->setFocusPolicy(Qt::NoFocus);  // the keys stay with the plot's animation
    auto* timeline_row = new QHBoxLayout;
    timeline_row->setContentsMargins(0, 0, 6, 0);
    timeline_row->addWidget(new QLabel(QStringLiteral("Step")));
    timeline_row->addWidget(timeline_, 1);
    timeline_row->addWidget(timeline_label_);
    timeline_label_->setMinimumWidth(
        timeline_label_->fontMetrics().horizontalAdvance(QStringLiteral("1,000,000 / 1,000,000")));
    plot_column->addLayout(timeline_row);
    plot_splitter_->addWidget(plot_area);
    plot_splitter_->addWidget(bottom_splitter_);
    plot_splitter_->setStretchFactor(0, 3);
    plot_splitter_->setStretchFactor(1, 1);
    controls_ = left;
    main_splitter_->addWidget(left);
    main_splitter_->addWidget(plot_splitter_);
    main_splitter_->setStretchFactor(1, 1);
    plot_splitter_->setSizes({560, 200});
    main_splitter_->setSizes({340, 940});
    setCentralWidget(main_splitter_);

    statusBar()->addWidget(step_label_, 1);
    statusBar()->addPermanentWidget(hover_label_);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    hover_label_->setFont(mono);
    fitToScreen();
}

void MainWindow::buildToolBar() {
    animation_bar_ = addToolBar(QStringLiteral("Animation"));
    QToolBar* bar = animation_bar_;
    bar->setObjectName(QStringLiteral("animation"));
    bar->setMovable(false);
    const QStyle* s = style();
    auto add = [this, bar, s](QStyle::StandardPixmap icon, const QString& text,
                              const QKeySequence& key, const QString& tip, auto slot) {
        auto* action = new QAction(s->standardIcon(icon), text, this);
        toolbar_icons_.emplace_back(action, icon);
        action->setShortcut(key);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString()));
        connect(action, &QAction::triggered, animation_, slot);
        bar->addAction(action);
        return action;
    };
    add(QStyle::SP_MediaSkipBackward, QStringLiteral("To start"), QKeySequence(Qt::Key_Home),
        QStringLiteral("Back to the start point"), &Animation::toStart);
    add(QStyle::SP_MediaSeekBackward, QStringLiteral("Step back"), QKeySequence(Qt::Key_Left),
        QStringLiteral("One step back"), &Animation::stepBack);
    play_action_ = add(QStyle::SP_MediaPlay, QStringLiteral("Play"), QKeySequence(Qt::Key_Space),
                       QStringLiteral("Play or pause the descent"), &Animation::togglePlay);
    add(QStyle::SP_MediaSeekForward, QStringLiteral("Step forward"), QKeySequence(Qt::Key_Right),
        QStringLiteral("One step forward"), &Animation::stepForward);
    add(QStyle::SP_MediaSkipForward, QStringLiteral("To end"), QKeySequence(Qt::Key_End),
        QStringLiteral("Jump to the last step"), &Animation::toEnd);
    bar->addSeparator();
    bar->addWidget(new QLabel(QStringLiteral(" Speed ")));
    speed_slider_->setFixedWidth(160);
    speed_slider_->setToolTip(
        QStringLiteral("Animation speed: %1 to %2 steps per second").arg(kMinSpeed).arg(kMaxSpeed));
    bar->addWidget(speed_slider_);
    speed_label_->setMinimumWidth(90);
    bar->addWidget(speed_label_);
    connect(speed_slider_, &LogSlider::logValueChanged, this, &MainWindow::setSceneSpeed);
    speed_slider_->setLogValue(kDefaultSpeed);
    showSpeed(kDefaultSpeed);
    bar->addSeparator();
    progress_->setRange(0, 1000);
    progress_->setFixedWidth(180);
    progress_->setFormat(QStringLiteral("computing %p%"));
    progress_->setToolTip(QStringLiteral("Long runs are computed in the background"));
    cancel_->setToolTip(QStringLiteral("Stop computing (Esc); the runs keep what they reached"));
    // Widgets in a tool bar are shown and hidden through their actions.
    progress_action_ = bar->addWidget(progress_);
    cancel_action_ = bar->addWidget(cancel_);
    showProgress(false);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(QStringLiteral("&File"));
    buildFileMenu(file);  // Open, Save, Save As, Open Recent (Ctrl+S is Save)
    file->addSeparator();
    file->addAction(QStringLiteral("Export &image…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, &MainWindow::exportImage)
        ->setStatusTip(QStringLiteral("The plot as PNG, SVG or PDF, for slides"));
    file->addAction(QStringLiteral("Export &animation…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                    &MainWindow::exportAnimation)
        ->setStatusTip(QStringLiteral("The descent as an animated GIF"));
    file->addSeparator();
    addLectureActions(*file);
    file->addSeparator();
    file->addAction(QStringLiteral("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(QStringLiteral("&Edit"));
    // "Undo change learning rate", "Redo add run": the stack names the step.
    undo_action_ = history_->stack().createUndoAction(this);
    undo_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    redo_action_ = history_->stack().createRedoAction(this);
    redo_action_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo_action_);
    edit->addAction(redo_action_);
    edit->addSeparator();
    edit->addAction(QStringLiteral("&Title and note…"), QKeySequence(Qt::CTRL | Qt::Key_T), this,
                    &MainWindow::editTitleAndNote)
        ->setStatusTip(QStringLiteral("The heading and teaching note shown above the plot"));
    edit->addAction(QStringLiteral("&Copy image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                    this, &MainWindow::copyImage)
        ->setStatusTip(QStringLiteral("The plot on the clipboard, ready to paste into a slide"));

    QMenu* view = menuBar()->addMenu(QStringLiteral("&View"));
    view->addAction(QStringLiteral("&Fit to the runs"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    &MainWindow::fitToRuns)
        ->setStatusTip(QStringLiteral("Frame every run's start and path and the minima"));
    view->addAction(QStringLiteral("Back to the scene's &view"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0), this,
                    [this] { plot_->setView(home_view_); })
        ->setStatusTip(QStringLiteral("The view the scene was opened with"));
    legend_action_ = view->addAction(QStringLiteral("Show the &legend"),
                                     QKeySequence(Qt::CTRL | Qt::Key_L), this, [this](bool on) {
                                         // Shown again, it goes back to its corner.
                                         if (on) plot_->resetLegend();
                                         plot_->setLegendShown(on);
                                     });
    legend_action_->setCheckable(true);
    legend_action_->setChecked(true);
    gradient_action_ = view->addAction(QStringLiteral("&Gradient field (−∇f, downhill)"),
                                       QKeySequence(Qt::CTRL | Qt::Key_D), plot_,
                                       [this](bool on) { plot_->setGradientFieldShown(on); });
    gradient_action_->setCheckable(true);
    gradient_action_->setStatusTip(
        QStringLiteral("Arrows of −∇f over the plot: which way is downhill, everywhere"));
    // The contour lines: how many, and how they are spaced (the scene's, saved with it).
    QMenu* lines = view->addMenu(QStringLiteral("&Contour lines"));
    auto* counts = new QActionGroup(this);
    for (const int count : {6, 10, kDefaultContourLevels, 20, 30, 50}) {
        QAction* a = lines->addAction(QStringLiteral("%1 lines").arg(count), this, [this, count] {
            ContourLines chosen = contour_lines_;
            chosen.count = count;
            setContourLines(chosen);
        });
        a->setCheckable(true);
        a->setChecked(count == contour_lines_.count);
        a->setData(QVariantList{QStringLiteral("count"), count});
        counts->addAction(a);
        contour_actions_ << a;
    }
    lines->addSeparator();
    auto* spacings = new QActionGroup(this);
    for (const auto& [name, spacing] :
         std::initializer_list<std::pair<QString, std::optional<gd::LevelSpacing>>>{
             {QStringLiteral("Spaced as the values suit"), std::nullopt},
             {QStringLiteral("Evenly spaced"), gd::LevelSpacing::linear},
             {QStringLiteral("Spaced in log f (for valleys)"), gd::LevelSpacing::log}}) {
        QAction* a = lines->addAction(name, this, [this, spacing = spacing] {
            ContourLines chosen = contour_lines_;
            chosen.spacing = spacing;
            setContourLines(chosen);
        });
        a->setCheckable(true);
        a->setChecked(spacing == contour_lines_.spacing);
        a->setData(QVariantList{QStringLiteral("spacing"), spacing_code(spacing)});
        spacings->addAction(a);
        contour_actions_ << a;
    }
    legend_action_->setStatusTip(
        QStringLiteral("Drag the legend to move it; it keeps off the starts and current points"));
    equal_action_ =
        view->addAction(QStringLiteral("&Equal axis scaling"), QKeySequence(Qt::CTRL | Qt::Key_E),
                        plot_, [this](bool on) { plot_->setEqualScaling(on); });
    equal_action_->setCheckable(true);
    equal_action_->setChecked(true);  // circles look round: what students expect of x² + y²
    plot_->setEqualScaling(true);
    arrow_action_ = view->addAction(QStringLiteral("Show the &step arrow and its parts"),
                                    QKeySequence(Qt::CTRL | Qt::Key_G), plot_,
                                    [this](bool on) { plot_->setArrowsVisible(on); });
    arrow_action_->setCheckable(true);
    arrow_action_->setChecked(true);
    plot_->setArrowsVisible(true);
    numbers_action_ = view->addAction(QStringLiteral("&Number the first iterates x₀, x₁, …"),
                                      QKeySequence(Qt::CTRL | Qt::Key_K), plot_,
                                      [this](bool on) { plot_->setIterateNumbersVisible(on); });
    numbers_action_->setCheckable(true);
    numbers_action_->setChecked(true);
    numbers_action_->setStatusTip(QStringLiteral("Labels beside the selected run's first steps"));
    view->addSeparator();
    QMenu* theme = view->addMenu(QStringLiteral("&Theme"));
    theme_group_ = new QActionGroup(this);
    for (const Theme t : {Theme::light, Theme::dark}) {
        QAction* a =
            theme->addAction(t == Theme::light ? QStringLiteral("&Light") : QStringLiteral("&Dark"),
                             this, [this, t] { setTheme(t); });
        a->setCheckable(true);
        a->setData(theme_name(t));
        theme_group_->addAction(a);
    }
    theme_group_->actions().front()->setChecked(true);
    presentation_action_ =
        view->addAction(QStringLiteral("&Presentation mode"), QKeySequence(Qt::Key_F5), this,
                        [this](bool on) { setPresentation(on); });
    presentation_action_->setCheckable(true);
    presentation_action_->setStatusTip(
        QStringLiteral("Full screen with large text and thick lines; Esc leaves it"));

    QMenu* animation = menuBar()->addMenu(QStringLiteral("&Animation"));
    // The animation's actions that have a key, as the tool bar holds them.
    for (QAction* a : animation_bar_->actions()) {
        if (!a->text().isEmpty() && a->shortcut() != QKeySequence()) animation->addAction(a);
    }
    animation->addSeparator();
    // Twice or half as fast: the slider's range holds 1 to 1000 steps a second.
    animation->addAction(QStringLiteral("&Faster"), QKeySequence(Qt::Key_BracketRight), this,
                         [this] { setSceneSpeed(std::min(animation_->speed() * 2.0, kMaxSpeed)); });
    animation->addAction(QStringLiteral("&Slower"), QKeySequence(Qt::Key_BracketLeft), this,
                         [this] { setSceneSpeed(std::max(animation_->speed() / 2.0, kMinSpeed)); });

    QMenu* runs = menuBar()->addMenu(QStringLiteral("&Runs"));
    runs->addAction(QStringLiteral("&Add run"), QKeySequence(Qt::CTRL | Qt::Key_N), this,
                    [this] { session_->addRun(); });
    runs->addAction(QStringLiteral("&Remove run"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this,
                    [this] { session_->removeRun(session_->activeIndex()); });
    runs->addSeparator();
    // Edits to every run at once, from the selected one: one undo step each.
    runs->addAction(QStringLiteral("Every run from this &start"), this,
                    [this] { shareWithEveryRun(RunShare::start); })
        ->setStatusTip(QStringLiteral("Give every run the selected run's start point"));
    runs->addAction(QStringLiteral("Every run at this &learning rate"), this,
                    [this] { shareWithEveryRun(RunShare::learning_rate); })
        ->setStatusTip(QStringLiteral("Give every run the selected run's learning rate"));
    // Esc leaves presentation mode first; otherwise it stops computing.
    runs->addAction(QStringLiteral("&Cancel computing"), QKeySequence(Qt::Key_Escape), this,
                    &MainWindow::onEscape);

    QMenu* demo_menu = menuBar()->addMenu(QStringLiteral("&Demos"));
    const auto all = demos();
    for (std::size_t k = 0; k < all.size(); ++k) {
        QAction* a =
            demo_menu->addAction(all[k].title, this, [this, k] { loadDemo(static_cast<int>(k)); });
        // Ctrl+1 ... Ctrl+9: a key each (Ctrl+0 resets the view); later demos from the menu.
        if (k < 9) a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(k + 1)));
        a->setToolTip(all[k].note);
        a->setStatusTip(all[k].note);
    }

    QMenu* help = menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(
        QStringLiteral("&Expression reference"), QKeySequence::HelpContents, this, [this] {
            showHelpPage(QStringLiteral("Expression reference"), expression_reference_html());
        });
    help->addAction(QStringLiteral("&Keyboard shortcuts"), this, [this] {
        QList<QAction*> actions;
        for (QAction* menu : menuBar()->actions()) {
            if (menu->menu() != nullptr) actions += menu->menu()->actions();
        }
        showHelpPage(QStringLiteral("Keyboard shortcuts"), shortcuts_html(actions));
    });
    help->addSeparator();
    help->addAction(QStringLiteral("&About Gradient Descent Lab"), this, [this] {
        QMessageBox::about(
            this, QStringLiteral("About Gradient Descent Lab"),
            QStringLiteral("<h3>Gradient Descent Lab %1</h3><p>Watch gradient descent "
                           "x<sub>k+1</sub> = x<sub>k</sub> − lr·∇f(x<sub>k</sub>) walk "
                           "over the contours of f(x, y).</p><p>Click the plot to set the "
                           "start, drag the marker, wheel to zoom, drag to pan; Space "
                           "plays, ← and → step.</p>")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(QStringLiteral("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::connectParts() {
    // The one clock first, so that the views it drives see the step clamped to the new runs;
    // then the views, each observing the session and the clock on its own.
    run_clock_over(*animation_, *session_);
    connect_to_session(*plot_, *session_, *animation_);
    connect_to_session(*convergence_, *session_, *animation_);
    connect(session_.get(), &Session::objectiveChanged, this, &MainWindow::onObjectiveChanged);
    connect(session_.get(), &Session::runsChanged, this, &MainWindow::onRunsChanged);
    connect(session_.get(), &Session::tracesArrived, this, [this] { onStep(animation_->step()); });
    connect(session_.get(), &Session::computingChanged, this, &MainWindow::onComputingChanged);
    connect(animation_, &Animation::stepChanged, this, &MainWindow::onStep);
    connect(animation_, &Animation::playingChanged, this, [this](bool playing) {
        const QStyle::StandardPixmap icon = playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay;
        for (auto& [action, pixmap] : toolbar_icons_) {
            if (action == play_action_) pixmap = icon;
        }
        play_action_->setIcon(toolbar_icon(icon));
        play_action_->setText(playing ? QStringLiteral("Pause") : QStringLiteral("Play"));
    });
    connect(editor_, &ObjectiveEditor::objectiveTyped, this,
            [this](const gd::Objective& f, const QString& text, const gd::Preset* preset) {
                session_->setObjective(f, text, preset);
            });
    connect(editor_, &ObjectiveEditor::presetChosen, this, &MainWindow::applyPreset);
    connect(parameters_, &ParameterPanel::specEdited, this,
            [this](const RunSpec& spec) { session_->setActiveSpec(spec); });
    connect(plot_, &DescentPlot::startPicked, this, [this](const Eigen::Vector2d& p) {
        RunSpec spec = session_->activeRun().spec;
        spec.settings.start = round_to_view(p, plot_->view());
        parameters_->setSpec(spec);
        session_->setActiveSpec(spec);
    });
    connect(plot_, &DescentPlot::hovered, this, &MainWindow::onHover);
    connect(timeline_, &QSlider::valueChanged, this, [this](int k) {
        animation_->pause();
        animation_->setStep(k);
    });
    connect(convergence_, &ConvergencePlot::stepPicked, this, [this](int k) {
        animation_->pause();
        animation_->setStep(k);
    });
    connect(plot_, &DescentPlot::left, this, [this] {
        hover_label_->clear();
        // Not over a message the status bar shows for a while ("Opened …"): it hides the
        // step's line itself and shows it again when the message goes.
        if (statusBar()->currentMessage().isEmpty()) step_label_->show();
    });
    field_debounce_->setSingleShot(true);
    field_debounce_->setInterval(kFieldDelayMs);
    connect(plot_, &DescentPlot::viewChanged, this, [this] {
        field_pending_ = true;
        field_debounce_->start();
    });
    connect(field_debounce_, &QTimer::timeout, this, &MainWindow::requestField);
    connect(fields_, &FieldComputer::ready, this,
            [this](const std::shared_ptr<const Field>& field) {
                plot_->setField(*field);
                field_pending_ = field_debounce_->isActive();
            });
    progress_delay_->setSingleShot(true);
    progress_delay_->setInterval(kProgressDelayMs);
    connect(progress_delay_, &QTimer::timeout, this, [this] {
        if (session_->computing()) progress_timer_->start();
    });
    progress_timer_->setInterval(100);
    connect(progress_timer_, &QTimer::timeout, this, [this] {
        showProgress(true);
        progress_->setValue(static_cast<int>(session_->progress() * 1000));
    });
    connect(cancel_, &QPushButton::clicked, this, [this] { session_->cancel(); });
}

void MainWindow::applyPreset(const gd::Preset& preset) {
    history_->recordAs(QStringLiteral("open preset “%1”").arg(to_qstring(preset.title)),
                       [&] { showScene(scene_of(preset)); });
    animation_->toStart();
    animation_->play();
}

void MainWindow::showScene(const Scene& scene) {
    scene_title_ = scene.title;
    scene_note_ = scene.note;
    titled_expression_ = to_qstring(scene.expression);
    session_->setScene(scene);
    setHomeView(scene.view);
    unknown_fields_ = scene.unknown_fields;
    if (scene.theme) {
        if (const auto theme = theme_from_name(QString::fromStdString(*scene.theme)))
            setTheme(*theme);
    }
    convergence_tabs_->setCurrentIndex(scene.coordinates_plot ? 1 : 0);
    setContourLines(scene.contours);
    // A scene's own speed; one without keeps the viewer's, and saves none.
    if (scene.speed) {
        speed_slider_->setLogValue(*scene.speed);
        showSpeed(*scene.speed);
    }
    scene_speed_ = scene.speed;
    // The step exists once the runs are computed; until then the clock ends at 0.
    pending_step_ = scene.step;
    if (pending_step_ && !session_->computing()) {
        animation_->setStep(*pending_step_);
        pending_step_.reset();
    }
    showNote();
    updateDocumentState();
}

Scene MainWindow::currentScene() const {
    Scene scene = session_->scene();
    // The framing asked for, not its widening to this window's shape: a resize or
    // presentation mode is not a change, and a projector of another shape widens it anew.
    scene.view = plot_->requestedView();
    scene.step = animation_->step();
    if (titleApplies()) {
        scene.title = scene_title_;
        scene.note = scene_note_;
    }
    scene.theme = theme_name(theme_).toStdString();
    scene.coordinates_plot = convergence_tabs_->currentIndex() == 1;
    scene.speed = scene_speed_;
    scene.contours = contour_lines_;
    scene.unknown_fields = unknown_fields_;
    return scene;
}

void MainWindow::loadDemo(int index) {
    const auto all = demos();
    if (index < 0 || index >= static_cast<int>(all.size())) return;
    // A demo replaces the scene like opening a file: unsaved changes to one are asked about.
    if (!maybeSave()) return;
    const Demo& demo = all[static_cast<std::size_t>(index)];
    leaveLectureScene();
    // One step, with the title, note and panel the demo opens on (redo shows them again).
    history_->recordAs(QStringLiteral("open demo “%1”").arg(demo.title),
                       [&] { showScene(demo.scene); });
    animation_->toStart();
    animation_->play();
    document_.markUntitled(currentScene());
    updateDocumentState();
}

void MainWindow::onObjectiveChanged() {
    const gd::Objective& f = session_->objective();
    editor_->showObjective(session_->expressionText(), session_->preset(), f);
    parameters_->setExactGradientAvailable(f.has_exact_gradient());
    showNote();
    field_pending_ = true;
    requestField();
}

void MainWindow::setTitleAndNote(const QString& title, const QString& note) {
    const std::string new_title = title.trimmed().toStdString();
    const std::string new_note = note.trimmed().toStdString();
    if (titleApplies() && new_title == scene_title_ && new_note == scene_note_) return;
    history_->recordWindowChange(QStringLiteral("edit title and note"), [&] {
        scene_title_ = new_title;
        scene_note_ = new_note;
        titled_expression_ = session_->expressionText();
        showNote();
    });
    updateDocumentState();
}

void MainWindow::editTitleAndNote() {
    const bool applies = titleApplies();
    TitleNoteDialog dialog(applies ? QString::fromStdString(scene_title_) : QString(),
                           applies ? QString::fromStdString(scene_note_) : QString(), this);
    if (dialog.exec() == QDialog::Accepted) setTitleAndNote(dialog.title(), dialog.note());
}

bool MainWindow::titleApplies() const {
    return session_->expressionText() == titled_expression_;
}

void MainWindow::showNote() {
    if (titleApplies() && (!scene_title_.empty() || !scene_note_.empty())) {
        QString title = QString::fromStdString(scene_title_).toHtmlEscaped();
        // "Momentum." as a heading, unless it ends its own sentence ("Why?").
        if (!title.isEmpty() && !QStringLiteral(".?!").contains(title.back())) title += '.';
        const QString note = QString::fromStdString(scene_note_);
        QStringList parts;
        if (!title.isEmpty()) parts << QStringLiteral("<b>%1</b>").arg(title);
        if (!note.isEmpty()) parts << elide_end(note, kNoteCharacters).toHtmlEscaped();
        note_label_->setText(parts.join(' '));
        note_label_->setToolTip(note.size() > kNoteCharacters
                                    ? QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped())
                                    : kNoteTip);
        return;
    }
    const gd::Objective& f = session_->objective();
    const QString pretty = QString::fromStdString(f.expression().to_pretty_string());
    if (session_->preset() != nullptr) {
        note_label_->setToolTip(kNoteTip);
        note_label_->setText(QStringLiteral("<b>%1.</b> %2")
                                 .arg(to_qstring(session_->preset()->title),
                                      to_qstring(session_->preset()->note).toHtmlEscaped()));
    } else {
        // A long formula is cut to a line or two (a 5,000-character one took 27 lines and
        // squashed the plot); the whole of it is in the tooltip, wrapped.
        note_label_->setText(QStringLiteral("<b>f(x, y) = %1</b>")
                                 .arg(elide_end(pretty, kNoteFormulaCharacters).toHtmlEscaped()));
        note_label_->setToolTip(QStringLiteral("<p>f(x, y) = %1</p>").arg(pretty.toHtmlEscaped()));
    }
}

void MainWindow::onRunsChanged() {
    parameters_->setSpec(session_->activeRun().spec);
    onStep(animation_->step());
}

void MainWindow::showTimeline(int k) {
    const QSignalBlocker block(timeline_);
    timeline_->setRange(0, animation_->lastStep());
    timeline_->setValue(k);
    const QLocale locale;
    timeline_label_->setText(
        QStringLiteral("%1 / %2").arg(locale.toString(k), locale.toString(animation_->lastStep())));
}

void MainWindow::onStep(int k) {
    showTimeline(k);
    updateStatus();
}

void MainWindow::updateStatus() {
    const Run& run = session_->activeRun();
    if (!run.trace || run.trace->points.empty()) {
        step_label_->setText(QStringLiteral("Computing…"));
        return;
    }
    const int last = static_cast<int>(run.trace->points.size()) - 1;
    const int k = std::min(animation_->step(), last);
    // Past the selected run's end (another run goes on): say which step is shown overall.
    const gd::TracePoint& p = run.trace->points[static_cast<std::size_t>(k)];
    // Short enough for a 1024-pixel window: the whole reason a run stopped is the tooltip's
    // (and the explanation's), its first words are here.
    QString text = QStringLiteral("k = %1 · x = %2 · y = %3 · f = %4 · |∇f| = %5")
                       .arg(k)
                       .arg(short_number(p.x.x(), 4), short_number(p.x.y(), 4), value_text(p.f, 4),
                            value_text(gd::norm(p.gradient), 4));
    QString tip;
    // While the run is computed again, the trace shown is the old one: its stop reason no
    // longer holds ("converged … tolerance 0" after the tolerance was set to 0).
    if (run.computing) {
        text += QStringLiteral("  —  computing the new run…");
    } else if (k == last) {
        tip = QString::fromStdString(gd::describe_stop(*run.trace, run.spec));
        text += QStringLiteral("  —  ") +
                QString::fromStdString(gd::stop_headline(*run.trace, run.spec));
    }
    // Past the selected run's end (another run goes on): which step is shown overall.
    if (animation_->step() > last)
        text += QStringLiteral(" (step %1 of the longest run)").arg(animation_->step());
    step_label_->setText(text);
    step_label_->setToolTip(tip);
}

ExportScene MainWindow::exportScene() const {
    std::vector<std::shared_ptr<const gd::Trace>> traces;
    for (const Run& run : session_->runs())
        traces.push_back(run.trace);
    ExportScene scene = export_scene_of(currentScene(), std::move(traces));
    scene.step = animation_->step();
    scene.arrows = plot_->arrowsVisible();
    scene.numbers = plot_->iterateNumbersVisible();
    scene.gradient_field = plot_->gradientField().shown();
    scene.equal_scaling = plot_->equalScaling();
    // What is on screen (the view shown, widened by equal scaling): an export of another
    // shape widens it, never cuts it.
    scene.view = plot_->view();
    if (plot_->isVisible()) scene.screen_size = plot_->size();
    return scene;
}

void MainWindow::onHover(double x, double y) {
    const double f = session_->objective().value({x, y});
    hover_label_->setText(QStringLiteral("x = %1  y = %2  f(x, y) = %3")
                              .arg(short_number(x, 5), short_number(y, 5), short_number(f, 6)));
    // While the mouse is on the plot the status line is its readout. Where the step's line
    // does not fit beside it (a 1024 × 768 screen) it steps aside rather than be cut: cut,
    // "(step 1 x = −1.98" read as step 1. The heading above the plot still gives the step.
    constexpr int kSpacing = 40;  // the status bar's margins and the gap between the two
    const int needed = step_label_->fontMetrics().horizontalAdvance(step_label_->text()) +
                       hover_label_->fontMetrics().horizontalAdvance(hover_label_->text()) +
                       kSpacing;
    step_label_->setVisible(needed <= statusBar()->width() &&
                            statusBar()->currentMessage().isEmpty());
}

void MainWindow::onComputingChanged(bool computing) {
    updateStatus();
    if (computing) {
        progress_delay_->start();
        return;
    }
    progress_delay_->stop();
    progress_timer_->stop();
    showProgress(false);
}

void MainWindow::showProgress(bool visible) {
    progress_action_->setVisible(visible);
    cancel_action_->setVisible(visible);
}

void MainWindow::requestField() {
    fields_->request(session_->objective(), plot_->view(), contour_lines_);
}

void MainWindow::setContourLines(const ContourLines& lines) {
    if (lines == contour_lines_) return;
    contour_lines_ = lines;
    for (QAction* a : contour_actions_) {
        const QVariantList choice = a->data().toList();
        a->setChecked(choice.front().toString() == QLatin1String("count")
                          ? choice.back().toInt() == lines.count
                          : choice.back().toInt() == spacing_code(lines.spacing));
    }
    field_pending_ = true;
    requestField();
    updateDocumentState();
}

void MainWindow::redrawFieldNow() {
    plot_->setField(*compute_field(session_->objective(), plot_->view(), contour_lines_));
    plot_->replot(QCustomPlot::rpImmediateRefresh);
}

bool MainWindow::waitUntilDrawn(int timeout_ms) {
    QElapsedTimer clock;
    clock.start();
    if (!session_->waitUntilComputed(timeout_ms)) return false;
    // A replot lays the plot out, which can change the view (equal scaling after a resize)
    // and so ask for a new field: wait until a replot asks for nothing more.
    for (int round = 0; round < 5; ++round) {
        QApplication::processEvents();
        plot_->replot(QCustomPlot::rpImmediateRefresh);
        if (!field_pending_) return true;
        while (field_pending_) {
            if (clock.elapsed() > timeout_ms) return false;
            QApplication::processEvents(QEventLoop::AllEvents, 10);
        }
    }
    return true;
}

void MainWindow::showHelpPage(const QString& title, const QString& html) {
    // One window per page, kept beside the main one while the user types.
    QDialog*& page = help_pages_[title];
    if (page == nullptr) {
        page = new QDialog(this);
        page->setWindowTitle(title);
        auto* browser = new QTextBrowser(page);
        browser->setHtml(html);
        browser->setOpenExternalLinks(false);
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(browser);
        page->resize(560, 620);
    }
    page->show();
    page->raise();
    page->activateWindow();
}

void MainWindow::shareWithEveryRun(RunShare what) {
    const RunSpec& from = session_->activeRun().spec;
    Scene scene = session_->scene();
    bool changed = false;
    for (RunSpec& run : scene.runs) {
        const RunSpec before = run;
        if (what == RunShare::start) {
            run.settings.start = from.settings.start;
        } else {
            gd::set_hyper_parameter(run.optimizer, "lr", gd::learning_rate(from.optimizer));
        }
        changed = changed || !(run == before);
    }
    if (!changed) return;
    const QString name = what == RunShare::start
                             ? QStringLiteral("give every run this start")
                             : QStringLiteral("give every run this learning rate");
    // The runs keep their colours, order and selection: only the one setting changes.
    history_->recordAs(name,
                       [&] { session_->setRuns(scene.runs, scene.active_run, scene.colours); });
}

void MainWindow::fitToRuns() {
    std::vector<std::shared_ptr<const gd::Trace>> traces;
    std::vector<Eigen::Vector2d> starts;
    for (const Run& run : session_->runs()) {
        traces.push_back(run.trace);
        starts.push_back(run.spec.settings.start);
    }
    const gd::Rect fitted =
        fit_to_runs(traces, starts, known_minima(session_->preset()), home_view_);
    if (DescentPlot::canShow(fitted)) plot_->setView(fitted);
}

void MainWindow::setSceneSpeed(double steps_per_second) {
    speed_slider_->setLogValue(steps_per_second);
    showSpeed(steps_per_second);
    // Set here, the speed is the scene's: it is saved with it.
    scene_speed_ = steps_per_second;
    updateDocumentState();
}

void MainWindow::showSpeed(double steps_per_second) {
    animation_->setSpeed(steps_per_second);
    const double steps = std::round(steps_per_second);
    speed_label_->setText(steps == 1.0 ? QStringLiteral(" 1 step/s")
                                       : QStringLiteral(" %1 steps/s").arg(steps));
}

QString MainWindow::speedText() const {
    return speed_label_->text().trimmed();
}

QString MainWindow::stepStatus() const {
    return step_label_->text();
}
QString MainWindow::hoverStatus() const {
    return hover_label_->text();
}
QString MainWindow::note() const {
    return note_label_->text();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave() || !maybeSaveLecture()) {
        event->ignore();  // Cancel, or a save that failed: nothing is lost
        return;
    }
    editor_->rememberCurrent();
    // Said, not swallowed: the next start would show another scene without a word.
    if (const QString error = saveSettings(); !error.isEmpty())
        reportError(QStringLiteral("Settings not saved"), error);
    session_->cancel();
    event->accept();
}

}  // namespace gdlab
