// The animation clock: the step k shown, play/pause, single steps, jumps, and a speed in
// steps per second. Frames follow the wall clock (a slow frame does not slow the animation),
// and the step advances by whole steps so that every iterate gets its moment.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace gdlab {

class Animation : public QObject {
    Q_OBJECT
  public:
    explicit Animation(QObject* parent = nullptr);

    [[nodiscard]] int step() const { return step_; }
    [[nodiscard]] int lastStep() const { return last_; }
    [[nodiscard]] bool playing() const { return playing_; }
    [[nodiscard]] double speed() const { return speed_; }

    // The longest run's last step. When the animation was showing the end it keeps doing so.
    void setLastStep(int last);
    void setSpeed(double steps_per_second);
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();
    void setStep(int k);

  signals:
    void stepChanged(int k);
    void playingChanged(bool playing);

  private:
    void frame();

    QTimer* timer_;
    QElapsedTimer clock_;
    int step_ = 0;
    int last_ = 0;
    bool playing_ = false;
    double speed_ = 20.0;
    double carry_ = 0.0;  // fraction of a step owed from earlier frames
};

class Session;

// Makes `animation` the session's clock: it runs from step 0 to the end of the longest run,
// and its end moves as the runs' traces arrive.
void run_clock_over(Animation& animation, const Session& session);

}  // namespace gdlab
