#include "gui/panels/log_slider.hpp"

#include <QSignalBlocker>
#include <algorithm>
#include <cmath>

namespace gdlab {

namespace {
constexpr int kTicks = 1000;
}

LogSlider::LogSlider(double low, double high, QWidget* parent)
    : QSlider(Qt::Horizontal, parent), low_(low), high_(high) {
    setRange(0, kTicks);
    setPageStep(kTicks / 10);
    connect(this, &QSlider::valueChanged, this, [this] { emit logValueChanged(logValue()); });
}

double LogSlider::logValue() const {
    const double t = static_cast<double>(value()) / kTicks;
    // Round to 3 significant digits: a slider gives 0.0123, not 0.012302687708123. Below 1 the
    // digits are divided by a power of ten, not multiplied by its inverse: 380 · 1e-5 is
    // 0.0038000000000000004, which the field showed; 380 / 1e5 is the double nearest 0.0038.
    const double v = low_ * std::pow(high_ / low_, t);
    const int exponent = static_cast<int>(std::floor(std::log10(v))) - 2;
    if (exponent < 0) {
        const double inverse = std::pow(10.0, -exponent);
        return std::round(v * inverse) / inverse;
    }
    const double scale = std::pow(10.0, exponent);
    return std::round(v / scale) * scale;
}

void LogSlider::setLogValue(double v) {
    const double t = std::log(std::clamp(v, low_, high_) / low_) / std::log(high_ / low_);
    const QSignalBlocker block(this);
    setValue(static_cast<int>(std::lround(t * kTicks)));
}

}  // namespace gdlab
