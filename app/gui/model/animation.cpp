#include "gui/model/animation.hpp"

#include <QTimer>
#include <algorithm>
#include <cmath>

#include "gui/model/last_step.hpp"
#include "gui/model/session.hpp"

namespace gdlab {

namespace {
constexpr int kFrameMs = 16;  // about 60 frames per second
}

Animation::Animation(QObject* parent) : QObject(parent), timer_(new QTimer(this)) {
    timer_->setInterval(kFrameMs);
    timer_->setTimerType(Qt::PreciseTimer);
    connect(timer_, &QTimer::timeout, this, &Animation::frame);
}

void Animation::setLastStep(int last) {
    const bool at_end = step_ >= last_;
    last_ = std::max(last, 0);
    if ((at_end && !playing_) || step_ > last_) {
        setStep(last_);
    } else {
        emit stepChanged(step_);
    }
}

void Animation::setSpeed(double steps_per_second) {
    speed_ = std::clamp(steps_per_second, 1.0, 1000.0);
}

void Animation::play() {
    if (playing_) return;
    if (step_ >= last_) setStep(0);  // play again from the start
    playing_ = true;
    carry_ = 0.0;
    clock_.start();
    timer_->start();
    emit playingChanged(true);
}

void Animation::pause() {
    if (!playing_) return;
    playing_ = false;
    timer_->stop();
    emit playingChanged(false);
}

void Animation::togglePlay() {
    playing_ ? pause() : play();
}

void Animation::stepForward() {
    pause();
    setStep(step_ + 1);
}

void Animation::stepBack() {
    pause();
    setStep(step_ - 1);
}

void Animation::toStart() {
    pause();
    setStep(0);
}

void Animation::toEnd() {
    pause();
    setStep(last_);
}

void Animation::setStep(int k) {
    k = std::clamp(k, 0, last_);
    if (k == step_) return;
    step_ = k;
    emit stepChanged(step_);
}

void Animation::frame() {
    const double seconds = static_cast<double>(clock_.restart()) / 1000.0;
    carry_ += seconds * speed_;
    const double whole = std::floor(carry_);
    carry_ -= whole;
    if (whole >= 1.0) setStep(static_cast<int>(std::min<double>(step_ + whole, last_)));
    if (step_ >= last_) pause();
}

void run_clock_over(Animation& animation, const Session& session) {
    QObject::connect(&session, &Session::tracesArrived, &animation,
                     [&] { animation.setLastStep(last_step_of_longest(session.runs())); });
}

}  // namespace gdlab
