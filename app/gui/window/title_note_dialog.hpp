// Edit > Title and note…: the scene's title and teaching note, shown above the plot and saved in
// its file. The dialog holds them to the file's limits (kMaxTitleLength, kMaxNoteLength, in
// UTF-8 bytes) as they are typed: what it accepts, a file can hold and open again.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gdlab {

class TitleNoteDialog : public QDialog {
    Q_OBJECT
  public:
    TitleNoteDialog(const QString& title, const QString& note, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString note() const;
    [[nodiscard]] QLineEdit& titleField() const { return *title_; }
    [[nodiscard]] QPlainTextEdit& noteField() const { return *note_; }
    [[nodiscard]] QDialogButtonBox& buttons() const { return *buttons_; }
    // "1,200 of 4,000 bytes", or why OK is off.
    [[nodiscard]] QLabel& noteLength() const { return *note_length_; }

  private:
    void updateNoteLength();

    QLineEdit* title_;
    QPlainTextEdit* note_;
    QLabel* note_length_;
    QDialogButtonBox* buttons_;
};

}  // namespace gdlab
