#include "gui/panels/explanation_panel.hpp"

#include "gui/model/animation.hpp"
#include "gui/model/preset_lookup.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/step_explanation.hpp"

namespace gdlab {

ExplanationPanel::ExplanationPanel(const Session& session, const Animation& animation,
                                   QWidget* parent)
    : QTextBrowser(parent), session_(session), animation_(animation), anatomy_(session) {
    setToolTip(QStringLiteral("The arithmetic of the current step"));
    connect(&session, &Session::runsChanged, this, &ExplanationPanel::refresh);
    connect(&session, &Session::tracesArrived, this, &ExplanationPanel::refresh);
    connect(&session, &Session::computingChanged, this, &ExplanationPanel::refresh);
    connect(&animation, &Animation::stepChanged, this, &ExplanationPanel::refresh);
    refresh();
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
