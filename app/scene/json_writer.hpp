// JSON written as it goes, without building a document first: a ten-million-step trace or a
// contour set of millions of points costs no memory beyond what is being printed. Numbers are
// formatted as nlohmann::json prints them (shortest text that reads back to the same double,
// "2.0" for whole numbers), so that streamed and built documents are the same text.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace gdlab {

class JsonWriter {
  public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    // Hands what is buffered to the stream (done when the writer goes away).
    void flush();

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // The key of the next value in the current object.
    void key(std::string_view name);

    void number(double v);  // null when not finite
    void integer(long long v);
    void boolean(bool v);
    void string(std::string_view text);
    // A small document built whole (a header, an object of settings).
    void document(const nlohmann::ordered_json& value);

  private:
    // A comma before every value but the first in its array or object (a key's value follows
    // the key directly).
    void separate();
    void write_string(std::string_view text);

    void flush_if_full();

    // Text is gathered here and handed to the stream in blocks of about this size.
    static constexpr std::size_t kFlushBytes = 1 << 16;
    std::ostream& out_;
    std::string buffer_;
    std::vector<bool> first_;  // per open array or object: nothing written in it yet
    bool after_key_ = false;
};

// The text nlohmann::json prints for a finite double.
[[nodiscard]] std::string_view format_json_number(double v, char (&buffer)[32]);

}  // namespace gdlab
