#include "scene/bounded_json.hpp"

#include <algorithm>
#include <unordered_set>
#include <utility>
#include <vector>

#include "scene/scene_file_error.hpp"

namespace gdlab {

namespace {

using Json = nlohmann::ordered_json;

// Builds the document from the parser's events. An object's fields are appended without the
// ordered map's linear search for the key (a hash set per open object finds one given twice).
class BoundedBuilder {
  public:
    explicit BoundedBuilder(const std::string& source) : source_(source) {}

    Json take() { return std::move(root_); }

    bool null() { return add(Json()); }
    bool boolean(bool v) { return add(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return add(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return add(Json(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t& /*text*/) {
        return add(Json(v));
    }
    bool string(Json::string_t& v) { return add(Json(std::move(v))); }
    bool binary(Json::binary_t& /*v*/) { return add(Json()); }  // never in JSON text

    bool start_object(std::size_t /*elements*/) { return open(Json::object()); }
    bool start_array(std::size_t /*elements*/) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& name) {
        Level& level = levels_.back();
        if (!level.names.insert(name).second) {
            fail(path() + (levels_.size() > 1 ? "." : "") + shown_name(name),
                 "given twice; a field is given once");
        }
        auto& fields = level.value->get_ref<Json::object_t&>();
        // The ordered map is a vector of pairs: appended directly, its key not searched for.
        fields.emplace_back(std::move(name), Json());
        level.key = fields.back().first;
        return true;
    }

    bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                     const nlohmann::detail::exception& e) {
        // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." without the
        // library's tag.
        std::string what = e.what();
        if (const auto tag_end = what.find("] "); tag_end != std::string::npos)
            what = what.substr(tag_end + 2);
        // Nor what it read: the file may not be a scene at all (a lecture may name any path),
        // and its bytes are not for the message to show. The line and column say where.
        if (const auto read = what.find("; last read:"); read != std::string::npos)
            what.erase(read);
        throw SceneFileError(source_ + ": not valid JSON: " + what);
    }

  private:
    struct Level {
        Json* value;
        std::unordered_set<std::string> names;  // an object's fields so far
        std::string_view key;                   // the field being read, in an object
    };

    [[noreturn]] void fail(const std::string& field, const std::string& what) const {
        throw SceneFileError(source_ + ": " + (field.empty() ? "" : field + ": ") + what);
    }

    // Where the parser is: "runs[1].optimizer", "" at the top.
    std::string path() const {
        std::string at;
        for (std::size_t i = 0; i + 1 < levels_.size(); ++i) {
            const Level& level = levels_[i];
            if (level.value->is_array()) {
                at += "[" + std::to_string(level.value->size() - 1) + "]";
            } else {
                at += (at.empty() ? "" : ".") + shown_name(level.key);
            }
        }
        return at;
    }

    // The new value's place: the document, the open list's end, or the open object's field.
    Json* add(Json&& v) {
        if (++values_ > kMaxJsonValues) {
            fail({}, "more than " + std::to_string(kMaxJsonValues) +
                         " values (numbers, texts, lists, objects); a scene has a few hundred, "
                         "so the file was not opened");
        }
        if (levels_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Json* parent = levels_.back().value;
        if (parent->is_array()) {
            auto& items = parent->get_ref<Json::array_t&>();
            items.push_back(std::move(v));
            return &items.back();
        }
        auto& fields = parent->get_ref<Json::object_t&>();
        fields.back().second = std::move(v);
        return &fields.back().second;
    }

    bool open(Json&& container) {
        Json* placed = add(std::move(container));
        levels_.push_back(Level{placed, {}, {}});
        if (levels_.size() > static_cast<std::size_t>(kMaxJsonDepth)) {
            fail(path(), "nested more than " + std::to_string(kMaxJsonDepth) +
                             " levels deep; a scene file is at most 5");
        }
        return true;
    }

    bool close() {
        levels_.pop_back();
        return true;
    }

    const std::string& source_;
    Json root_;
    std::vector<Level> levels_;
    std::size_t values_ = 0;
};

}  // namespace

std::string shown_name(std::string_view name) {
    if (name.size() <= kShownNameBytes) return std::string(name);
    std::size_t cut = kShownNameBytes;
    // Not inside a UTF-8 letter: back to the byte that starts one.
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U)
        --cut;
    return std::string(name.substr(0, cut)) + "…";
}

Json parse_bounded_json(std::string_view text, const std::string& source, std::size_t max_bytes) {
    if (text.size() > max_bytes) {
        throw SceneFileError(source + ": too large: " + std::to_string(text.size()) +
                             " bytes, where at most " + std::to_string(max_bytes) +
                             " are allowed; the file was not opened");
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw SceneFileError(source + ": the file is empty; a scene or lecture file is JSON text");
    // The JSON parser would call a zero byte the end of the input, which misleads: a picture or
    // an archive opened by mistake is named for what it is.
    if (const auto zero = text.find('\0'); zero != std::string_view::npos) {
        const auto before = text.substr(0, zero);
        const auto line = std::count(before.begin(), before.end(), '\n') + 1;
        const auto line_start = before.rfind('\n');
        const auto column = zero - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
        throw SceneFileError(source + ": not a text file: a zero byte at line " +
                             std::to_string(line) + ", column " + std::to_string(column) +
                             "; a scene or lecture file is JSON text");
    }
    BoundedBuilder builder(source);
    Json::sax_parse(text.begin(), text.end(), &builder);
    return builder.take();
}

}  // namespace gdlab
