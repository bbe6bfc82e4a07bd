#include "gui/panels/step_explanation.hpp"

#include <algorithm>
#include <cmath>

#include "gui/text/display_text.hpp"

namespace gdlab {

namespace {

constexpr int kDigits = 5;

QString num(double v) {
    return short_number(v, kDigits);
}
QString pt(const Eigen::Vector2d& p) {
    return point_text(p, kDigits);
}

// "∂f/∂x ≈ (f(x + h, y) − f(x − h, y)) / 2h = (a − b) / 0.0002 = g"
QString numeric_partial(const gd::Objective& f, const Eigen::Vector2d& p, double h, int axis) {
    const gd::CentralDifference d = f.central_difference(p, h, axis);
    const QString name = axis == 0 ? QStringLiteral("x") : QStringLiteral("y");
    const QString args_plus = axis == 0 ? QStringLiteral("x + h, y") : QStringLiteral("x, y + h");
    const QString args_minus = axis == 0 ? QStringLiteral("x − h, y") : QStringLiteral("x, y − h");
    return QStringLiteral("∂f/∂%1 ≈ (f(%2) − f(%3)) / 2h = (%4 − %5) / %6 = <b>%7</b>")
        .arg(name, args_plus, args_minus, short_number(d.f_plus, 10), short_number(d.f_minus, 10),
             short_number(2 * h, 6), num(d.derivative));
}

// How the step from a to b changed the distance to the minimum m: the signed factor
// (b − m)·(a − m) / |a − m|², which is the factor itself when b − m is parallel to a − m.
QString distance_factor(const Eigen::Vector2d& a, const Eigen::Vector2d& b,
                        const Eigen::Vector2d& m) {
    const Eigen::Vector2d before = a - m;
    const Eigen::Vector2d after = b - m;
    const double d0 = gd::norm(before);
    const double d1 = gd::norm(after);
    if (!(d0 > 0.0) || !std::isfinite(d0) || !std::isfinite(d1)) return {};
    const double factor = after.dot(before) / (d0 * d0);
    const bool across = factor < 0.0;
    // A distance cannot shrink by a negative factor: a step across the minimum multiplies
    // the offset from it (on the bowl by 1 − 2·lr), and says so.
    return QStringLiteral("<p>Distance to the minimum %1: %2 → %3%4.</p>")
        .arg(pt(m), num(d0), num(d1),
             across ? QStringLiteral(": the step jumped across it, multiplying the offset from "
                                     "the minimum by %1")
                          .arg(short_number(factor, 4))
                    : QStringLiteral(", a factor of %1")
                          .arg(short_number(std::abs(factor) < 1e-12 ? 0.0 : factor, 4)));
}

}  // namespace

QString explain_step(const gd::Objective& f, const gd::Trace& trace, const RunSpec& spec, int k,
                     const std::optional<Eigen::Vector2d>& minimum) {
    if (trace.points.empty()) return QStringLiteral("<i>Computing…</i>");
    const int last = static_cast<int>(trace.points.size()) - 1;
    k = std::clamp(k, 0, last);
    const gd::TracePoint& p = trace.points[static_cast<std::size_t>(k)];
    // The update the run applied (or, at its end, would have applied), as it recorded it.
    const Eigen::Vector2d& step = p.step;
    const double lr = gd::learning_rate(spec.optimizer);

    QString html = QStringLiteral(
                       "<p><b>Step %1 of %2.</b> At x<sub>%1</sub> = %3, f = %4 and the "
                       "gradient is ∇f = %5.</p>")
                       .arg(k)
                       .arg(trace.iterations)
                       .arg(pt(p.x), num(p.f), pt(p.gradient));
    if (spec.settings.gradient.mode == gd::GradientMode::numeric) {
        const double h = spec.settings.gradient.h;
        html += QStringLiteral("<p>Numeric gradient with h = %1:<br>%2<br>%3</p>")
                    .arg(short_number(h, 6), numeric_partial(f, p.x, h, 0),
                         numeric_partial(f, p.x, h, 1));
    }
    if (k < last) {
        const gd::TracePoint& q = trace.points[static_cast<std::size_t>(k) + 1];
        const QString change = q.f < p.f   ? QStringLiteral("fell")
                               : q.f > p.f ? QStringLiteral("rose")
                                           : QStringLiteral("stayed");
        html += QStringLiteral(
                    "<p>The step is −lr·∇f = −%1·%2 = %3.</p>"
                    "<p>The new point is x<sub>%4</sub> = %5; f %6 from %7 to %8.</p>")
                    .arg(num(lr), pt(p.gradient), pt(step))
                    .arg(k + 1)
                    .arg(pt(q.x), change, num(p.f), num(q.f));
        if (minimum) html += distance_factor(p.x, q.x, *minimum);
        return html;
    }
    const QString why = QString::fromStdString(gd::describe_stop(trace, spec.settings));
    if (trace.stop == gd::StopReason::converged) {
        html += QStringLiteral(
                    "<p>The next step would be −lr·∇f = %1, no component larger than "
                    "the tolerance, so it is not taken.</p>")
                    .arg(pt(step));
    }
    html += QStringLiteral("<p><b>The run ends here:</b> %1.</p>").arg(why.toHtmlEscaped());
    return html;
}

}  // namespace gdlab
