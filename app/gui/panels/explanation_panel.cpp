#include "gui/panels/explanation_panel.hpp"

#include <QMimeData>
#include <QTextDocumentFragment>

#include "gui/model/animation.hpp"
#include "gui/model/preset_lookup.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/step_explanation.hpp"

namespace gdlab {

ExplanationPanel::ExplanationPanel(const Session& session, const Animation& animation,
                                   QWidget* parent)
    : QTextBrowser(parent), session_(session), animation_(animation), anatomy_(session) {
    setToolTip(QStringLiteral("The arithmetic of the current step"));
    // Lines break between words only, never inside a number ("−0.↵010017" in a narrow panel,
    // where the default breaks anywhere a long word does not fit).
    setWordWrapMode(QTextOption::WordWrap);
    connect(&session, &Session::runsChanged, this, &ExplanationPanel::refresh);
    connect(&session, &Session::tracesArrived, this, &ExplanationPanel::refresh);
    connect(&session, &Session::computingChanged, this, &ExplanationPanel::refresh);
    connect(&animation, &Animation::stepChanged, this, &ExplanationPanel::refresh);
    refresh();
}

QMimeData* ExplanationPanel::createMimeDataFromSelection() const {
    // The numbers as they are, without the joiners that keep lines from breaking inside them.
    auto* copied = new QMimeData;
    copied->setText(without_word_joiners(textCursor().selection().toPlainText()));
    return copied;
}

void ExplanationPanel::refresh() {
    const Run& run = session_.activeRun();
    if (!run.trace || run.computing) {
        // The trace there is the one before the change: its arithmetic no longer applies.
        setHtml(QStringLiteral("<i>Computing the run with the new settings…</i>"));
        return;
    }
    const std::optional<gd::StepAnatomy> anatomy = anatomy_.at(animation_.step());
    setHtml(explain_step_with(session_.objective(), *run.trace, run.spec, animation_.step(),
                              anatomy ? &*anatomy : nullptr, sole_minimum(session_.preset())));
}

}  // namespace gdlab
