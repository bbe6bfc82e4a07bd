// The arithmetic of the current step of the selected run, in words and numbers: a view of the
// session at the animation's step, kept up to date by itself.
#pragma once

#include <QTextBrowser>

#include "gui/model/run_anatomy.hpp"

namespace gdlab {

class Animation;
class Session;

class ExplanationPanel : public QTextBrowser {
    Q_OBJECT
  public:
    ExplanationPanel(const Session& session, const Animation& animation, QWidget* parent = nullptr);

    // Writes the explanation again (its HTML takes the palette's colours when it is set).
    void refresh();

  protected:
    [[nodiscard]] QMimeData* createMimeDataFromSelection() const override;

  private:
    const Session& session_;
    const Animation& animation_;
    SelectedRunAnatomy anatomy_;  // the selected run's updates, replayed step by step
};

}  // namespace gdlab
