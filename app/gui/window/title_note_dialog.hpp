// Edit > Title and note…: the scene's title and teaching note, shown above the plot and saved in
// its file. The dialog counts them against the file's limits (kMaxTitleLength, kMaxNoteLength,
// in UTF-8 bytes) as they are typed; OK waits until both fit: what it accepts, a file can hold
// and open again. Nothing typed or pasted is cut.
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
    // "Title: 12 of 200 bytes. Note: 57 of 4000 bytes.", or why OK is off.
    [[nodiscard]] QLabel& lengths() const { return *lengths_; }

  private:
    void updateLengths();

    QLineEdit* title_;
    QPlainTextEdit* note_;
    QLabel* lengths_;
    QDialogButtonBox* buttons_;
};

}  // namespace gdlab
