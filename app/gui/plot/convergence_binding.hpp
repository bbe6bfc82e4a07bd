// The convergence plot as a view of the session: a series per run (f, |∇f| and the
// coordinates), the selected one emphasised, the preset's minimum, the animation's step.
#pragma once

namespace gdlab {

class Animation;
class ConvergencePlot;
class Session;

void connect_to_session(ConvergencePlot& plot, const Session& session, const Animation& animation);

}  // namespace gdlab
