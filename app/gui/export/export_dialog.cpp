#include "gui/export/export_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <cmath>

#include "gui/export/image_export.hpp"
#include "gui/text/plain_text.hpp"

namespace gdlab {

namespace {

QString key(ExportDialog::Kind kind, const char* name) {
    return QStringLiteral("%1/%2").arg(kind == ExportDialog::Kind::image
                                           ? QStringLiteral("export_image")
                                           : QStringLiteral("export_animation"),
                                       QLatin1String(name));
}

}  // namespace

ExportDialog::ExportDialog(Kind kind, QSize screen_size, Theme theme, int last_step,
                           const QString& suggested, QWidget* parent)
    : QDialog(parent),
      kind_(kind),
      last_step_(last_step),
      file_(new QLineEdit(this)),
      size_choice_(new QComboBox(this)),
      width_(new QSpinBox(this)),
      height_(new QSpinBox(this)),
      scale_(new QDoubleSpinBox(this)),
      theme_(new QComboBox(this)),
      caption_(new QCheckBox(QStringLiteral("Add a line naming f(x, y) and the settings"), this)),
      title_(new QCheckBox(QStringLiteral("Add the scene's title and note above the plot"), this)),
      summary_(new QLabel(this)),
      error_(new QLabel(this)) {
    const bool image = kind == Kind::image;
    make_plain(summary_);
    make_plain(error_);  // it quotes the typed file name
    setWindowTitle(image ? QStringLiteral("Export image") : QStringLiteral("Export animation"));
    const QSettings settings;
    auto* form = new QFormLayout;

    auto* file_row = new QHBoxLayout;
    file_->setText(suggested);
    file_->setMinimumWidth(360);
    file_->setToolTip(image ? QStringLiteral("The ending picks the format: .png, .svg or .pdf")
                            : QStringLiteral("An animated GIF (.gif)"));
    auto* browse = new QPushButton(QStringLiteral("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    file_row->addWidget(file_, 1);
    file_row->addWidget(browse);
    form->addRow(QStringLiteral("File:"), file_row);

    // Sizes in pixels before the scale factor; slides are 16:9 or 16:10.
    const QList<QSize> sizes = {screen_size,      QSize(1600, 1000), QSize(1920, 1080),
                                QSize(1200, 800), QSize(1280, 720),  QSize(800, 600)};
    for (const QSize& s : sizes) {
        size_choice_->addItem(
            s == screen_size
                ? QStringLiteral("As on screen (%1 × %2)").arg(s.width()).arg(s.height())
                : QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()),
            s);
    }
    size_choice_->addItem(QStringLiteral("Other"));
    for (QSpinBox* side : {width_, height_}) {
        side->setRange(kMinExportSide, kMaxExportSide);
        side->setSuffix(QStringLiteral(" px"));
    }
    const QSize size =
        settings.value(key(kind, "size"), image ? QSize(1600, 1000) : QSize(800, 600)).toSize();
    width_->setValue(size.width());
    height_->setValue(size.height());
    auto* size_row = new QHBoxLayout;
    size_row->addWidget(size_choice_);
    size_row->addWidget(width_);
    size_row->addWidget(new QLabel(QStringLiteral("×")));
    size_row->addWidget(height_);
    form->addRow(QStringLiteral("Size:"), size_row);
    connect(size_choice_, &QComboBox::activated, this, [this](int index) {
        const QVariant s = size_choice_->itemData(index);
        if (!s.isValid()) return;
        width_->setValue(s.toSize().width());
        height_->setValue(s.toSize().height());
    });

    scale_->setRange(0.25, 8.0);
    scale_->setSingleStep(0.5);
    scale_->setDecimals(2);
    scale_->setSuffix(QStringLiteral(" ×"));
    // 1: the picture has the size given. A sharper one is a choice of its own, and the line
    // under the form says how many pixels it makes.
    scale_->setValue(settings.value(key(kind, "scale"), 1.0).toDouble());
    scale_->setToolTip(
        QStringLiteral("1 writes the size given. 2 draws the same picture with twice the pixels "
                       "each way (1600 × 1000 becomes 3200 × 2000), sharp on a 4K slide. SVG and "
                       "PDF are vectors and need none."));
    form->addRow(QStringLiteral("Sharper (pixel scale):"), scale_);

    theme_->addItem(QStringLiteral("Light (projectors, print)"), theme_name(Theme::light));
    theme_->addItem(QStringLiteral("Dark"), theme_name(Theme::dark));
    theme_->setCurrentIndex(theme == Theme::dark ? 1 : 0);
    form->addRow(QStringLiteral("Theme:"), theme_);
    caption_->setChecked(settings.value(key(kind, "caption"), true).toBool());
    form->addRow(QString(), caption_);
    title_->setChecked(settings.value(key(kind, "title"), true).toBool());
    form->addRow(QString(), title_);

    if (!image) {
        every_ = new QSpinBox(this);
        every_->setRange(1, kWindowMaxIterations);
        // Of this scene, not remembered: 1 suited the bowl's 100 steps and gave Rosenbrock's
        // 3000 a GIF of 3001 frames, five minutes long.
        every_->setValue(default_steps_per_frame(last_step));
        every_->setToolTip(QStringLiteral("1: a frame for every step; 10: for every tenth"));
        form->addRow(QStringLiteral("Steps per frame:"), every_);
        fps_ = new QDoubleSpinBox(this);
        fps_->setRange(1.0, 50.0);
        fps_->setDecimals(0);
        fps_->setValue(settings.value(key(kind, "fps"), 10.0).toDouble());
        fps_->setSuffix(QStringLiteral(" frames/s"));
        form->addRow(QStringLiteral("Frame rate:"), fps_);
        hold_ = new QDoubleSpinBox(this);
        hold_->setRange(0.0, 60.0);
        hold_->setDecimals(1);
        hold_->setValue(settings.value(key(kind, "hold"), 2.0).toDouble());
        hold_->setSuffix(QStringLiteral(" s"));
        hold_->setToolTip(QStringLiteral("How long the final frame stays before the loop"));
        form->addRow(QStringLiteral("Hold the end:"), hold_);
        loop_ = new QCheckBox(QStringLiteral("Loop for ever"), this);
        loop_->setChecked(settings.value(key(kind, "loop"), true).toBool());
        form->addRow(QString(), loop_);
        for (QSpinBox* s : {every_})
            connect(s, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
        for (QDoubleSpinBox* s : {fps_, hold_})
            connect(s, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateState);
    }
    for (QSpinBox* s : {width_, height_})
        connect(s, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(scale_, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(file_, &QLineEdit::textChanged, this, &ExportDialog::updateState);

    error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(QStringLiteral("Export"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(summary_);
    column->addWidget(error_);
    column->addWidget(buttons);
    updateState();
}

QString ExportDialog::file() const {
    return file_->text().trimmed();
}

void ExportDialog::setFile(const QString& file) {
    file_->setText(file);
}

ExportLook ExportDialog::look() const {
    ExportLook look;
    look.size = QSize(width_->value(), height_->value());
    look.style.theme = theme_from_name(theme_->currentData().toString()).value_or(Theme::light);
    look.caption = caption_->isChecked();
    look.title = title_->isChecked();
    return look;
}

double ExportDialog::scale() const {
    const std::optional<ImageFormat> format = image_format_of(file());
    return kind_ == Kind::animation || format == ImageFormat::png ? scale_->value() : 1.0;
}

AnimationOptions ExportDialog::animationOptions() const {
    AnimationOptions options;
    if (kind_ != Kind::animation) return options;
    options.every = every_->value();
    options.fps = fps_->value();
    options.hold_seconds = hold_->value();
    options.loop = loop_->isChecked();
    options.scale = scale_->value();
    return options;
}

void ExportDialog::browse() {
    const QString filter = kind_ == Kind::image
                               ? QStringLiteral(
                                     "PNG image (*.png);;SVG vector picture (*.svg);;"
                                     "PDF document (*.pdf)")
                               : QStringLiteral("Animated GIF (*.gif)");
    // The file dialog asks about replacing a file itself: its answer stands.
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), file(), filter);
    if (chosen.isEmpty()) return;
    file_->setText(chosen);
    replace_confirmed_ = QFileInfo(chosen).absoluteFilePath();
}

QString ExportDialog::problem() const {
    const QString name = file();
    if (name.isEmpty()) return QStringLiteral("Choose a file to write.");
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (kind_ == Kind::image && !image_format_of(name)) {
        return QStringLiteral(
                   "The file name must end in .png, .svg or .pdf (it picks the "
                   "format), not '.%1'.")
            .arg(suffix);
    }
    if (kind_ == Kind::animation && suffix != QLatin1String("gif"))
        return QStringLiteral("An animation is written as a GIF: the file name must end in .gif.");
    const QFileInfo folder(QFileInfo(name).absolutePath());
    if (!folder.isDir())
        return QStringLiteral("The folder %1 does not exist.").arg(folder.filePath());
    const QString size =
        export_size_problem(kind_ == Kind::image ? image_format_of(name) : std::nullopt,
                            QSize(width_->value(), height_->value()), scale());
    if (!size.isEmpty()) return QStringLiteral("The size is too large: %1.").arg(size);
    if (kind_ == Kind::animation) {
        const QString too_many = frame_count_problem(last_step_, every_->value());
        if (!too_many.isEmpty()) return too_many + QLatin1Char('.');
    }
    return {};
}

void ExportDialog::updateState() {
    // The size list names the size the boxes hold, or "Other".
    const QSize size(width_->value(), height_->value());
    int match = size_choice_->count() - 1;
    for (int i = 0; i < size_choice_->count() - 1; ++i) {
        if (size_choice_->itemData(i).toSize() == size) {
            match = i;
            break;
        }
    }
    size_choice_->setCurrentIndex(match);
    const std::optional<ImageFormat> format = image_format_of(file());
    const bool vector = kind_ == Kind::image && format.has_value() && *format != ImageFormat::png;
    scale_->setEnabled(!vector);
    const QSize pixels = (QSizeF(width_->value(), height_->value()) * scale()).toSize();
    QString summary =
        vector ? QStringLiteral("Vector picture, %1 × %2 at 96 dpi")
                     .arg(width_->value())
                     .arg(height_->value())
               : QStringLiteral("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height());
    if (kind_ == Kind::animation) {
        const auto frames = static_cast<int>(frame_steps(last_step_, every_->value()).size());
        const double seconds = (frames - 1) / fps_->value() + hold_->value();
        summary += QStringLiteral(", %1 frames, %2 s").arg(frames).arg(seconds, 0, 'f', 1);
    }
    summary_->setText(summary);
    error_->clear();
}

void ExportDialog::remember() const {
    QSettings settings;
    settings.setValue(key(kind_, "size"), QSize(width_->value(), height_->value()));
    settings.setValue(key(kind_, "scale"), scale_->value());
    settings.setValue(key(kind_, "caption"), caption_->isChecked());
    settings.setValue(key(kind_, "title"), title_->isChecked());
    if (kind_ == Kind::animation) {
        settings.setValue(key(kind_, "fps"), fps_->value());
        settings.setValue(key(kind_, "hold"), hold_->value());
        settings.setValue(key(kind_, "loop"), loop_->isChecked());
    }
}

void ExportDialog::accept() {
    const QString wrong = problem();
    if (!wrong.isEmpty()) {
        error_->setText(wrong);
        return;
    }
    const QFileInfo target(file());
    if (target.exists() && target.absoluteFilePath() != replace_confirmed_) {
        const bool replace =
            confirmReplace
                ? confirmReplace(target.absoluteFilePath())
                : ask(this, windowTitle(),
                      QStringLiteral("%1 exists already. Replace it?").arg(target.fileName()),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        if (!replace) {
            error_->setText(QStringLiteral("%1 exists already; choose another name, or export "
                                           "again and replace it.")
                                .arg(target.fileName()));
            return;
        }
    }
    remember();
    QDialog::accept();
}

}  // namespace gdlab
