#include "scene/scene_file.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "gd/number_format.hpp"
#include "gd/presets.hpp"
#include "gd/run_setting.hpp"
#include "gd/text.hpp"
#include "scene/bounded_json.hpp"
#include "scene/run_json.hpp"
#include "scene/window_limits.hpp"

namespace gdlab {

namespace {

// A message or a field's path of several parts, in one allocation (they are made in loops).
std::string joined(std::initializer_list<std::string_view> parts) {
    std::string text;
    for (const std::string_view part : parts)
        text += part;
    return text;
}

using Json = nlohmann::ordered_json;

// The fields a scene has in this version; others are reported.
const std::set<std::string_view> kSceneFields = {
    "format",       "version", "title", "note",  "objective", "preset",      "view",
    "selected_run", "step",    "speed", "theme", "runs",      "convergence", "contours",
};

std::string type_name(const Json& j) {
    if (j.is_null()) return "null";
    if (j.is_boolean()) return "true or false";
    if (j.is_number()) return "a number";
    if (j.is_string()) return "text";
    if (j.is_array()) return "a list";
    return "an object";
}

// The one note on the fields of an object this version does not know: the first
// kMaxUnknownFieldsNamed by name (shortened, control characters escaped), the others counted,
// and what became of them. "fields this version does not know: sound, light and 3 more; kept
// (written back if the scene is saved)".
class UnknownFieldNotes {
  public:
    UnknownFieldNotes(std::vector<std::string>& notes, std::string prefix)
        : notes_(notes), prefix_(std::move(prefix)) {}

    void add(const std::string& key) {
        if (++count_ > kMaxUnknownFieldsNamed) return;
        if (!names_.empty()) names_ += ", ";
        names_ += gd::printable(shown_name(key));
    }

    // `fate`: what became of them ("kept (…)", "left out").
    void finish(std::string_view fate) {
        if (count_ == 0) return;
        std::string note = prefix_ + (count_ == 1 ? "a field this version does not know: "
                                                  : "fields this version does not know: ");
        note += names_;
        if (count_ > kMaxUnknownFieldsNamed)
            note += " and " + std::to_string(count_ - kMaxUnknownFieldsNamed) + " more";
        note += "; ";
        note += fate;
        notes_.push_back(std::move(note));
    }

    [[nodiscard]] std::size_t count() const { return count_; }

  private:
    std::vector<std::string>& notes_;
    std::string prefix_;
    std::string names_;
    std::size_t count_ = 0;
};

// A scene's fields this version does not know (a newer version's): the first
// kMaxKeptUnknownFields within kMaxKeptUnknownBytes are kept, to be written back when the scene
// is saved; the others are left out, and the note says so.
void keep_unknown_fields(const Json& j, Json& kept, std::vector<std::string>& notes) {
    UnknownFieldNotes unknown(notes, "");
    std::size_t kept_bytes = 0;
    for (const auto& [key, v] : j.items()) {
        if (kSceneFields.contains(key)) continue;
        unknown.add(key);
        if (kept.size() >= kMaxKeptUnknownFields) continue;
        const std::size_t bytes = key.size() + v.dump().size();
        if (kept_bytes + bytes > kMaxKeptUnknownBytes) continue;
        kept_bytes += bytes;
        kept.get_ref<Json::object_t&>().emplace_back(key, v);  // the reader's keys are unique
    }
    const std::size_t left_out = unknown.count() - kept.size();
    const std::string limit = " (a scene keeps at most " + std::to_string(kMaxKeptUnknownFields) +
                              " of them, " + std::to_string(kMaxKeptUnknownBytes / 1024) +
                              " kB in all)";
    if (left_out == 0) {
        unknown.finish("kept, and saved with the scene");
    } else if (kept.empty()) {
        unknown.finish("left out: saving the scene loses them" + limit);
    } else {
        unknown.finish(std::to_string(kept.size()) +
                       " are kept and saved with the scene; the other " + std::to_string(left_out) +
                       " are left out: saving the scene loses them" + limit);
    }
}

// Reads the fields of one file, naming the file and the field in what it refuses.
class FieldReader {
  public:
    explicit FieldReader(const std::string& source) : source_(source) {}

    [[noreturn]] void fail(const std::string& field, const std::string& what) const {
        throw SceneFileError(source_ + ": " + (field.empty() ? "" : field + ": ") + what);
    }

    const Json& object(const Json& j, const std::string& field) const {
        if (!j.is_object()) fail(field, "expected an object {...}, found " + type_name(j));
        return j;
    }

    const Json& array(const Json& j, const std::string& field, std::size_t min,
                      std::size_t max) const {
        if (!j.is_array()) fail(field, "expected a list [...], found " + type_name(j));
        if (j.size() < min || j.size() > max) {
            fail(field, "expected " + std::to_string(min) + " to " + std::to_string(max) +
                            " entries, found " + std::to_string(j.size()));
        }
        return j;
    }

    double number(const Json& j, const std::string& field) const {
        if (!j.is_number()) fail(field, "expected a number, found " + type_name(j));
        const double v = j.get<double>();
        if (!std::isfinite(v)) fail(field, "expected a finite number");
        return v;
    }

    // A whole number in [min, max]; 100.0 counts as 100.
    long long integer(const Json& j, const std::string& field, long long min, long long max) const {
        const double v = number(j, field);
        if (v != std::floor(v) || v < static_cast<double>(min) || v > static_cast<double>(max)) {
            fail(field, "expected a whole number from " + std::to_string(min) + " to " +
                            std::to_string(max) + ", found " + gd::format_number(v));
        }
        return static_cast<long long>(v);
    }

    std::string text(const Json& j, const std::string& field, std::size_t max_length) const {
        if (!j.is_string()) fail(field, "expected text in quotes, found " + type_name(j));
        const auto& s = j.get_ref<const std::string&>();
        if (s.size() > max_length) {
            fail(field, "too long: " + std::to_string(s.size()) + " bytes, where at most " +
                            std::to_string(max_length) + " are allowed; the file was not opened");
        }
        return s;
    }

    Eigen::Vector2d pair(const Json& j, const std::string& field) const {
        array(j, field, 2, 2);
        return {number(j[0], field + "[0]"), number(j[1], field + "[1]")};
    }

    const std::string& source() const { return source_; }

  private:
    const std::string& source_;
};

// An optimizer or schedule object: {"name": ..., "<parameter>": value, ...}.
template <class Variant, class Make, class Table, class Set>
Variant read_parameters(const FieldReader& in, const Json& j, const std::string& field,
                        std::string_view default_name, std::string_view kind, Make make,
                        Table table, Set set) {
    in.object(j, field);
    std::string name(default_name);
    if (j.contains("name")) name = in.text(j["name"], field + ".name", 40);
    auto value = make(name);
    if (!value) {
        std::string known;
        for (const auto& n : table()) {
            if (!known.empty()) known += ", ";
            known += n;
        }
        in.fail(field + ".name", joined({"unknown ", kind, " '", name, "'; known: ", known}));
    }
    for (const auto& [key, v] : j.items()) {
        if (key == "name") continue;
        const std::string at = joined({field, ".", key});
        if (!set(*value, key, in.number(v, at)))
            in.fail(at, joined({"the ", kind, " ", name, " has no parameter ", key}));
    }
    return *value;
}

// The run setting a scene file keeps at `field` within a run ("tolerance", "gradient.h"), or
// null.
const gd::RunSetting* setting_at(std::string_view field) {
    for (const gd::RunSetting& r : gd::kRunSettings) {
        if (r.field == field) return &r;
    }
    return nullptr;
}

// A run setting as its row says it is written: a point [x, y], a whole number, or a number.
void read_setting(const FieldReader& in, const Json& v, const std::string& at,
                  const gd::RunSetting& r, gd::DescentSettings& s) {
    if (r.components == 2) {
        const Eigen::Vector2d p = in.pair(v, at);
        r.set(s, 0, p.x());
        r.set(s, 1, p.y());
    } else if (r.describe.whole) {
        r.set(s, 0,
              static_cast<double>(in.integer(v, at, static_cast<long long>(r.describe.valid.min),
                                             static_cast<long long>(r.describe.valid.max))));
    } else {
        r.set(s, 0, in.number(v, at));
    }
}

// "gradient": {"mode": ..., and the settings kept under "gradient." (h)}.
void read_gradient(const FieldReader& in, const Json& j, const std::string& field,
                   gd::DescentSettings& s) {
    in.object(j, field);
    for (const auto& [key, v] : j.items()) {
        if (key == "mode") {
            const auto mode = gd::gradient_mode_from_string(in.text(v, field + ".mode", 20));
            if (!mode)
                in.fail(field + ".mode", "expected \"exact\" or \"numeric\", found " + v.dump());
            s.gradient.mode = *mode;
        } else if (const gd::RunSetting* r = setting_at(joined({"gradient.", key}))) {
            read_setting(in, v, joined({field, ".", key}), *r, s);
        } else {
            in.fail(joined({field, ".", key}), "a gradient has only \"mode\" and \"h\"");
        }
    }
}

gd::RunSpec read_run(const FieldReader& in, const Json& j, const std::string& field,
                     const gd::Preset& base, std::vector<std::string>& notes) {
    in.object(j, field);
    gd::RunSpec run;
    gd::set_hyper_parameter(run.optimizer, "lr", base.learning_rate);
    run.settings.start = base.start;
    run.settings.max_iterations = base.iterations;
    UnknownFieldNotes unknown(notes, field + ": ");
    for (const auto& [key, v] : j.items()) {
        const std::string at = joined({field, ".", key});
        if (key == "optimizer") {
            run.optimizer = read_parameters<gd::Optimizer>(
                in, v, at, gd::kDefaultOptimizer, "optimizer",
                [](std::string_view n) { return gd::make_optimizer(n); },
                [] { return gd::optimizer_names(); },
                [](gd::Optimizer& o, std::string_view p, double x) {
                    return gd::set_hyper_parameter(o, p, x);
                });
        } else if (key == "schedule") {
            run.settings.schedule = read_parameters<gd::Schedule>(
                in, v, at, gd::kDefaultSchedule, "schedule",
                [](std::string_view n) { return gd::make_schedule(n); },
                [] { return gd::schedule_names(); },
                [](gd::Schedule& s, std::string_view p, double x) {
                    return gd::set_schedule_parameter(s, p, x);
                });
        } else if (const gd::RunSetting* r = setting_at(key)) {
            read_setting(in, v, at, *r, run.settings);
        } else if (key == "gradient") {
            run.settings.gradient = {};
            read_gradient(in, v, at, run.settings);
        } else {
            unknown.add(key);
        }
    }
    unknown.finish("left out");
    return run;
}

gd::Rect read_view(const FieldReader& in, const Json& j, const std::string& field) {
    in.object(j, field);
    gd::Rect view;
    bool has_x = false;
    bool has_y = false;
    for (const auto& [key, v] : j.items()) {
        if (key == "x") {
            const auto r = in.pair(v, field + ".x");
            view.x_min = r.x();
            view.x_max = r.y();
            has_x = true;
        } else if (key == "y") {
            const auto r = in.pair(v, field + ".y");
            view.y_min = r.x();
            view.y_max = r.y();
            has_y = true;
        } else {
            in.fail(joined({field, ".", key}), "a view has only \"x\" and \"y\" ranges");
        }
    }
    if (!has_x || !has_y) in.fail(field, "expected both ranges, \"x\": [a, b] and \"y\": [c, d]");
    return view;
}

// A scene's object; `prefix` is where it sits in its file ("" or "scenes[2].").
SceneRead read_scene_object(const FieldReader& in, const Json& j, const std::string& prefix,
                            bool needs_format) {
    in.object(j, prefix.empty() ? std::string() : prefix.substr(0, prefix.size() - 1));
    SceneRead read;
    Scene& scene = read.scene;
    const auto at = [&](std::string_view field) { return prefix + std::string(field); };

    if (needs_format || j.contains("format")) {
        if (!j.contains("format"))
            in.fail(at("format"), "missing; a scene file says \"format\": \"gdlab-scene\"");
        const auto format = in.text(j["format"], at("format"), 40);
        if (format != kSceneFormat)
            in.fail(at("format"), "expected \"gdlab-scene\"; this is not a scene file");
    }
    if (needs_format || j.contains("version")) {
        if (!j.contains("version")) in.fail(at("version"), "missing; this version writes 1");
        const auto version = in.integer(j["version"], at("version"), 1, 1'000'000);
        if (version > kSceneFileVersion) {
            read.notes.push_back(
                "written by a newer version of Gradient Descent Lab (format "
                "version " +
                std::to_string(version) + "); what it added is reported below");
        }
    }

    // The objective: a preset by name, or an expression (which a preset's formula may be).
    const gd::Preset* preset = nullptr;
    if (j.contains("preset")) {
        const auto name = in.text(j["preset"], at("preset"), 40);
        preset = gd::find_preset(name);
        // A later version's preset, or a typo: the objective the file also gives is the scene.
        if (!preset && !j.contains("objective"))
            in.fail(at("preset"), "no preset is called '" + name + "'");
        if (!preset) {
            read.notes.push_back("the preset '" + gd::printable(name) +
                                 "' is not one this version knows; the file's objective is "
                                 "used");
        }
    }
    if (j.contains("objective")) {
        scene.expression = in.text(j["objective"], at("objective"), gd::kMaxExpressionLength);
        if (preset && scene.expression != preset->formula) preset = nullptr;  // edited
    } else if (preset) {
        scene.expression = preset->formula;
    } else {
        in.fail(at("objective"), "missing; give the function, as in \"objective\": \"x^2 + y^2\"");
    }
    if (!preset) {  // a typed expression that is a preset's formula is that preset
        for (const auto& p : gd::presets())
            if (p.formula == scene.expression) preset = &p;
    }
    scene.preset = preset;
    auto parsed = gd::Objective::parse(scene.expression);
    if (auto* error = std::get_if<gd::ParseError>(&parsed))
        throw SceneFileError(in.source() + ": " +
                             describe_parse_error(at("objective"), scene.expression, *error));
    scene.objective = std::get<gd::Objective>(std::move(parsed));
    const gd::Preset& base = preset ? *preset : gd::default_preset();

    scene.view = j.contains("view") ? read_view(in, j["view"], at("view")) : base.view;
    if (!j.contains("runs")) in.fail(at("runs"), "missing; a scene has 1 to 8 runs");
    const Json& runs = in.array(j["runs"], at("runs"), 1, static_cast<std::size_t>(kMaxRuns));
    for (std::size_t i = 0; i < runs.size(); ++i) {
        scene.runs.push_back(
            read_run(in, runs[i], at("runs[" + std::to_string(i) + "]"), base, read.notes));
    }
    if (j.contains("selected_run")) {
        scene.active_run = static_cast<int>(in.integer(j["selected_run"], at("selected_run"), 1,
                                                       static_cast<long long>(runs.size()))) -
                           1;
    }
    if (j.contains("step") && !j["step"].is_null())
        scene.step = static_cast<int>(in.integer(j["step"], at("step"), 0, gd::kMaxIterations));
    if (j.contains("speed")) {
        const double speed = in.number(j["speed"], at("speed"));
        if (!(speed >= kMinSpeed && speed <= kMaxSpeed))
            in.fail(at("speed"), "the animation's speed must be " + gd::format_number(kMinSpeed) +
                                     " to " + gd::format_number(kMaxSpeed) +
                                     " steps a second, found " + gd::format_number(speed));
        scene.speed = speed;
    }
    if (j.contains("contours")) {
        const Json& c = in.object(j["contours"], at("contours"));
        for (const auto& [key, v] : c.items()) {
            if (key == "count") {
                scene.contours.count = static_cast<int>(
                    in.integer(v, at("contours.count"), 1, kMaxWindowContourLevels));
            } else if (key == "spacing") {
                const auto spacing = in.text(v, at("contours.spacing"), 20);
                if (spacing == "linear") {
                    scene.contours.spacing = gd::LevelSpacing::linear;
                } else if (spacing == "log") {
                    scene.contours.spacing = gd::LevelSpacing::log;
                } else if (spacing != "auto") {
                    in.fail(at("contours.spacing"),
                            "expected \"linear\", \"log\" or \"auto\", found \"" + spacing + "\"");
                }
            } else {
                in.fail(at("contours." + key),
                        "not a field of contours; they have count and spacing");
            }
        }
    }
    if (j.contains("title")) scene.title = in.text(j["title"], at("title"), kMaxTitleLength);
    if (j.contains("note")) scene.note = in.text(j["note"], at("note"), kMaxNoteLength);
    if (j.contains("theme")) {
        const auto theme = in.text(j["theme"], at("theme"), 20);
        if (theme != "light" && theme != "dark")
            in.fail(at("theme"), "expected \"light\" or \"dark\", found \"" + theme + "\"");
        scene.theme = theme;
    }
    if (j.contains("convergence")) {
        const auto shown = in.text(j["convergence"], at("convergence"), 20);
        if (shown != "values" && shown != "coordinates")
            in.fail(at("convergence"),
                    "expected \"values\" or \"coordinates\", found \"" + shown + "\"");
        scene.coordinates_plot = shown == "coordinates";
    }
    Json kept = Json::object();
    keep_unknown_fields(j, kept, read.notes);
    if (!kept.empty()) scene.unknown_fields = std::make_shared<const Json>(std::move(kept));

    if (auto problem = check_scene(scene)) in.fail(at(problem->field), problem->message);
    return read;
}

// A run; its schedule and gradient only when not the defaults (a constant rate, the exact
// gradient), which reading puts back.
Json run_json(const gd::RunSpec& run) {
    const auto& o = run.optimizer;
    const auto& s = run.settings.schedule;
    Json j = {{"optimizer", optimizer_json(o)}};
    if (s != gd::Schedule{}) j["schedule"] = schedule_json(s);
    j.update(run_settings_json(run.settings));
    if (run.settings.gradient != gd::GradientSettings{}) {
        j["gradient"] = {{"mode", std::string(gd::to_string(run.settings.gradient.mode))}};
        // h even with the exact gradient: the window keeps it for when numeric is chosen again.
        if (run.settings.gradient.h != gd::GradientSettings{}.h ||
            run.settings.gradient.mode == gd::GradientMode::numeric)
            j["gradient"]["h"] = setting_json(gd::run_setting(gd::Setting::h), run.settings);
    }
    return j;
}

bool all_scalars(const Json& array) {
    for (const auto& v : array)
        if (v.is_structured()) return false;
    return true;
}

// JSON as people write it: an object's fields one per line, a list of numbers on one line
// ("start": [-3.0, 4.0]). Its depth is a Scene's (4), or an unknown field's, which reading
// bounded by kMaxJsonDepth.
void write_json(const Json& j, int indent, std::string& out) {
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    if (j.is_object() && !j.empty()) {
        out += "{\n";
        bool first = true;
        for (const auto& [key, v] : j.items()) {
            out += (first ? "" : ",\n") + inner + Json(key).dump() + ": ";
            write_json(v, indent + 2, out);
            first = false;
        }
        out += "\n" + std::string(static_cast<std::size_t>(indent), ' ') + "}";
    } else if (j.is_array() && !j.empty() && !all_scalars(j)) {
        out += "[\n";
        for (std::size_t i = 0; i < j.size(); ++i) {
            out += (i == 0 ? "" : ",\n") + inner;
            write_json(j[i], indent + 2, out);
        }
        out += "\n" + std::string(static_cast<std::size_t>(indent), ' ') + "]";
    } else if (j.is_array()) {
        out += "[";
        for (std::size_t i = 0; i < j.size(); ++i)
            out += (i == 0 ? "" : ", ") + j[i].dump();
        out += "]";
    } else {
        out += j.dump();
    }
}

std::string json_text(const Json& j) {
    std::string out;
    write_json(j, 0, out);
    return out + "\n";
}

}  // namespace

std::string read_small_file(const std::filesystem::path& file, std::size_t max_bytes) {
    const std::string name = file.string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        if (error == std::errc::too_many_symbolic_link_levels)
            throw SceneFileError(name + ": a loop of symbolic links");
        throw SceneFileError(
            name + ": " +
            (std::filesystem::exists(file, error) ? "not a regular file" : "no such file"));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw SceneFileError(name + ": cannot be opened for reading");
    std::string text(max_bytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad()) throw SceneFileError(name + ": could not be read");
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
        throw SceneFileError(name + ": larger than " + std::to_string(max_bytes) +
                             " bytes, which is more than any " + std::string(kSceneExtension) +
                             " file needs; not read");
    }
    return text;
}

SceneRead parse_scene_file(std::string_view text, const std::string& source) {
    const FieldReader in(source);
    const Json j = parse_bounded_json(text, source, kMaxSceneFileBytes);
    if (j.is_object() && j.contains("format") && j["format"] == kLectureFormat)
        in.fail("format", "this is a lecture; open it as a lecture");
    return read_scene_object(in, j, "", true);
}

SceneRead read_scene_file(const std::filesystem::path& file) {
    return parse_scene_file(read_small_file(file, kMaxSceneFileBytes), file.string());
}

nlohmann::ordered_json scene_json(const Scene& scene) {
    Json j = {{"format", std::string(kSceneFormat)}, {"version", kSceneFileVersion}};
    if (!scene.title.empty()) j["title"] = scene.title;
    if (!scene.note.empty()) j["note"] = scene.note;
    j["objective"] = scene.expression;
    if (scene.preset) j["preset"] = std::string(scene.preset->name);
    j["view"] = {{"x", {scene.view.x_min, scene.view.x_max}},
                 {"y", {scene.view.y_min, scene.view.y_max}}};
    if (scene.theme) j["theme"] = *scene.theme;
    if (scene.coordinates_plot) j["convergence"] = "coordinates";
    j["selected_run"] = scene.active_run + 1;
    if (scene.step) j["step"] = *scene.step;
    if (scene.speed) j["speed"] = *scene.speed;
    if (scene.contours != ContourLines{}) {
        Json c = Json::object();
        if (scene.contours.count != kDefaultContourLevels) c["count"] = scene.contours.count;
        if (scene.contours.spacing)
            c["spacing"] = *scene.contours.spacing == gd::LevelSpacing::log ? "log" : "linear";
        j["contours"] = std::move(c);
    }
    Json runs = Json::array();
    for (const auto& run : scene.runs)
        runs.push_back(run_json(run));
    j["runs"] = std::move(runs);
    if (scene.unknown_fields == nullptr) return j;
    for (const auto& [key, v] : scene.unknown_fields->items())
        if (!j.contains(key)) j[key] = v;
    return j;
}

std::string scene_file_text(const Scene& scene) {
    return json_text(scene_json(scene));
}

namespace {

// The scene file a lecture names: a path relative to the lecture's folder (`folder`, already
// canonical), inside it, ending in .gdlab. A lecture is mailed and downloaded: it may not make
// the program read any other file the user can read (an absolute path, "../", a link leading
// out of the folder).
std::filesystem::path lecture_scene_path(const FieldReader& in, const std::string& name,
                                         const std::string& at,
                                         const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    const std::string shown = gd::printable(name);
    if (name.find('\0') != std::string::npos)
        in.fail(at, "the file name '" + shown + "' holds a zero character");
    const fs::path path(name);
    if (path.is_absolute() || path.has_root_name() || path.has_root_directory())
        in.fail(at, "'" + shown +
                        "' is an absolute path; a lecture names scene files by paths "
                        "relative to its own folder");
    for (const auto& part : path) {
        if (part == "..")
            in.fail(at, "'" + shown +
                            "' leads out of the lecture's folder ('..'); a lecture "
                            "names scene files in its own folder or below it");
    }
    if (path.extension() != kSceneExtension)
        in.fail(at, "'" + shown + "' does not end in " + std::string(kSceneExtension) +
                        "; a lecture names scene files");
    std::error_code error;
    fs::path file = fs::weakly_canonical(folder / path, error);
    if (error == std::errc::too_many_symbolic_link_levels)
        in.fail(at, "'" + shown + "' is a loop of symbolic links");
    if (error) in.fail(at, "'" + shown + "' cannot be found: " + error.message());
    // A link inside the folder that leads out of it is refused like "../".
    if (std::mismatch(folder.begin(), folder.end(), file.begin(), file.end()).first != folder.end())
        in.fail(at, "'" + shown + "' is a link that leads out of the lecture's folder");
    return file;
}

}  // namespace

LectureRead parse_lecture_file(std::string_view text, const std::string& source,
                               const std::filesystem::path& directory) {
    const FieldReader in(source);
    const Json j = parse_bounded_json(text, source, kMaxLectureFileBytes);
    in.object(j, "");
    if (!j.contains("format"))
        in.fail("format", "missing; a lecture file says \"format\": \"gdlab-lecture\"");
    const auto format = in.text(j["format"], "format", 40);
    if (format == kSceneFormat) in.fail("format", "this is a scene; open it as a scene");
    if (format != kLectureFormat)
        in.fail("format", "expected \"gdlab-lecture\"; this is not a lecture file");
    if (!j.contains("version")) in.fail("version", "missing; this version writes 1");
    LectureRead read;
    if (in.integer(j["version"], "version", 1, 1'000'000) > kSceneFileVersion)
        read.notes.push_back("written by a newer version of Gradient Descent Lab");
    if (j.contains("title")) read.lecture.title = in.text(j["title"], "title", kMaxTitleLength);
    if (!j.contains("scenes")) in.fail("scenes", "missing; a lecture lists its scenes");
    const Json& scenes = in.array(j["scenes"], "scenes", 1, kMaxLectureScenes);
    // A file named again is read once: a lecture naming one large scene a hundred times costs
    // what the scene costs.
    std::map<std::filesystem::path, SceneRead> files;
    // The folder the scene files must lie in, resolved once for all of them.
    std::error_code unresolved;  // a folder that cannot be resolved holds no file found below
    const std::filesystem::path folder =
        std::filesystem::weakly_canonical(directory.empty() ? "." : directory, unresolved);
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        const std::string at = "scenes[" + std::to_string(i) + "]";
        SceneRead scene;
        if (scenes[i].is_string()) {
            const auto file = lecture_scene_path(in, in.text(scenes[i], at, 4096), at, folder);
            auto found = files.find(file);
            if (found == files.end()) {
                try {
                    found = files.emplace(file, read_scene_file(file)).first;
                } catch (const SceneFileError& e) {
                    in.fail(at, e.what());
                }
            }
            scene.scene = found->second.scene;
            // Said once, where the file is first named.
            scene.notes = std::exchange(found->second.notes, {});
        } else {
            scene = read_scene_object(in, scenes[i], at + ".", false);
        }
        for (auto& note : scene.notes)
            read.notes.push_back(joined({at, ": ", note}));
        read.lecture.scenes.push_back(std::move(scene.scene));
    }
    UnknownFieldNotes unknown(read.notes, "");
    for (const auto& [key, v] : j.items()) {
        if (key != "format" && key != "version" && key != "title" && key != "scenes")
            unknown.add(key);
    }
    unknown.finish("left out");
    return read;
}

LectureRead read_lecture_file(const std::filesystem::path& file) {
    return parse_lecture_file(read_small_file(file, kMaxLectureFileBytes), file.string(),
                              file.parent_path());
}

std::string lecture_file_text(const Lecture& lecture) {
    Json j = {{"format", std::string(kLectureFormat)}, {"version", kSceneFileVersion}};
    if (!lecture.title.empty()) j["title"] = lecture.title;
    Json scenes = Json::array();
    for (const auto& scene : lecture.scenes) {
        Json s = scene_json(scene);
        s.erase("format");
        s.erase("version");
        scenes.push_back(std::move(s));
    }
    j["scenes"] = std::move(scenes);
    return json_text(j);
}

}  // namespace gdlab
