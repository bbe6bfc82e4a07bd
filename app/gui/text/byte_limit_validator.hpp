// Refuses what would make a line of text longer than a file holds. The scene and lecture files
// limit a title in UTF-8 bytes (kMaxTitleLength), which QLineEdit::setMaxLength cannot: it counts
// UTF-16 units, so a title of accented or Greek letters passed it at twice the file's limit, and
// the saved file could then not be opened.
#pragma once

#include <QValidator>
#include <cstddef>

namespace gdlab {

class ByteLimitValidator : public QValidator {
    Q_OBJECT
  public:
    ByteLimitValidator(std::size_t max_bytes, QObject* parent);

    State validate(QString& input, int& position) const override;
    [[nodiscard]] std::size_t maxBytes() const { return max_bytes_; }

  private:
    std::size_t max_bytes_;
};

// The length of `text` in UTF-8, as the files count it.
[[nodiscard]] std::size_t utf8_bytes(const QString& text);

}  // namespace gdlab
