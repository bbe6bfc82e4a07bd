#include "gui/window/help_text.hpp"

#include <QAction>
#include <QKeySequence>
#include <QStringList>

#include "gd/expression.hpp"

namespace gdlab {

QString expression_reference_html() {
    QStringList one;
    QStringList two;
    for (const gd::FunctionSignature& f : gd::known_functions()) {
        const QString name =
            QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size()));
        (f.arity == 1 ? one : two)
            << QStringLiteral("<code>%1(%2)</code>")
                   .arg(name, f.arity == 1 ? QStringLiteral("a") : QStringLiteral("a, b"));
    }
    return QStringLiteral(
               "<h3>Typing f(x, y)</h3>"
               "<table cellpadding='3'>"
               "<tr><td><b>Variables</b></td><td><code>x</code>, <code>y</code> (also "
               "<code>x[0]</code>, <code>x[1]</code>, <code>x0</code>, <code>x1</code>, as numpy "
               "code writes them)</td></tr>"
               "<tr><td><b>Numbers</b></td><td><code>3</code>, <code>2.5</code>, <code>.5</code>, "
               "<code>1e-3</code></td></tr>"
               "<tr><td><b>Constants</b></td><td><code>pi</code>, <code>e</code></td></tr>"
               "<tr><td><b>Operators</b></td><td><code>+ − * /</code>; powers <code>^</code> or "
               "<code>**</code>, right to left: <code>2^3^2</code> is 2<sup>9</sup>, and "
               "<code>-x^2</code> is −(x²)</td></tr>"
               "<tr><td><b>Products</b></td><td>a number may multiply what follows it: "
               "<code>2x</code>, <code>3(x+1)</code>, <code>2sin(x)</code>; otherwise write "
               "<code>*</code> (<code>x*y</code>, not <code>xy</code>)</td></tr>"
               "<tr><td><b>Functions</b></td><td>%1</td></tr>"
               "<tr><td><b>of two</b></td><td>%2</td></tr>"
               "<tr><td></td><td><code>log</code> and <code>ln</code> are the natural "
               "logarithm</td></tr>"
               "<tr><td><b>Limits</b></td><td>%3 characters; long sums nest at most %4 "
               "operators deep (group them with parentheses)</td></tr>"
               "</table>"
               "<h3>Examples</h3><ul>"
               "<li><code>x^2 + y^2</code>: the bowl, minimum at (0, 0)</li>"
               "<li><code>x^2 + 10*y^2</code>: a narrow valley (zig-zag)</li>"
               "<li><code>(1 - x)^2 + 100*(y - x^2)^2</code>: Rosenbrock's banana</li>"
               "<li><code>(x^2 + y - 11)^2 + (x + y^2 - 7)^2</code>: Himmelblau, four minima</li>"
               "<li><code>x^2 - y^2</code>: a saddle</li>"
               "<li><code>sin(x)*cos(y) + 0.1*(x^2 + y^2)</code>: many local minima</li>"
               "</ul><p>A mistake is shown under the field with the characters at fault "
               "underlined; the plot keeps the last valid expression meanwhile.</p>")
        .arg(one.join(QStringLiteral(" ")), two.join(QStringLiteral(" ")))
        .arg(gd::kMaxExpressionLength)
        .arg(gd::kMaxExpressionDepth);
}

QString shortcuts_html(const QList<QAction*>& actions) {
    QString rows;
    QStringList seen;
    for (const QAction* a : actions) {
        if (a->shortcut().isEmpty()) continue;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        QString what = a->text();
        what.remove(QLatin1Char('&'));
        if (seen.contains(keys + what)) continue;
        seen << keys + what;
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    }
    return QStringLiteral(
               "<h3>Keyboard shortcuts</h3><table cellpadding='3'>%1</table>"
               "<p>The animation keys (Space, ←, →, Home, End) act on the plot. While you type "
               "in a field they edit the text instead: <b>Esc</b> leaves the field and gives "
               "them back to the plot. Esc also stops every run still computing (each keeps "
               "what it reached), and leaves presentation mode.</p>"
               "<p>On the plot: a click sets the start point, the start marker can be dragged, "
               "the wheel zooms and a drag pans. A click on the panel below the plot, or the "
               "step slider under it, goes to that step.</p>")
        .arg(rows);
}

}  // namespace gdlab
