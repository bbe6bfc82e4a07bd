#include "gui/panels/runs_panel.hpp"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/plot/palette.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

namespace {

QIcon swatch(const QColor& colour) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(60, 60, 60), 1));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

QString step_count(int steps) {
    return steps == 1 ? QStringLiteral("1 step") : QStringLiteral("%1 steps").arg(steps);
}

QString outcome(const Run& run) {
    if (run.computing) return QStringLiteral("computing…");
    if (!run.trace) return QString();
    switch (run.trace->stop) {
        case gd::StopReason::converged: {
            QString text = QStringLiteral("converged, %1").arg(step_count(run.trace->iterations));
            // Newton lands on maxima and saddles too: said as the heading says it.
            if (const std::string_view where = gd::where_reached(run.trace->stationary.kind);
                !where.empty())
                text += QStringLiteral(", ") + to_qstring(where);
            return text;
        }
        case gd::StopReason::plateau:
            return QStringLiteral("on a plateau at step %1, not converged")
                .arg(run.trace->iterations);
        case gd::StopReason::unresolved_gradient:
            return QStringLiteral("h too large at step %1, not converged")
                .arg(run.trace->iterations);
        case gd::StopReason::undefined:
            return QStringLiteral("f undefined at step %1").arg(run.trace->iterations);
        case gd::StopReason::max_iterations:
            return run.trace->points.back().f > run.trace->points.front().f
                       ? QStringLiteral("%1, at the limit, f rising")
                             .arg(step_count(run.trace->iterations))
                       : QStringLiteral("%1, at the limit").arg(step_count(run.trace->iterations));
        case gd::StopReason::diverged:
            return QStringLiteral("diverged at step %1").arg(run.trace->iterations);
        case gd::StopReason::cancelled:
            return QStringLiteral("cancelled at step %1").arg(run.trace->iterations);
        case gd::StopReason::singular_hessian:
            return QStringLiteral("Hessian singular at step %1").arg(run.trace->iterations);
        case gd::StopReason::stalled:
            return QStringLiteral("stalled at step %1: lr too small").arg(run.trace->iterations);
    }
    return QString();
}

// As tall as its rows once they are wrapped. QListView's own size hint for AdjustToContents
// is taken before the rows are laid out at the list's width, so a list of four two-line runs
// showed two and a half of them above empty space.
class RunsList : public QListWidget {
  public:
    using QListWidget::QListWidget;

  protected:
    [[nodiscard]] QSize viewportSizeHint() const override {
        int height = 0;
        for (int row = 0; row < count(); ++row)
            height += visualItemRect(item(row)).height() + 2 * spacing();
        return {QListWidget::viewportSizeHint().width(), std::max(height, kMinimumHeight)};
    }

    void resizeEvent(QResizeEvent* event) override {
        QListWidget::resizeEvent(event);
        updateGeometry();  // a new width wraps the rows anew
    }

  private:
    static constexpr int kMinimumHeight = 40;
};

}  // namespace

RunsPanel::RunsPanel(Session& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      list_(new RunsList(this)),
      add_(new QPushButton(QStringLiteral("Add run"), this)),
      remove_(new QPushButton(QStringLiteral("Remove"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    list_->setToolTip(
        QStringLiteral("The runs on the plot; select one to edit its settings above"));
    list_->setMinimumHeight(60);
    // As tall as its runs (the left column gives each part its preferred height): a list of
    // one run made room for ten, and pushed the buttons below the window's edge when the
    // Descent panel showed Adam's fields.
    list_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // Long entries wrap onto a second line ("3000 ste…" was all a narrow window showed): the
    // list never needs a horizontal scroll bar, and nothing of a run's outcome is cut.
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setWordWrap(true);
    list_->setResizeMode(QListView::Adjust);
    list_->setUniformItemSizes(false);
    add_->setToolTip(QStringLiteral(
        "Keep every run and start a new one, a copy of the selected run (Ctrl+N); up to 8"));
    remove_->setToolTip(QStringLiteral("Remove the selected run (Ctrl+Del)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    layout->addWidget(list_);
    layout->addLayout(buttons);

    connect(add_, &QPushButton::clicked, this, [this] { session_.addRun(); });
    connect(remove_, &QPushButton::clicked, this,
            [this] { session_.removeRun(session_.activeIndex()); });
    connect(list_, &QListWidget::currentRowChanged, this,
            [this](int row) { session_.setActiveIndex(row); });
    connect(&session_, &Session::runsChanged, this, &RunsPanel::refresh);
    connect(&session_, &Session::traceReady, this, &RunsPanel::refresh);
    // A run started again says "computing…" at once: the list showed the old outcome for as
    // long as the new run took.
    connect(&session_, &Session::computingChanged, this, &RunsPanel::refresh);
    refresh();
}

void RunsPanel::refresh() {
    const QSignalBlocker block(list_);
    const auto& runs = session_.runs();
    const QStringList labels = legend_labels(session_.specs());
    // Items are updated in place: this runs inside the list's own selection signal, when a
    // click selects a run, and must not delete the item being selected.
    const int count = static_cast<int>(runs.size());
    while (list_->count() > count)
        delete list_->takeItem(list_->count() - 1);
    while (list_->count() < count)
        list_->addItem(new QListWidgetItem(QString()));
    for (int k = 0; k < count; ++k) {
        const Run& run = runs[static_cast<std::size_t>(k)];
        const QString text = QStringLiteral("%1  —  %2").arg(labels[k], outcome(run));
        list_->item(k)->setIcon(swatch(run_colour(run.colour)));
        list_->item(k)->setText(text);
        list_->item(k)->setToolTip(text);
    }
    list_->setCurrentRow(session_.activeIndex());
    list_->updateGeometry();  // the rows' wrapped heights changed with their text
    add_->setEnabled(static_cast<int>(runs.size()) < kMaxRuns);
    remove_->setEnabled(runs.size() > 1);
}

}  // namespace gdlab
