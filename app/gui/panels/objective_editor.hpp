// Choosing the objective: a preset list and an editable expression with a history. Typing is
// validated live (debounced): a bad expression marks the field and shows the message with the
// offending characters underlined and a caret under them, while the last good objective stays
// in use; a good one is announced and its gradient shown pretty-printed under the field.
#pragma once

#include <QWidget>
#include <optional>

#include "gd/objective.hpp"
#include "gd/presets.hpp"

class QComboBox;
class QLabel;
class QTimer;

namespace gdlab {

// The most characters the field holds: a hundred times what an expression may have.
inline constexpr int kFieldMaxLength = 100 * static_cast<int>(gd::kMaxExpressionLength);
// The expressions typed before that the field's list offers.
inline constexpr int kHistorySize = 20;

class ObjectiveEditor : public QWidget {
    Q_OBJECT
  public:
    explicit ObjectiveEditor(QWidget* parent = nullptr);

    // Shows text (and the preset it comes from, or null) without announcing it.
    void showObjective(const QString& text, const gd::Preset* preset, const gd::Objective& f);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool hasError() const { return error_.has_value(); }
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] QStringList history() const;
    void setHistory(const QStringList& history);
    // Validates what is typed now, without waiting for the debounce (Enter, tests).
    void validateNow();
    // Puts the text in the history when it is a valid expression (Enter, focus leaving,
    // closing the window).
    void rememberCurrent();

    [[nodiscard]] QComboBox* presetBox() const { return presets_; }
    [[nodiscard]] QComboBox* expressionBox() const { return expression_; }
    [[nodiscard]] QLabel* errorLabel() const { return error_label_; }
    [[nodiscard]] QLabel* gradientLabel() const { return gradient_label_; }

  signals:
    // A preset was picked from the list: the window applies its whole scene.
    void presetChosen(const gd::Preset& preset);
    // Typed text parsed; preset is set when the text is a preset's formula.
    void objectiveTyped(const gd::Objective& f, const QString& text, const gd::Preset* preset);

  private:
    void showGradient(const gd::Objective& f);
    void showPreset(const gd::Preset* preset);
    void showError(const QString& text, const gd::ParseError& error);
    void clearError();

    QComboBox* presets_;
    QComboBox* expression_;
    QLabel* error_label_;
    QLabel* gradient_label_;
    QTimer* debounce_;
    std::optional<gd::ParseError> error_;
    QString last_good_;
};

}  // namespace gdlab
