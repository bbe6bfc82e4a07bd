// The runs overlaid on the plot: each with its colour, its legend text (what differs) and how
// it ended. Selecting one makes its settings editable; "Add run" keeps every run and starts a
// new copy of the selected one; "Remove" drops the selected run.
#pragma once

#include <QWidget>

#include "gui/model/session.hpp"

class QListWidget;
class QPushButton;

namespace gdlab {

class RunsPanel : public QWidget {
    Q_OBJECT
  public:
    explicit RunsPanel(Session& session, QWidget* parent = nullptr);

    void refresh();
    [[nodiscard]] QListWidget* list() const { return list_; }
    [[nodiscard]] QPushButton* addButton() const { return add_; }
    [[nodiscard]] QPushButton* removeButton() const { return remove_; }

  private:
    Session& session_;
    QListWidget* list_;
    QPushButton* add_;
    QPushButton* remove_;
};

}  // namespace gdlab
