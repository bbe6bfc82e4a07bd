// The main plot: the objective as a viridis heatmap with a colour scale and contour lines, the
// known minima, the start marker, and one RunPath per run. Wheel zooms and drag pans (the
// owner recomputes the field for the new view); a click sets the start and the start marker
// can be dragged. Per animation frame only the runs' layer is repainted.
#pragma once

#include <qcustomplot.h>

#include <Eigen/Core>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "gd/grid.hpp"
#include "gd/step_rule.hpp"
#include "gui/plot/field.hpp"
#include "gui/plot/run_path.hpp"
#include "gui/plot/theme.hpp"

namespace gdlab {

class ContourPlottable;
class StepAnatomyOverlay;
class StepInset;
class GradientFieldOverlay;

// The selected run's update from its point k taken apart (nothing where it cannot be).
using StepAnatomySource = std::function<std::optional<gd::StepAnatomy>(int k)>;

class DescentPlot : public QCustomPlot {
    Q_OBJECT
  public:
    explicit DescentPlot(QWidget* parent = nullptr);
    ~DescentPlot() override;

    // Colours, font sizes and line widths (theme, presentation mode).
    void setStyle(const PlotStyle& style);
    [[nodiscard]] const PlotStyle& style() const { return style_; }
    void setField(const Field& field);
    void setMinima(const std::vector<Eigen::Vector2d>& minima);
    void setStartMarker(const Eigen::Vector2d& start);

    // One path per run, in run order; paths are reused when the count is unchanged.
    void setRunCount(int count);
    [[nodiscard]] RunPath& path(int index) { return *paths_[static_cast<std::size_t>(index)]; }
    [[nodiscard]] int runCount() const { return static_cast<int>(paths_.size()); }
    void setActiveRun(int index);
    // The step arrows, and with them the selected run's update taken apart (its velocity,
    // per-coordinate steps, Newton's model: StepAnatomyOverlay), asked of `source` for each
    // step shown.
    void setArrowsVisible(bool visible);
    [[nodiscard]] bool arrowsVisible() const { return arrows_visible_; }
    void setStepAnatomySource(StepAnatomySource source);
    [[nodiscard]] const StepAnatomyOverlay& anatomyOverlay() const { return *anatomy_; }
    // The selected run's current step magnified in a corner, while its arrow on the plot is
    // short (StepInset).
    [[nodiscard]] const StepInset& stepInset() const { return *inset_; }
    // View > Gradient field: arrows of −∇f over the heatmap (GradientFieldOverlay), from the
    // field set.
    void setGradientFieldShown(bool shown);
    [[nodiscard]] const GradientFieldOverlay& gradientField() const { return *gradient_; }
    // Labels x₀, x₁, … beside the selected run's first iterates (up to kNumberedIterates, as
    // far as the animation has come): iterates at one spot share one ("x₀,₂,₄"), and no label
    // covers another or a marker (label_placement). The numbering stops at the first iterate
    // with no room or out of view, so the numbers shown run from x₀ without a gap.
    void setIterateNumbersVisible(bool visible);
    [[nodiscard]] bool iterateNumbersVisible() const { return numbers_visible_; }
    // The labels shown now, in step order, and their boxes in pixels (tests).
    [[nodiscard]] QStringList shownIterateNumbers() const;
    [[nodiscard]] std::vector<QRectF> shownIterateBoxes() const;
    // The runs' paths from the one drawn lowest to the one on top, as their lines lie on the
    // trail layer (tests).
    [[nodiscard]] std::vector<int> drawingOrder() const;
    static constexpr int kNumberedIterates = 10;
    // Shows step k of every run and repaints only the runs' layer (and the trail layer when
    // tails were handed over). `resting`: the animation stopped here, so every path is settled
    // onto the trail layer, drawn in run order.
    void showStep(int k, bool resting = true);

    // One line above the plot (the step, f, why the run stopped; the reason on a second line
    // where one is too wide); repainted with the runs' layer.
    void setCaption(const QString& text);
    [[nodiscard]] QString caption() const;
    // Between the step and why the run stopped, in the caption (where it breaks onto two lines).
    static inline const QString kCaptionSeparator = QStringLiteral("   —   ");
    // A line below the plot naming the objective and the settings (exports); empty: none.
    void setFooter(const QString& text);
    [[nodiscard]] QString footer() const;

    // The legend: in the corner of the plot that covers least of the runs' paths and never a
    // start or a current point (placeLegend, when the runs or the view change), until the user
    // drags it somewhere (then it stays there, until resetLegend); or hidden.
    void setLegendShown(bool shown);
    [[nodiscard]] bool legendShown() const { return legend_shown_; }
    void resetLegend();
    [[nodiscard]] bool legendMovedByUser() const { return legend_moved_; }
    void placeLegend();
    // The scene's title and note above everything (exports), wrapped to the plot's width as it
    // is now; the note at most kHeadingNoteLines lines, ending in "…" where it is cut.
    void setHeading(const QString& title, const QString& note);
    [[nodiscard]] QString heading() const;
    static constexpr int kHeadingNoteLines = 5;
    // The smallest text the plot draws, in pixels at a font scale of 1 (the step's parts'
    // labels): exports scale every text so that this one is readable.
    [[nodiscard]] static double smallestTextPixels();

    [[nodiscard]] gd::Rect view() const;
    // The view asked for (set, or reached by zoom or pan), which equal scaling widens to the
    // plot's shape: what a scene keeps, so that resizing the window changes nothing in it.
    [[nodiscard]] const gd::Rect& requestedView() const { return requested_view_; }
    void setView(const gd::Rect& view);
    void setEqualScaling(bool on);
    [[nodiscard]] bool equalScaling() const { return equal_scaling_; }

    // Why the plot cannot show a view (gd::check_rect's reasons, or bounds past the ±1e250
    // that QCustomPlot's ranges hold), or nothing. Zoom and pan stop at the last view the plot
    // can show.
    [[nodiscard]] static std::optional<gd::RectProblem> viewProblem(const gd::Rect& view);
    [[nodiscard]] static bool canShow(const gd::Rect& view) { return !viewProblem(view); }
    // What the plot says over the field when it has no lines to draw ("f is constant here"),
    // or an empty string.
    [[nodiscard]] QString fieldNote() const;
    // False while f has no finite value in the view: a colour bar would show a made-up range.
    [[nodiscard]] bool colourScaleShown() const;

    [[nodiscard]] const ContourPlottable& contours() const { return *contours_; }
    [[nodiscard]] QCPColorMap& heatmap() { return *heatmap_; }
    // The widget position of a point in plot coordinates (tests click there).
    [[nodiscard]] QPoint pixelOf(const Eigen::Vector2d& p) const;

  signals:
    // The visible rectangle changed (zoom, pan, resize, equal scaling).
    void viewChanged(const gd::Rect& view);
    void hovered(double x, double y);
    void left();
    // A click (not a drag) on the plot, or the start marker dragged there.
    void startPicked(const Eigen::Vector2d& start);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    void onPress(QMouseEvent* event);
    void onMove(QMouseEvent* event);
    void onRelease(QMouseEvent* event);
    void onRangeChanged();
    void viewUpdated();
    void updateIterateNumbers();
    void updateAnatomy();
    // Repaints what changes every frame: the runs' layer and the step inset's.
    void replotFrame();
    void fitCaption();
    [[nodiscard]] int textSideMargin() const;
    // Puts the step inset in the free corner that covers least of the paths, for the plot as
    // laid out now; true when that moved it.
    bool placeInset();
    // The runs from the one drawn on top: the selected run, then the others in run order.
    [[nodiscard]] std::vector<int> stackingOrder() const;
    void stackPaths();
    // Casings where a path runs under another (path_overlap), for the paths as drawn now.
    void updateCasings();
    void ringHeads();
    // With equal scaling: the smallest view with one unit the same length on both axes that
    // contains requested_view_, centred on it.
    void fitEqualScaling();
    [[nodiscard]] Eigen::Vector2d coordsOf(const QPointF& pixel) const;

    QCPColorMap* heatmap_;
    QCPColorScale* scale_;
    ContourPlottable* contours_;
    QCPGraph* minima_;
    QCPGraph* start_;
    QCPTextElement* caption_;
    QString caption_text_;  // as set; shown on two lines where one is too wide
    QCPTextElement* footer_ = nullptr;
    QCPTextElement* heading_title_ = nullptr;
    QCPTextElement* heading_note_ = nullptr;
    QCPItemText* field_note_;
    PlotStyle style_;
    QCPLayer* trail_layer_;  // settled paths, repainted now and then
    QCPLayer* runs_layer_;   // path tails, current points, arrows: repainted every frame
    std::vector<std::unique_ptr<RunPath>> paths_;
    std::vector<QCPItemText*> numbers_;  // kNumberedIterates labels, reused
    std::unique_ptr<StepAnatomyOverlay> anatomy_;
    std::unique_ptr<StepInset> inset_;
    std::unique_ptr<GradientFieldOverlay> gradient_;
    StepAnatomySource anatomy_source_;
    int active_ = 0;
    bool numbers_visible_ = true;
    Eigen::Vector2d start_point_{0.0, 0.0};
    QPointF press_pos_;
    bool pressed_ = false;
    bool dragging_start_ = false;
    bool dragging_legend_ = false;
    QPointF legend_grab_;  // where in the legend the drag took it
    bool legend_moved_ = false;
    bool legend_shown_ = true;
    QRect legend_placed_in_;  // the room placeLegend chose in: placed again when it changes
    bool equal_scaling_ = false;
    bool arrows_visible_ = false;
    bool adjusting_ = false;
    gd::Rect requested_view_;  // the last view set or reached by zoom or pan
    QSize fitted_size_;        // the axis rect size the view was last fitted to
    bool refit_after_layout_ = true;
    int step_ = 0;
    bool resting_ = true;  // the animation is not playing: the step inset may show
};

}  // namespace gdlab
