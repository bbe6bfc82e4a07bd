#include "gui/window/title_note_dialog.hpp"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "gui/text/byte_limit_validator.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

namespace {
constexpr int kNoteLines = 6;  // the field's height; it scrolls beyond
}

TitleNoteDialog::TitleNoteDialog(const QString& title, const QString& note, QWidget* parent)
    : QDialog(parent),
      title_(new QLineEdit(title, this)),
      note_(new QPlainTextEdit(note, this)),
      lengths_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(QStringLiteral("Title and note"));
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
    form->addRow(QString(), lengths_);
    auto* column = new QVBoxLayout(this);
    column->addWidget(explanation);
    column->addLayout(form);
    column->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(title_, &QLineEdit::textChanged, this, &TitleNoteDialog::updateLengths);
    connect(note_, &QPlainTextEdit::textChanged, this, &TitleNoteDialog::updateLengths);
    updateLengths();
}

QString TitleNoteDialog::title() const {
    return title_->text().trimmed();
}

QString TitleNoteDialog::note() const {
    return note_->toPlainText().trimmed();
}

void TitleNoteDialog::updateLengths() {
    // Too long is said, and kept in the field to be shortened; OK waits for it. The file's
    // limit counts bytes: said in characters, the ones that take more room said too.
    const auto length = [](const QString& what, const QString& text, std::size_t limit) {
        const std::size_t bytes = utf8_bytes(text);
        if (bytes > limit) {
            return std::pair{false,
                             QStringLiteral("<b>The %1 is too long: %2 of %3 characters.</b>")
                                 .arg(what)
                                 .arg(bytes)
                                 .arg(limit)};
        }
        return std::pair{true, QStringLiteral("%1: %2 of %3 characters.")
                                   .arg(what.left(1).toUpper() + what.mid(1))
                                   .arg(bytes)
                                   .arg(limit)};
    };
    const QString typed = title() + note();
    const bool wide =
        std::any_of(typed.begin(), typed.end(), [](QChar c) { return c.unicode() > 0x7f; });
    const auto [title_fits, title_text] = length(QStringLiteral("title"), title(), kMaxTitleLength);
    const auto [note_fits, note_text] = length(QStringLiteral("note"), note(), kMaxNoteLength);
    lengths_->setText(title_text + QLatin1Char(' ') + note_text +
                      (wide ? QStringLiteral(" Letters such as é, ü or ² count twice, some "
                                             "three or four times.")
                            : QString()));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(title_fits && note_fits);
}

}  // namespace gdlab
