#include "gui/text/display_text.hpp"

#include <algorithm>
#include <cmath>

#include "gd/number_format.hpp"

namespace gdlab {

namespace {

const QChar kMinus(0x2212);

// "1e-05" -> "1e−5", "2.5e+10" -> "2.5e10", "-3" -> "−3".
QString tidy(QString text) {
    const auto e = text.indexOf(QLatin1Char('e'));
    if (e >= 0) {
        QString mantissa = text.left(e);
        QString exponent = text.mid(e + 1);
        const bool negative = exponent.startsWith(QLatin1Char('-'));
        if (negative || exponent.startsWith(QLatin1Char('+'))) exponent.remove(0, 1);
        while (exponent.size() > 1 && exponent.startsWith(QLatin1Char('0')))
            exponent.remove(0, 1);
        text =
            mantissa + QLatin1Char('e') + (negative ? QStringLiteral("-") : QString()) + exponent;
    }
    return text.replace(QLatin1Char('-'), kMinus);
}

}  // namespace

QString short_number(double v, int significant_digits) {
    if (v == 0.0) return QStringLiteral("0");  // also turns -0 into 0
    return tidy(QString::number(v, 'g', significant_digits));
}

QString value_text(double v, int significant_digits) {
    return std::isnan(v) ? QStringLiteral("undefined") : short_number(v, significant_digits);
}

QString point_text(const Eigen::Vector2d& p, int significant_digits) {
    return QStringLiteral("(%1, %2)")
        .arg(value_text(p.x(), significant_digits), value_text(p.y(), significant_digits));
}

QString exact_number(double v) {
    return QString::fromStdString(gd::format_number(v));
}

}  // namespace gdlab

namespace gdlab {

int digits_to_tell_apart(double lo, double hi) {
    const double size = std::max(std::fabs(lo), std::fabs(hi));
    const double step = (hi - lo) / 10.0;
    if (!(size > 0.0) || !(step > 0.0) || !std::isfinite(size / step)) return 4;
    // The digits down to a tenth of the step, counted from the largest value's leading digit.
    const double digits = std::ceil(std::log10(size / step)) + 1.0;
    return static_cast<int>(std::clamp(digits, 4.0, 15.0));
}

QString to_qstring(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString capitalised(std::string_view text) {
    QString s = to_qstring(text);
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

}  // namespace gdlab
