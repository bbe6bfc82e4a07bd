// The lecture's title (editable) and its scenes in order, the one shown highlighted: clicking one
// opens it. Buttons add the window's scene after the current one, remove or move the current one,
// and save the lecture. The panel only shows and asks; the deck and the window do the work.
#pragma once

#include <QWidget>

#include "gui/model/lecture_deck.hpp"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gdlab {

class LecturePanel : public QWidget {
    Q_OBJECT
  public:
    explicit LecturePanel(LectureDeck& deck, QWidget* parent = nullptr);

    // What a scene is called in the list: its title, or "Scene 2: f(x, y) = x² + y²".
    [[nodiscard]] static QString sceneName(const Scene& scene, int index);

    [[nodiscard]] QLineEdit& titleField() const { return *title_; }
    [[nodiscard]] QListWidget& list() const { return *list_; }
    [[nodiscard]] QPushButton& addButton() const { return *add_; }
    [[nodiscard]] QPushButton& removeButton() const { return *remove_; }
    [[nodiscard]] QPushButton& upButton() const { return *up_; }
    [[nodiscard]] QPushButton& downButton() const { return *down_; }
    [[nodiscard]] QPushButton& saveButton() const { return *save_; }

    // Highlights the scene at `index`; -1 highlights none (a scene file or demo is shown over
    // the lecture).
    void highlight(int index);

  signals:
    void addCurrentRequested();
    void saveRequested();

  private:
    void refresh();

    LectureDeck& deck_;
    QLabel* heading_;
    QLineEdit* title_;
    QListWidget* list_;
    QPushButton* add_;
    QPushButton* remove_;
    QPushButton* up_;
    QPushButton* down_;
    QPushButton* save_;
};

}  // namespace gdlab
