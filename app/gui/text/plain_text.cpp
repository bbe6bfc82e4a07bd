#include "gui/text/plain_text.hpp"

#include <QLabel>
#include <QTextDocument>
#include <memory>

namespace gdlab {

QString plain_tool_tip(const QString& text) {
    if (text.isEmpty()) return {};
    // Escaped into a paragraph: the tool tip is HTML that shows exactly these characters.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString plain_menu_text(const QString& text) {
    QString shown = text;
    return shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

void make_plain(QLabel* label) {
    label->setTextFormat(Qt::PlainText);
}

QMessageBox* plain_message_box(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                               const QString& text, QMessageBox::StandardButtons buttons) {
    auto* box = new QMessageBox(icon, title, QString(), buttons, parent);
    // Set before the text: the box's label decides how to read its text when given it.
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    return box;
}

namespace {

QMessageBox::StandardButton run(QMessageBox* box) {
    const std::unique_ptr<QMessageBox> owned(box);
    return static_cast<QMessageBox::StandardButton>(owned->exec());
}

}  // namespace

void show_warning(QWidget* parent, const QString& title, const QString& text) {
    run(plain_message_box(parent, QMessageBox::Warning, title, text));
}

void show_information(QWidget* parent, const QString& title, const QString& text) {
    run(plain_message_box(parent, QMessageBox::Information, title, text));
}

QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton default_button) {
    QMessageBox* box = plain_message_box(parent, QMessageBox::Question, title, text, buttons);
    box->setDefaultButton(default_button);
    return run(box);
}

}  // namespace gdlab
