// The options of File > Export image… and File > Export animation…: the file (its ending picks
// the format), the size and the pixel scale (1: the size given), the theme, the caption, the
// title and note and, for a GIF, the frames. A bad choice is named in the dialog, which stays
// open; an existing file is replaced only when the user says so; the choices are remembered
// (QSettings), all but the file, whose name follows the scene.
#pragma once

#include <QDialog>
#include <QSize>
#include <functional>

#include "gui/export/animation_export.hpp"
#include "gui/export/export_scene.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gdlab {

class ExportDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Kind { image, animation };

    // `screen_size`: the plot's size in the window (a size choice); `last_step`: the scene's,
    // to count frames; `suggested`: the file offered (suggested_export_file).
    ExportDialog(Kind kind, QSize screen_size, Theme theme, int last_step, const QString& suggested,
                 QWidget* parent = nullptr);

    // Asked before an existing file is replaced; false keeps the dialog open (a message box
    // unless a test sets it).
    std::function<bool(const QString& file)> confirmReplace;

    [[nodiscard]] QString file() const;
    [[nodiscard]] ExportLook look() const;
    [[nodiscard]] double scale() const;
    [[nodiscard]] AnimationOptions animationOptions() const;
    void setFile(const QString& file);

    void accept() override;

  private:
    void browse();
    void updateState();
    // Empty when the choices can be exported, else what is wrong with them.
    [[nodiscard]] QString problem() const;
    void remember() const;

    Kind kind_;
    int last_step_;
    QLineEdit* file_;
    QComboBox* size_choice_;
    QSpinBox* width_;
    QSpinBox* height_;
    QDoubleSpinBox* scale_;
    QComboBox* theme_;
    QCheckBox* caption_;
    QCheckBox* title_;
    QSpinBox* every_ = nullptr;
    QDoubleSpinBox* fps_ = nullptr;
    QDoubleSpinBox* hold_ = nullptr;
    QCheckBox* loop_ = nullptr;
    QLabel* summary_;
    QLabel* error_;
    QString replace_confirmed_;  // the file the file dialog was told to replace
};

}  // namespace gdlab
