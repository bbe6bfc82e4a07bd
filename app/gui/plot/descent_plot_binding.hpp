// The descent plot as a view of the session: a path per run (its trace, colour and legend
// label), the selected run on top with its start marker, the preset's minima and the line
// above the plot, all at the animation's step. The plot itself knows nothing of sessions: the
// same widget draws exports.
#pragma once

namespace gdlab {

class Animation;
class DescentPlot;
class Session;

void connect_to_session(DescentPlot& plot, const Session& session, const Animation& animation);

}  // namespace gdlab
