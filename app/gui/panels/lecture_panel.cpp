#include "gui/panels/lecture_panel.hpp"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "gui/export/lecture_handout.hpp"
#include "gui/text/byte_limit_validator.hpp"
#include "gui/text/plain_text.hpp"

namespace gdlab {

namespace {
constexpr qsizetype kNameCharacters = 60;  // a line of the list; the whole name in its tooltip
}

LecturePanel::LecturePanel(LectureDeck& deck, QWidget* parent)
    : QWidget(parent),
      deck_(deck),
      heading_(new QLabel(this)),
      title_(new QLineEdit(this)),
      list_(new QListWidget(this)),
      add_(new QPushButton(QStringLiteral("Add current scene"), this)),
      remove_(new QPushButton(QStringLiteral("Remove"), this)),
      up_(new QPushButton(QStringLiteral("Up"), this)),
      down_(new QPushButton(QStringLiteral("Down"), this)),
      save_(new QPushButton(QStringLiteral("Save lecture…"), this)) {
    heading_->setWordWrap(true);
    heading_->setTextFormat(Qt::PlainText);
    // The handout's first line, and the heading of its every page.
    title_->setPlaceholderText(QStringLiteral("Lecture title"));
    title_->setToolTip(QStringLiteral("The lecture's title, printed on its handout"));
    title_->setValidator(new ByteLimitValidator(kMaxTitleLength, title_));
    title_->setClearButtonEnabled(true);
    list_->setMinimumWidth(150);
    // A long title (or a scene's formula) wraps rather than being cut at the panel's edge.
    list_->setWordWrap(true);
    list_->setResizeMode(QListView::Adjust);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setToolTip(
        QStringLiteral("Click a scene to open it; PageDown and PageUp go to the "
                       "next and previous scene"));
    add_->setToolTip(QStringLiteral("Add the scene the window shows after the current one"));
    remove_->setToolTip(QStringLiteral("Remove the current scene from the lecture"));
    save_->setToolTip(QStringLiteral("Save the lecture, every scene in it, as one file"));
    auto* buttons = new QGridLayout;
    // Narrow, so that the plot keeps its room beside it: short labels, three rows.
    up_->setToolTip(QStringLiteral("Move the current scene one place earlier"));
    down_->setToolTip(QStringLiteral("Move the current scene one place later"));
    buttons->addWidget(add_, 0, 0, 1, 3);
    buttons->addWidget(up_, 1, 0);
    buttons->addWidget(down_, 1, 1);
    buttons->addWidget(remove_, 1, 2);
    buttons->addWidget(save_, 2, 0, 1, 3);
    auto* column = new QVBoxLayout(this);
    column->addWidget(heading_);
    column->addWidget(title_);
    column->addWidget(list_, 1);
    column->addLayout(buttons);

    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) deck_.setCurrent(row);
    });
    connect(title_, &QLineEdit::editingFinished, this,
            [this] { deck_.setTitle(title_->text().trimmed().toStdString()); });
    connect(add_, &QPushButton::clicked, this, &LecturePanel::addCurrentRequested);
    connect(remove_, &QPushButton::clicked, &deck_, &LectureDeck::removeCurrent);
    connect(up_, &QPushButton::clicked, this, [this] { deck_.moveCurrent(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { deck_.moveCurrent(+1); });
    connect(save_, &QPushButton::clicked, this, &LecturePanel::saveRequested);
    connect(&deck_, &LectureDeck::changed, this, &LecturePanel::refresh);
    connect(&deck_, &LectureDeck::currentChanged, this, &LecturePanel::highlight);
    refresh();
}

QString LecturePanel::sceneName(const Scene& scene, int index) {
    if (!scene.title.empty()) return QString::fromStdString(scene.title);
    return QStringLiteral("Scene %1: %2").arg(index + 1).arg(scene_heading(scene));
}

void LecturePanel::refresh() {
    const Lecture& lecture = deck_.lecture();
    QString heading =
        lecture.title.empty() ? QStringLiteral("Lecture") : QString::fromStdString(lecture.title);
    if (!deck_.file().isEmpty())
        heading += QStringLiteral(" (%1)").arg(QFileInfo(deck_.file()).fileName());
    if (deck_.modified()) heading += QStringLiteral(" — not saved");
    heading_->setText(deck_.isOpen() ? heading
                                     : QStringLiteral("No lecture is open. Add the current "
                                                      "scene to start one."));
    // Not while it is being typed in: the deck announces each change it makes.
    if (!title_->hasFocus()) title_->setText(QString::fromStdString(lecture.title));
    title_->setEnabled(deck_.isOpen());
    {
        // Rebuilding is not choosing a scene. The items are renamed in place when only names
        // changed (each edit of the scene on screen comes here), keeping the list's place.
        const QSignalBlocker block(list_);
        if (list_->count() != deck_.count()) {
            list_->clear();
            for (int i = 0; i < deck_.count(); ++i)
                new QListWidgetItem(list_);
        }
        for (int i = 0; i < deck_.count(); ++i) {
            const QString name = sceneName(deck_.scene(i), i);
            QListWidgetItem* item = list_->item(i);
            item->setText(name.size() > kNameCharacters
                              ? name.left(kNameCharacters) + QStringLiteral("…")
                              : name);
            item->setToolTip(plain_tool_tip(name));
        }
    }
    highlight(deck_.current());
    remove_->setEnabled(deck_.isOpen());
    save_->setEnabled(deck_.isOpen());
}

void LecturePanel::highlight(int index) {
    const QSignalBlocker block(list_);
    list_->setCurrentRow(index);
    up_->setEnabled(index > 0);
    down_->setEnabled(index >= 0 && index + 1 < deck_.count());
}

}  // namespace gdlab
