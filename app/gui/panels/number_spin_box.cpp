#include "gui/panels/number_spin_box.hpp"

#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cmath>

#include "gui/text/display_text.hpp"

namespace gdlab {

NumberSpinBox::NumberSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    // QDoubleSpinBox rounds every value to decimals(); 20 keeps 1e-20 and the like intact.
    setDecimals(20);
    setKeyboardTracking(true);
    setAccelerated(true);
    connect(lineEdit(), &QLineEdit::textChanged, this, &NumberSpinBox::checkText);
    // The spin box writes its text with the line edit's signals blocked (an arrow, a value
    // set): a problem put right that way was still shown.
    connect(this, &QDoubleSpinBox::valueChanged, this, &NumberSpinBox::checkText);
}

void NumberSpinBox::setWholeNumbers(bool whole) {
    whole_ = whole;
    // QDoubleSpinBox rounds values to decimals(): 0 keeps a count a count.
    setDecimals(whole ? 0 : 20);
    if (whole) setSingleStep(1.0);
}

QString NumberSpinBox::problem() const {
    return problem_;
}

void NumberSpinBox::checkText() {
    QString text = lineEdit()->text();
    int pos = 0;
    QString why;
    if (validate(text, pos) != QValidator::Acceptable) {
        bool ok = false;
        const double v = QLocale::c().toDouble(text.trimmed(), &ok);
        if (!ok || !std::isfinite(v)) {
            why = QStringLiteral("'%1' is not a number").arg(text.trimmed());
        } else if (v >= minimum() && v <= maximum()) {
            why = QStringLiteral("%1 is not a whole number").arg(text.trimmed());
        } else {
            why = QStringLiteral("%1 is not between %2 and %3")
                      .arg(text.trimmed(), exact_number(minimum()), exact_number(maximum()));
        }
    }
    if (why == problem_) return;
    problem_ = why;
    update();
    emit problemChanged(why);
}

void NumberSpinBox::paintEvent(QPaintEvent* event) {
    QDoubleSpinBox::paintEvent(event);
    if (problem_.isEmpty()) return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kProblemColour, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 2.0, 2.0);
}

void NumberSpinBox::focusOutEvent(QFocusEvent* event) {
    // QAbstractSpinBox would put the last good value back without a word; the text stays,
    // marked, until it is corrected.
    if (!problem_.isEmpty()) {
        QWidget::focusOutEvent(
            event);  // NOLINT(bugprone-parent-virtual-call): skips the restore on purpose
        return;
    }
    QDoubleSpinBox::focusOutEvent(event);
}

QString NumberSpinBox::textFromValue(double value) const {
    if (value == 0.0 && !specialValueText().isEmpty()) return specialValueText();
    // A count reads as one: "200000", not "2e5".
    if (whole_ && std::abs(value) < 1e15) return QString::number(std::llround(value));
    return exact_number(value == 0.0 ? 0.0 : value);
}

double NumberSpinBox::valueFromText(const QString& text) const {
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? v : value();
}

QValidator::State NumberSpinBox::validate(QString& text, int& /*pos*/) const {
    const QString t = text.trimmed();
    if (!specialValueText().isEmpty() && t == specialValueText()) return QValidator::Acceptable;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (ok && std::isfinite(v)) {
        const bool in_range = v >= minimum() && v <= maximum();
        return in_range && (!whole_ || std::floor(v) == v) ? QValidator::Acceptable
                                                           : QValidator::Intermediate;
    }
    // A number on its way: "", "-", ".", "1e", "1e-", "2.".
    static const QRegularExpression partial(QStringLiteral(R"(^[+-]?(\d*\.?\d*)([eE][+-]?\d*)?$)"));
    return partial.match(t).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

void NumberSpinBox::stepBy(int steps) {
    if (steps_ == Steps::linear || whole_ || value() <= 0.0) {
        QDoubleSpinBox::stepBy(steps);
    } else {
        double v = value();
        for (int k = 0; k < std::abs(steps); ++k)
            v = next_one_two_five(v, steps > 0);
        setValue(std::clamp(v, minimum(), maximum()));
    }
    checkText();  // the arrows write a usable value, whatever was typed before
}

double next_one_two_five(double v, bool up) {
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    static constexpr std::array<double, 4> mantissas = {1.0, 2.0, 5.0, 10.0};
    // Compare with a relative margin so that 0.2 counts as 2 * 0.1 despite rounding.
    const double m = v / decade;
    if (up) {
        for (const double c : mantissas) {
            if (c > m * (1 + 1e-9)) return c * decade;
        }
        return 20.0 * decade;
    }
    for (auto it = mantissas.rbegin(); it != mantissas.rend(); ++it) {
        if (*it < m * (1 - 1e-9)) return *it * decade;
    }
    return 0.5 * decade;
}

}  // namespace gdlab
