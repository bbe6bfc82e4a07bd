#include "gui/export/lecture_export.hpp"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cctype>
#include <optional>

#include "cli/scene_options.hpp"
#include "cli/usage_error.hpp"
#include "gd/text.hpp"
#include "gui/export/animation_export.hpp"
#include "gui/export/export_options.hpp"
#include "gui/export/export_scene.hpp"
#include "gui/export/image_export.hpp"
#include "gui/export/lecture_handout.hpp"
#include "gui/launch/startup_options.hpp"
#include "gui/model/run_spec.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/theme.hpp"
#include "scene/file_notes.hpp"
#include "scene/scene_file.hpp"

namespace gdlab {

namespace {

const std::string kCommand = "gdlab export";
constexpr std::size_t kMaxSlugLength = 40;

struct LectureRequest {
    QString lecture_file;
    QString out;
    bool handout = false;  // --out FILE.pdf: one PDF of the whole lecture
    ImageFormat format = ImageFormat::png;
    bool gif = false;
    QPageSize::PageSizeId paper = default_paper();  // the handout's
    ExportOptions options;
};

std::string utf8_option(const Arguments& args, const std::string& option) {
    const auto text = args.text(option);
    if (!text || text->empty()) {
        throw UsageError(kCommand + ": " + option +
                         (option == "--out"
                              ? " is required with --lecture: a folder for the pictures, or a "
                                ".pdf file for the handout"
                              : " FILE is required"));
    }
    // Qt would replace broken bytes in the name with U+FFFD and use another file than asked.
    if (!gd::is_valid_utf8(*text)) {
        throw UsageError(kCommand + ": " + option + ": the file name '" + gd::printable(*text) +
                         "' is not valid UTF-8 text");
    }
    return *text;
}

LectureRequest read_request(const Arguments& args) {
    LectureRequest request;
    request.lecture_file = QString::fromStdString(utf8_option(args, "--lecture"));
    if (args.has("--demo") || args.has_any(scene_options())) {
        throw UsageError(kCommand +
                         ": --lecture exports the lecture's own scenes; give no --demo or "
                         "scene options");
    }
    const std::string out = utf8_option(args, "--out");
    request.out = QString::fromStdString(out);
    const QString suffix = QFileInfo(request.out).suffix().toLower();
    request.handout = suffix == QLatin1String("pdf");
    if (request.handout) {
        if (args.has("--format") || args.has("--gif")) {
            throw UsageError(kCommand + ": --out: '" + out +
                             "' is the handout, one PDF of the lecture; --format and --gif "
                             "are for a folder of pictures");
        }
        request.format = ImageFormat::pdf;
        if (const auto paper = args.text("--paper")) {
            const auto named = paper_named(*paper);
            if (!named) {
                throw UsageError(kCommand + ": --paper: expected a4 or letter, got '" +
                                 gd::printable(*paper) + "'");
            }
            request.paper = *named;
        }
    } else {
        if (args.has("--paper")) {
            throw UsageError(kCommand + ": --paper is for the handout (--out FILE.pdf)");
        }
        if (suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
            suffix == QLatin1String("gif")) {
            throw UsageError(kCommand +
                             ": --out: with --lecture, give a folder for the "
                             "pictures (--format picks theirs) or a .pdf file for "
                             "the handout, not '" +
                             out + "'");
        }
        if (const auto format = args.text("--format")) {
            const auto parsed =
                image_format_of(QStringLiteral("x.") + QString::fromStdString(*format));
            if (!parsed || format->find('.') != std::string::npos) {
                throw UsageError(kCommand + ": --format: expected png, svg or pdf, got '" +
                                 gd::printable(*format) + "'");
            }
            request.format = *parsed;
        }
        request.gif = args.has("--gif");
    }
    request.options = read_export_options(args, request.format, request.gif, kCommand);
    return request;
}

// The lecture, each scene within the window's ranges. Throws UsageError naming the file, the
// scene and the field.
Lecture read_lecture(const QString& file, std::ostream& err) {
    LectureRead read;
    try {
        read = read_lecture_file(QFile::encodeName(file).toStdString());
    } catch (const SceneFileError& e) {
        throw UsageError(kCommand + ": --lecture: " + e.what());
    }
    print_notes(err, kCommand, file.toStdString(), read.notes);
    if (auto problem = window_problem_of(read.lecture, file.toStdString()))
        throw UsageError(kCommand + ": --lecture: " + *problem);
    return read.lecture;
}

// The export's look for one scene: --theme when given, else the scene's own, else light.
ExportLook look_for(const ExportLook& base, bool theme_given, const Scene& scene) {
    ExportLook look = base;
    if (!theme_given && scene.theme) {
        if (const auto theme = theme_from_name(QString::fromStdString(*scene.theme)))
            look.style.theme = *theme;
    }
    return look;
}

ExportScene final_picture(const Scene& scene, std::optional<int> step) {
    Scene asked = scene;
    asked.step = step;  // the end, unless --step names one: a deck shows where each run went
    return export_scene_of(asked, compute_traces(asked));
}

void report(std::ostream& out, const QString& file, const QString& what) {
    const QFileInfo written(file);
    out << kCommand << ": wrote " << gd::printable(written.absoluteFilePath().toStdString()) << " ("
        << what.toStdString() << ", " << size_text(written.size()).toStdString() << ")\n";
}

QString picture_what(ImageFormat format, const ExportOptions& options, int step) {
    const QSize pixels = (QSizeF(options.look.size) * options.scale).toSize();
    return (format == ImageFormat::png
                ? QStringLiteral("%1x%2 pixels").arg(pixels.width()).arg(pixels.height())
                : QStringLiteral("%1x%2 px at 96 dpi")
                      .arg(options.look.size.width())
                      .arg(options.look.size.height())) +
           QStringLiteral(", step %1").arg(step);
}

// The folder, made when missing; an empty string, or why it cannot hold the pictures.
QString prepare_folder(const QString& folder) {
    const QFileInfo info(folder);
    const QString shown = info.absoluteFilePath();
    if (info.exists() && !info.isDir())
        return QStringLiteral("cannot write into %1: it is a file, not a folder").arg(shown);
    if (!info.exists() && !QDir().mkpath(folder))
        return QStringLiteral("cannot create the folder %1").arg(shown);
    if (!QFileInfo(folder).isWritable())
        return QStringLiteral("cannot write into the folder %1: permission denied").arg(shown);
    return {};
}

// Why the GIFs of the lecture cannot be made as asked (too many frames at --every for a scene's
// runs, known only once they are computed), or an empty string. Checked for every scene before
// any file is written: stopping at scene 2 left scene 1's new files among a folder's old ones.
std::string gif_problem(const LectureRequest& request, const Lecture& lecture) {
    for (std::size_t i = 0; i < lecture.scenes.size(); ++i) {
        const ExportScene picture = final_picture(lecture.scenes[i], request.options.step);
        const int last = final_frame_step(picture, request.options.animation);
        const QString too_many =
            frame_count_problem(last, steps_per_frame(request.options.animation, last));
        if (!too_many.isEmpty())
            return "--every: scenes[" + std::to_string(i) + "]: " + too_many.toStdString();
    }
    return {};
}

int export_deck(const LectureRequest& request, const Lecture& lecture, const Invocation& io) {
    const ExportOptions& options = request.options;
    if (request.gif) {
        if (const std::string wrong = gif_problem(request, lecture); !wrong.empty()) {
            io.err << kCommand << ": " << wrong << "; nothing was written\n";
            return 2;
        }
    }
    if (const QString wrong = prepare_folder(request.out); !wrong.isEmpty()) {
        io.err << kCommand << ": " << gd::printable(wrong.toStdString()) << "\n";
        return 1;
    }
    const QDir folder(request.out);
    const QString suffix = request.format == ImageFormat::png   ? QStringLiteral("png")
                           : request.format == ImageFormat::svg ? QStringLiteral("svg")
                                                                : QStringLiteral("pdf");
    const int count = static_cast<int>(lecture.scenes.size());
    for (int i = 0; i < count; ++i) {
        const Scene& scene = lecture.scenes[static_cast<std::size_t>(i)];
        const ExportScene picture = final_picture(scene, options.step);
        const ExportLook look = look_for(options.look, options.theme_given, scene);
        const QString file = folder.filePath(numbered_file_name(i, count, scene, suffix));
        if (QString error = export_image(picture, look, options.scale, file); !error.isEmpty()) {
            io.err << kCommand << ": " << gd::printable(error.toStdString()) << "\n";
            return 1;
        }
        report(io.out, file, picture_what(request.format, options, picture.step));
        if (!request.gif) continue;
        const ExportLook moving = look_for(animation_look(options), options.theme_given, scene);
        const QString gif = folder.filePath(numbered_file_name(i, count, scene, "gif"));
        const AnimationResult result = export_animation(picture, moving, options.animation, gif);
        if (!result.error.isEmpty()) {
            io.err << kCommand << ": " << gd::printable(result.error.toStdString()) << "\n";
            return 1;
        }
        const QSize pixels = (QSizeF(moving.size) * options.scale).toSize();
        report(io.out, gif,
               QStringLiteral("%1 frames, %2x%3")
                   .arg(result.frames)
                   .arg(pixels.width())
                   .arg(pixels.height()));
    }
    return 0;
}

int export_handout(const LectureRequest& request, const Lecture& lecture, const Invocation& io) {
    const ExportOptions& options = request.options;
    const QString error = write_lecture_handout(
        lecture,
        [&](int i) {
            return final_picture(lecture.scenes[static_cast<std::size_t>(i)], options.step);
        },
        [&](const Scene& scene) { return look_for(options.look, options.theme_given, scene); },
        request.out, request.paper);
    if (!error.isEmpty()) {
        io.err << kCommand << ": " << gd::printable(error.toStdString()) << "\n";
        return 1;
    }
    report(io.out, request.out,
           QStringLiteral("%1 %2 pages, each a scene's title, note and picture")
               .arg(lecture.scenes.size())
               .arg(QPageSize::name(request.paper)));
    return 0;
}

}  // namespace

std::optional<std::string> window_problem_of(const Lecture& lecture, const std::string& source) {
    for (std::size_t i = 0; i < lecture.scenes.size(); ++i) {
        const Scene& scene = lecture.scenes[i];
        const std::string at = source + ": scenes[" + std::to_string(i) + "]";
        for (std::size_t r = 0; r < scene.runs.size(); ++r) {
            if (auto problem = window_problem(scene.runs[r])) {
                return at + ".runs[" + std::to_string(r) + "]." + problem->field + ": " +
                       problem->message.toStdString() + " (the window's range)";
            }
        }
        if (auto problem = DescentPlot::viewProblem(scene.view))
            return at + ".view: " + problem->message;
    }
    return std::nullopt;
}

std::string title_slug(const std::string& title) {
    std::string slug;
    for (const char c : title) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 && u < 128) {
            slug += static_cast<char>(std::tolower(u));
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
        if (slug.size() >= kMaxSlugLength) break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "scene" : slug;
}

QString numbered_file_name(int index, int count, const Scene& scene, const QString& suffix) {
    const int width = count >= 100 ? 3 : 2;
    return QStringLiteral("%1-%2.%3")
        .arg(index + 1, width, 10, QLatin1Char('0'))
        .arg(QString::fromStdString(title_slug(scene.title)), suffix);
}

int run_lecture_export(const Arguments& args, const Invocation& io) {
    const LectureRequest request = read_request(args);
    const Lecture lecture = read_lecture(request.lecture_file, io.err);
    // Nothing is shown: the same widgets draw off screen, with or without a display.
    use_offscreen_platform(true);
    int argc = io.argc;  // QApplication keeps a reference to it
    const QApplication app(argc, io.argv);
    set_application_names();
    return request.handout ? export_handout(request, lecture, io)
                           : export_deck(request, lecture, io);
}

}  // namespace gdlab
