#include "gui/plot/step_caption.hpp"

#include <algorithm>

#include "gui/plot/descent_plot.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

QString step_caption(const gd::Trace& trace, const gd::RunSpec& spec, int k) {
    if (trace.points.empty()) return {};
    const int last = static_cast<int>(trace.points.size()) - 1;
    k = std::clamp(k, 0, last);
    const gd::TracePoint& p = trace.points[static_cast<std::size_t>(k)];
    QString caption = QStringLiteral("step %1   f = %2").arg(k).arg(value_text(p.f, 5));
    if (k == last) {
        caption +=
            DescentPlot::kCaptionSeparator + QString::fromStdString(gd::stop_headline(trace, spec));
    }
    return caption;
}

}  // namespace gdlab
