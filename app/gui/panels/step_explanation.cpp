#include "gui/panels/step_explanation.hpp"

#include <QFontDatabase>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

#include "gd/optimizer.hpp"
#include "gd/run_replay.hpp"
#include "gd/schedule.hpp"
#include "gui/model/run_anatomy.hpp"
#include "gui/text/display_text.hpp"

namespace gdlab {

namespace {

constexpr int kDigits = 5;

// Numbers in HTML that a line never breaks inside: a narrow panel broke "−0.010017" after
// "−0." (Qt's line breaking allows it there). A word joiner (U+2060, no width) after each sign
// and point forbids it; ExplanationPanel leaves them out of what is copied. `escaped` is HTML.
QString unbreakable(const QString& escaped) {
    static const QRegularExpression number(QStringLiteral("[−-]?\\d[\\d.]*(?:e[−+-]?\\d+)?"));
    QString out;
    qsizetype from = 0;
    for (auto it = number.globalMatch(escaped); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += escaped.mid(from, m.capturedStart() - from);
        QString joined;
        for (const QChar c : m.captured()) {
            joined += c;
            if (c == u'.' || c == u'−' || c == u'-' || c == u'e') joined += kWordJoiner;
        }
        out += joined;
        from = m.capturedEnd();
    }
    return out + escaped.mid(from);
}

// A value f or its gradient does not have (outside the function's domain) reads "undefined"
// (value_text): a student does not know "nan".
QString num(double v) {
    return unbreakable(value_text(v, kDigits).toHtmlEscaped());
}
QString pt(const Eigen::Vector2d& p) {
    return unbreakable(point_text(p, kDigits).toHtmlEscaped());
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

// "Momentum" for "momentum": the optimizer's title, starting a sentence.
QString sentence_case(const QString& title) {
    return title.isEmpty() ? title : title.front().toUpper() + title.mid(1);
}

// lr_k when a schedule varies it: "lr₄ = 0.05 (step schedule)".
QString rate_of_update(const RunSpec& spec, int update) {
    const gd::Schedule& schedule = spec.settings.schedule;
    QString how = to_qstring(gd::schedule_name(schedule)) + QStringLiteral(" schedule");
    if (update <= gd::schedule_parameter(schedule, "warmup").value_or(0.0))
        how += QStringLiteral(", warming up");
    return QStringLiteral("<p>The learning rate of this update is lr<sub>%1</sub> = %2 (%3).</p>")
        .arg(update)
        .arg(num(gd::learning_rate_at(spec, update)), how.toHtmlEscaped());
}

// The optimizer's arithmetic for this update, a line per quantity, and how its step relates to
// the parts the plot draws beside the step arrow. The lines are set in the fixed-pitch font:
// Qt draws the combining hat of Adam's m̂ over the wrong letter, even on the previous line, in
// DejaVu Sans (the usual default on Linux), and right in DejaVu Sans Mono.
QString optimizer_arithmetic(const RunSpec& spec, const gd::StepAnatomy& a) {
    const QString fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    QString html =
        QStringLiteral("<p><b>%1</b> (with g = ∇f):<br><span style=\"font-family: '%2'\">")
            .arg(sentence_case(to_qstring(gd::optimizer_title(spec.optimizer))).toHtmlEscaped(),
                 fixed.toHtmlEscaped());
    for (std::size_t i = 0; i < a.arithmetic.size(); ++i) {
        if (i > 0) html += QStringLiteral("<br>");
        html += unbreakable(to_qstring(a.arithmetic[i]).toHtmlEscaped());
    }
    html += QStringLiteral("</span></p>");
    if (a.velocity_step) {
        html += QStringLiteral(
                    "<p>So the step is the velocity's share %1 plus the gradient's share "
                    "−lr·∇f = %2.</p>")
                    .arg(pt(*a.velocity_step), pt(a.gradient_step));
    } else if (a.step.allFinite() && a.step != a.gradient_step) {
        html += QStringLiteral("<p>Plain gradient descent would step −lr·∇f = %1.</p>")
                    .arg(pt(a.gradient_step));
    }
    if (a.hessian && !a.model_centre) {
        const Eigen::Matrix2d& h = *a.hessian;
        // The core's line says that H cannot be inverted; this says what that means.
        html += h.allFinite()
                    ? QStringLiteral(
                          "<p>With det H = 0 the quadratic model is flat along a direction and "
                          "has no centre to jump to: Newton's method has no step to take.</p>")
                    : QStringLiteral(
                          "<p>H is not finite here, so there is no quadratic model to jump to: "
                          "Newton's method has no step to take.</p>");
    }
    return html;
}

}  // namespace

QString explain_step(const gd::Objective& f, const gd::Trace& trace, const RunSpec& spec, int k,
                     const std::optional<Eigen::Vector2d>& minimum) {
    if (trace.points.empty()) return explain_step_with(f, trace, spec, k, nullptr, minimum);
    const int last = static_cast<int>(trace.points.size()) - 1;
    gd::RunReplay replay(f, spec, trace);
    const std::optional<gd::StepAnatomy> anatomy =
        replay.anatomy_at(static_cast<std::size_t>(std::clamp(k, 0, last)), window_number_text());
    return explain_step_with(f, trace, spec, k, anatomy ? &*anatomy : nullptr, minimum);
}

QString explain_step_with(const gd::Objective& f, const gd::Trace& trace, const RunSpec& spec,
                          int k, const gd::StepAnatomy* anatomy,
                          const std::optional<Eigen::Vector2d>& minimum) {
    if (trace.points.empty()) return QStringLiteral("<i>Computing…</i>");
    const int last = static_cast<int>(trace.points.size()) - 1;
    k = std::clamp(k, 0, last);
    const gd::TracePoint& p = trace.points[static_cast<std::size_t>(k)];
    // The update the run applied (or, at its end, would have applied), as it recorded it.
    const Eigen::Vector2d& step = p.step;

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
    // The update from here: taken, or weighed and refused at the end (too small to matter,
    // or no Newton step); a run stopped by its iteration limit or divergence has none.
    // A step under the tolerance was weighed, whatever the run then made of where it stood.
    const bool under_tolerance =
        trace.stop == gd::StopReason::converged || trace.stop == gd::StopReason::stalled ||
        trace.stop == gd::StopReason::plateau || trace.stop == gd::StopReason::unresolved_gradient;
    const bool weighed =
        k < last || under_tolerance || trace.stop == gd::StopReason::singular_hessian;
    if (weighed) {
        if (gd::varies(spec.settings.schedule)) html += rate_of_update(spec, k + 1);
        if (anatomy != nullptr) html += optimizer_arithmetic(spec, *anatomy);
    }
    if (k < last) {
        const gd::TracePoint& q = trace.points[static_cast<std::size_t>(k) + 1];
        const QString change = q.f < p.f   ? QStringLiteral("fell")
                               : q.f > p.f ? QStringLiteral("rose")
                                           : QStringLiteral("stayed");
        html += QStringLiteral("<p>The new point is x<sub>%1</sub> = %2; f %3 from %4 to %5.</p>")
                    .arg(k + 1)
                    .arg(pt(q.x), change, num(p.f), num(q.f));
        if (minimum) html += distance_factor(p.x, q.x, *minimum);
        return html;
    }
    const QString why = QString::fromStdString(gd::describe_stop(trace, spec));
    if (under_tolerance) {
        html += QStringLiteral(
                    "<p>The next step would be %1, no component larger than the tolerance, so "
                    "it is not taken.</p>")
                    .arg(pt(step));
    }
    html += QStringLiteral("<p><b>The run ends here:</b> %1.</p>").arg(why.toHtmlEscaped());
    return html;
}

}  // namespace gdlab
