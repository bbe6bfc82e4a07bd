#include "gui/number_text.hpp"

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

QString point_text(const Eigen::Vector2d& p, int significant_digits) {
    return QStringLiteral("(%1, %2)")
        .arg(short_number(p.x(), significant_digits), short_number(p.y(), significant_digits));
}

QString exact_number(double v) {
    return QString::fromStdString(gd::format_number(v));
}

}  // namespace gdlab
