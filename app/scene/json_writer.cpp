#include "scene/json_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace gdlab {

std::string_view format_json_number(double v, char (&buffer)[32]) {
    if (v == 0.0) return std::signbit(v) ? "-0.0" : "0.0";
    // The shortest digits that read back to v, then laid out as nlohmann's format_buffer does:
    // plain decimals for exponents from -4 to 15, else d.ddde+XX with at least two digits.
    char scientific[32];
    const auto [end, ec] =
        std::to_chars(scientific, scientific + sizeof scientific, v, std::chars_format::scientific);
    (void)ec;  // 32 characters always suffice for a double
    const char* p = scientific;
    char* out = buffer;
    if (*p == '-') *out++ = *p++;
    char digits[20] = {};
    int n_digits = 0;
    for (; p < end && *p != 'e'; ++p) {
        if (*p != '.') digits[n_digits++] = *p;
    }
    // The exponent of the first digit: "e+05" or "e-05" (the buffer has no terminating zero).
    int exponent = 0;
    std::from_chars(p + 2, end, exponent);
    if (p[1] == '-') exponent = -exponent;
    const int n = exponent + 1;  // digits before the decimal point
    if (n_digits <= n && n <= 15) {
        std::memcpy(out, digits, static_cast<std::size_t>(n_digits));
        out += n_digits;
        for (int k = n_digits; k < n; ++k)
            *out++ = '0';
        *out++ = '.';
        *out++ = '0';
    } else if (0 < n && n <= 15) {
        std::memcpy(out, digits, static_cast<std::size_t>(n));
        out += n;
        *out++ = '.';
        std::memcpy(out, digits + n, static_cast<std::size_t>(n_digits - n));
        out += n_digits - n;
    } else if (-4 < n && n <= 0) {
        *out++ = '0';
        *out++ = '.';
        for (int k = n; k < 0; ++k)
            *out++ = '0';
        std::memcpy(out, digits, static_cast<std::size_t>(n_digits));
        out += n_digits;
    } else {
        *out++ = digits[0];
        if (n_digits > 1) {
            *out++ = '.';
            std::memcpy(out, digits + 1, static_cast<std::size_t>(n_digits - 1));
            out += n_digits - 1;
        }
        *out++ = 'e';
        const int e = n - 1;
        *out++ = e < 0 ? '-' : '+';
        const int magnitude = e < 0 ? -e : e;
        if (magnitude < 10) *out++ = '0';
        out = std::to_chars(out, buffer + sizeof buffer, magnitude).ptr;
    }
    return {buffer, static_cast<std::size_t>(out - buffer)};
}

JsonWriter::~JsonWriter() {
    flush();
}

void JsonWriter::flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void JsonWriter::flush_if_full() {
    if (buffer_.size() >= kFlushBytes) flush();
}

void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (first_.empty()) return;
    if (!first_.back()) buffer_ += ',';
    first_.back() = false;
}

void JsonWriter::begin_object() {
    separate();
    buffer_ += '{';
    first_.push_back(true);
}

void JsonWriter::end_object() {
    buffer_ += '}';
    flush_if_full();
    first_.pop_back();
}

void JsonWriter::begin_array() {
    separate();
    buffer_ += '[';
    first_.push_back(true);
}

void JsonWriter::end_array() {
    buffer_ += ']';
    flush_if_full();
    first_.pop_back();
}

void JsonWriter::key(std::string_view name) {
    separate();
    write_string(name);
    buffer_ += ':';
    after_key_ = true;
}

void JsonWriter::number(double v) {
    separate();
    if (!std::isfinite(v)) {
        buffer_ += "null";
        return;
    }
    char buffer[32];
    buffer_ += format_json_number(v, buffer);
}

void JsonWriter::integer(long long v) {
    separate();
    buffer_ += std::to_string(v);
}

void JsonWriter::boolean(bool v) {
    separate();
    buffer_ += v ? "true" : "false";
}

void JsonWriter::string(std::string_view text) {
    separate();
    write_string(text);
}

void JsonWriter::write_string(std::string_view text) {
    // Keys and most values are plain ASCII words: written as they are, without a document.
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
    });
    if (plain) {
        buffer_ += '"';
        buffer_ += text;
        buffer_ += '"';
        return;
    }
    buffer_ += nlohmann::ordered_json(std::string(text))
                   .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void JsonWriter::document(const nlohmann::ordered_json& value) {
    separate();
    buffer_ += value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace gdlab
