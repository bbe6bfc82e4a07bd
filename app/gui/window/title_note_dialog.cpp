#include "gui/window/title_note_dialog.hpp"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "cli/scene_file.hpp"
#include "gui/text/byte_limit_validator.hpp"

namespace gdlab {

namespace {
constexpr int kNoteLines = 6;  // the field's height; it scrolls beyond
}

TitleNoteDialog::TitleNoteDialog(const QString& title, const QString& note, QWidget* parent)
    : QDialog(parent),
      title_(new QLineEdit(title, this)),
      note_(new QPlainTextEdit(note, this)),
      note_length_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(QStringLiteral("Title and note"));
    title_->setValidator(new ByteLimitValidator(kMaxTitleLength, title_));
    title_->setPlaceholderText(QStringLiteral("Momentum carries it through the valley"));
    title_->setClearButtonEnabled(true);
    note_->setPlaceholderText(
        QStringLiteral("What the class should notice: the zig-zag across the valley, the "
                       "steps that shrink near the minimum…"));
    note_->setTabChangesFocus(true);
    note_->setMinimumWidth(note_->fontMetrics().averageCharWidth() * 60);
    note_->setFixedHeight(note_->fontMetrics().lineSpacing() * kNoteLines +
                          2 * note_->frameWidth() + 8);

    auto* explanation = new QLabel(
        QStringLiteral("Shown above the plot while the scene shows this objective, and saved in "
                       "its file."),
        this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(QStringLiteral("&Title:"), title_);
    form->addRow(QStringLiteral("&Note:"), note_);
    form->addRow(QString(), note_length_);
    auto* column = new QVBoxLayout(this);
    column->addWidget(explanation);
    column->addLayout(form);
    column->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(note_, &QPlainTextEdit::textChanged, this, &TitleNoteDialog::updateNoteLength);
    updateNoteLength();
}

QString TitleNoteDialog::title() const {
    return title_->text().trimmed();
}

QString TitleNoteDialog::note() const {
    return note_->toPlainText().trimmed();
}

void TitleNoteDialog::updateNoteLength() {
    // The note is not cut while typed or pasted: what is too long stays in the field, to be
    // shortened, and OK waits for it.
    const std::size_t bytes = utf8_bytes(note());
    const bool fits = bytes <= kMaxNoteLength;
    note_length_->setText(
        fits ? QStringLiteral("%1 of %2 bytes").arg(bytes).arg(kMaxNoteLength)
             : QStringLiteral("<b>The note is %1 bytes long; a scene holds at most %2.</b>")
                   .arg(bytes)
                   .arg(kMaxNoteLength));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(fits);
}

}  // namespace gdlab
