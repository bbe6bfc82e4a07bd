// A spin box for real numbers of any magnitude: shows the shortest exact text ("0.001",
// "1e-05"), accepts scientific notation as typed, and can step through 1-2-5 values, the way a
// learning rate or tolerance is explored.
#pragma once

#include <QColor>
#include <QDoubleSpinBox>

namespace gdlab {

// The colour a field's problem is marked in (the expression field's too).
inline const QColor kProblemColour{0xd5, 0x5e, 0x00};

class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT
  public:
    enum class Steps { linear, one_two_five };
    explicit NumberSpinBox(QWidget* parent = nullptr);

    void setSteps(Steps steps) { steps_ = steps; }
    // A count (a decay interval, a warm-up length): shown without decimals, stepped by 1, and
    // a typed fraction is marked as a problem rather than rounded without a word.
    void setWholeNumbers(bool whole);
    [[nodiscard]] bool wholeNumbers() const { return whole_; }
    void stepBy(int steps) override;
    // Why the text typed is not used ("0 is not between 1e-05 and 10"), or empty when it is.
    // Such a text is kept (marked red) rather than silently replaced by the last good value,
    // which the runs go on using.
    [[nodiscard]] QString problem() const;

  signals:
    void problemChanged(const QString& problem);

  protected:
    void focusOutEvent(QFocusEvent* event) override;
    // A text that is not a usable value is framed in the error colour, over the style's own
    // frame (a style sheet made the arrows flat bars).
    void paintEvent(QPaintEvent* event) override;
    [[nodiscard]] QString textFromValue(double value) const override;
    [[nodiscard]] double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;

  private:
    void checkText();

    Steps steps_ = Steps::linear;
    bool whole_ = false;
    QString problem_;
};

// The next value of the series ..., 0.1, 0.2, 0.5, 1, 2, 5, ... above (up) or below v > 0.
[[nodiscard]] double next_one_two_five(double v, bool up);

}  // namespace gdlab
