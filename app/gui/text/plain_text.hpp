// Text that came from a file, a setting or a typed field, shown as the characters it is. Qt reads
// a label's, a tool tip's or a message box's text as HTML whenever it looks like HTML, and HTML
// can fetch files (<img src="/dev/zero"> reads until memory runs out) or fake any dialog. Every
// such text goes through these; the window's own HTML escapes what it quotes (toHtmlEscaped).
#pragma once

#include <QMessageBox>
#include <QString>

class QLabel;

namespace gdlab {

// A tool tip showing `text` as written, line breaks kept; empty for no tool tip.
[[nodiscard]] QString plain_tool_tip(const QString& text);

// A menu entry's text showing `text` as written ('&' is not a shortcut mark).
[[nodiscard]] QString plain_menu_text(const QString& text);

// The label shows its text as written from now on.
void make_plain(QLabel* label);

// A message box whose title and text are plain text; not shown yet.
[[nodiscard]] QMessageBox* plain_message_box(
    QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons = QMessageBox::Ok);

// QMessageBox::warning, information and question with plain text: modal, waiting for the user.
void show_warning(QWidget* parent, const QString& title, const QString& text);
void show_information(QWidget* parent, const QString& title, const QString& text);
[[nodiscard]] QMessageBox::StandardButton ask(QWidget* parent, const QString& title,
                                              const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton default_button);

}  // namespace gdlab
