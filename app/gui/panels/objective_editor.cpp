#include "gui/panels/objective_editor.hpp"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <variant>

#include "gui/model/preset_lookup.hpp"
#include "gui/text/display_text.hpp"
#include "scene/error_excerpt.hpp"

namespace gdlab {

namespace {

constexpr int kValidateDelayMs = 150;
// Columns of the expression shown around an error: what fits the panel in a monospace font.
constexpr std::size_t kExcerptColumns = 34;
constexpr qsizetype kGradientCharacters = 160;  // about four lines of the panel
const QString kGradientTip = QStringLiteral("The exact gradient, derived symbolically");

}  // namespace

ObjectiveEditor::ObjectiveEditor(QWidget* parent)
    : QWidget(parent),
      presets_(new QComboBox(this)),
      expression_(new QComboBox(this)),
      error_label_(new QLabel(this)),
      gradient_label_(new QLabel(this)),
      debounce_(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    presets_->addItem(QStringLiteral("Custom expression"));
    for (const gd::Preset& p : gd::presets()) {
        presets_->addItem(to_qstring(p.title), to_qstring(p.name));
        presets_->setItemData(presets_->count() - 1, to_qstring(p.note), Qt::ToolTipRole);
    }
    presets_->setToolTip(QStringLiteral("A named objective with the scene that shows it best"));
    expression_->setEditable(true);
    // The field's width never follows its history: a long expression once typed widened the
    // whole panel past its column, cutting the start fields and the messages.
    for (QComboBox* box : {presets_, expression_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    expression_->setInsertPolicy(QComboBox::NoInsert);
    // The history may suggest (a list under the field) but never completes inline: an inline
    // completion replaced "sin(" with "sin(x)*cos(y)" while the user paused, and typing on
    // gave "sin(x)*cos(y)x)*cos(2*y)".
    expression_->completer()->setCompletionMode(QCompleter::PopupCompletion);
    expression_->completer()->setCaseSensitivity(Qt::CaseSensitive);
    expression_->setMaxCount(kHistorySize);
    expression_->lineEdit()->setPlaceholderText(QStringLiteral("f(x, y), e.g. x^2 + 10*y^2"));
    // Far past the expression limit, so that a longer text pasted or saved is kept whole and
    // told why it is refused, not silently cut at QLineEdit's default of 32,767.
    expression_->lineEdit()->setMaxLength(kFieldMaxLength);
    expression_->setToolTip(QStringLiteral(
        "Type f(x, y): + − * / ^, sin cos tan exp ln log sqrt abs …, pi and e. The list holds "
        "the expressions you typed before."));
    error_label_->setTextFormat(Qt::RichText);
    error_label_->setWordWrap(true);
    error_label_->setVisible(false);
    error_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Neither message nor gradient may widen the panel (and the window): a long unbreakable
    // formula made the window 8677 pixels wide. They wrap where they can and are cut where
    // they cannot; the full text stays selectable.
    for (QLabel* label : {error_label_, gradient_label_})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    gradient_label_->setWordWrap(true);
    gradient_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    gradient_label_->setToolTip(kGradientTip);
    layout->addWidget(presets_);
    layout->addWidget(expression_);
    layout->addWidget(error_label_);
    layout->addWidget(gradient_label_);

    debounce_->setSingleShot(true);
    debounce_->setInterval(kValidateDelayMs);
    connect(debounce_, &QTimer::timeout, this, &ObjectiveEditor::validateNow);
    connect(expression_->lineEdit(), &QLineEdit::textEdited, debounce_,
            qOverload<>(&QTimer::start));
    connect(expression_->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        validateNow();
        rememberCurrent();
    });
    connect(expression_, qOverload<int>(&QComboBox::activated), this, [this] { validateNow(); });
    connect(presets_, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const gd::Preset* p = gd::find_preset(presets_->itemData(index).toString().toStdString());
        if (p != nullptr) emit presetChosen(*p);
    });
}

QString ObjectiveEditor::text() const {
    return expression_->currentText();
}

void ObjectiveEditor::showObjective(const QString& text, const gd::Preset* preset,
                                    const gd::Objective& f) {
    // The field already holding the text is the usual case: the window shows back what was
    // typed once it is in use. Writing it again would move the cursor to the end in the middle
    // of the user's typing (and what was typed after the pause would land there).
    if (text != this->text()) {
        debounce_->stop();
        const QSignalBlocker block(expression_);
        expression_->setEditText(text);
    }
    showPreset(preset);
    last_good_ = text;
    clearError();
    showGradient(f);
}

void ObjectiveEditor::validateNow() {
    debounce_->stop();
    const QString typed = text();
    auto result = gd::Objective::parse(typed.toStdString());
    if (auto* error = std::get_if<gd::ParseError>(&result)) {
        showError(typed, *error);
        return;
    }
    clearError();
    const auto& f = std::get<gd::Objective>(result);
    const gd::Preset* preset = preset_with_formula(typed);
    showPreset(preset);
    showGradient(f);
    if (typed == last_good_) return;
    last_good_ = typed;
    emit objectiveTyped(f, typed, preset);
}

void ObjectiveEditor::showPreset(const gd::Preset* preset) {
    const QSignalBlocker block(presets_);
    const int index = preset != nullptr ? presets_->findData(to_qstring(preset->name)) : 0;
    presets_->setCurrentIndex(std::max(index, 0));  // 0: "Custom expression"
}

QString ObjectiveEditor::errorText() const {
    return error_ ? QString::fromStdString(error_->message) : QString();
}

void ObjectiveEditor::showGradient(const gd::Objective& f) {
    if (!f.has_exact_gradient()) {
        gradient_label_->setText(
            QStringLiteral("∇f is too large to derive symbolically; runs need the numeric "
                           "gradient."));
        return;
    }
    const auto part = [&f](gd::Variable v) {
        return QString::fromStdString(f.partial(v).to_pretty_string());
    };
    const QString full =
        QStringLiteral("∇f = (%1,  %2)").arg(part(gd::Variable::x), part(gd::Variable::y));
    // A long gradient filled the panel and pushed the learning rate and the runs out of
    // sight: a few lines of it here, all of it in the tooltip.
    if (full.size() <= kGradientCharacters) {
        gradient_label_->setText(full);
        gradient_label_->setToolTip(kGradientTip);
        return;
    }
    gradient_label_->setText(full.left(kGradientCharacters) + QStringLiteral("…"));
    gradient_label_->setToolTip(
        QStringLiteral("<p>%1:</p><p>%2</p>").arg(kGradientTip, full.toHtmlEscaped()));
}

void ObjectiveEditor::showError(const QString& typed, const gd::ParseError& error) {
    error_ = error;
    expression_->setStyleSheet(QStringLiteral("QComboBox { border: 2px solid #d55e00; }"));
    // A window of the text around the error, as the command line shows it: the message's
    // width never depends on the expression's length, and the caret stays in view.
    const Excerpt shown = excerpt(typed.toStdString(), error.offset, error.length, kExcerptColumns);
    const auto code_points = QString::fromStdString(shown.text).toUcs4();
    const auto begin =
        static_cast<qsizetype>(std::min<std::size_t>(shown.caret, code_points.size()));
    const auto end = static_cast<qsizetype>(std::min<std::size_t>(
        shown.caret + std::max<std::size_t>(shown.underline, 1), code_points.size()));
    auto slice = [&code_points](qsizetype from, qsizetype to) {
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(code_points.constData()) + from,
                                 to - from)
            .toHtmlEscaped();
    };
    const QString marked = slice(0, begin) +
                           QStringLiteral(
                               "<span style='color:#d55e00; text-decoration: underline; "
                               "font-weight: bold'>") +
                           (end > begin ? slice(begin, end) : QStringLiteral("&nbsp;")) +
                           QStringLiteral("</span>") + slice(end, code_points.size());
    const QString caret = QString(QStringLiteral("&nbsp;")).repeated(begin) + QStringLiteral("^");
    error_label_->setText(
        QStringLiteral("<span style='color:#b34700'>%1 (column %2)</span>"
                       "<pre style='font-family: DejaVu Sans Mono, monospace; margin: 2px'>%3<br>"
                       "<span style='color:#d55e00; font-weight: bold'>%4</span></pre>"
                       "<span style='color:gray'>The plot keeps the last valid expression.</span>")
            .arg(QString::fromStdString(error.message).toHtmlEscaped())
            .arg(error.offset + 1)
            .arg(marked, caret));
    error_label_->setVisible(true);
}

void ObjectiveEditor::clearError() {
    error_.reset();
    expression_->setStyleSheet(QString());
    error_label_->clear();
    error_label_->setVisible(false);
}

void ObjectiveEditor::rememberCurrent() {
    const QString typed = text();
    if (error_ || typed.trimmed().isEmpty()) return;
    const QSignalBlocker block(expression_);
    // Making it the current item writes the same text back: the cursor stays where it was.
    const int cursor = expression_->lineEdit()->cursorPosition();
    const int existing = expression_->findText(typed);
    if (existing >= 0) expression_->removeItem(existing);
    expression_->insertItem(0, typed);
    expression_->setCurrentIndex(0);
    expression_->lineEdit()->setCursorPosition(cursor);
    while (expression_->count() > kHistorySize)
        expression_->removeItem(expression_->count() - 1);
}

QStringList ObjectiveEditor::history() const {
    QStringList items;
    for (int k = 0; k < expression_->count(); ++k)
        items << expression_->itemText(k);
    return items;
}

void ObjectiveEditor::setHistory(const QStringList& history) {
    const QSignalBlocker block(expression_);
    const QString current = text();
    expression_->clear();
    expression_->addItems(history.mid(0, kHistorySize));
    expression_->setEditText(current);
}

}  // namespace gdlab
