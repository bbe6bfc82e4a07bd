#include "lexer.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "gd/text.hpp"

namespace gd {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_name_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_name_char(char c) {
    return is_name_start(c) || is_digit(c);
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

struct UnicodeHint {
    std::string_view character;
    std::string_view advice;
};

// Characters people paste from documents, with what to type instead.
constexpr std::array kUnicodeHints{
    UnicodeHint{"²", "write ^2 for a square"},
    UnicodeHint{"³", "write ^3 for a cube"},
    UnicodeHint{"×", "write * to multiply"},
    UnicodeHint{"·", "write * to multiply"},
    UnicodeHint{"⋅", "write * to multiply"},
    UnicodeHint{"∗", "write * to multiply"},
    UnicodeHint{"÷", "write / to divide"},
    UnicodeHint{"−", "write - (the ASCII minus sign)"},
    UnicodeHint{"–", "write - (the ASCII minus sign)"},
    UnicodeHint{"π", "write pi"},
    UnicodeHint{"√", "write sqrt(...)"},
};

}  // namespace

std::optional<Token> Lexer::fail(std::string message, std::size_t offset, std::size_t length) {
    error_ = LexError{std::move(message), offset, length};
    return std::nullopt;
}

std::optional<Token> Lexer::next() {
    while (pos_ < text_.size() && is_space(text_[pos_]))
        ++pos_;
    const std::size_t start = pos_;
    if (pos_ >= text_.size()) return Token{TokenKind::end, start, 0, 0.0, {}};

    const char c = text_[pos_];
    if (is_digit(c) || (c == '.' && pos_ + 1 < text_.size() && is_digit(text_[pos_ + 1]))) {
        return lex_number(start);
    }
    if (is_name_start(c)) {
        while (pos_ < text_.size() && is_name_char(text_[pos_]))
            ++pos_;
        return Token{TokenKind::name, start, pos_ - start, 0.0, text_.substr(start, pos_ - start)};
    }
    auto single = [&](TokenKind kind, std::size_t length = 1) {
        pos_ += length;
        return Token{kind, start, length, 0.0, text_.substr(start, length)};
    };
    switch (c) {
        case '+':
            return single(TokenKind::plus);
        case '-':
            return single(TokenKind::minus);
        case '*':
            if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '*') {
                return single(TokenKind::caret, 2);
            }
            return single(TokenKind::star);
        case '/':
            return single(TokenKind::slash);
        case '^':
            return single(TokenKind::caret);
        case '(':
            return single(TokenKind::lparen);
        case ')':
            return single(TokenKind::rparen);
        case '[':
            return single(TokenKind::lbracket);
        case ']':
            return single(TokenKind::rbracket);
        case ',':
            return single(TokenKind::comma);
        default:
            report_bad_character(start);
            return std::nullopt;
    }
}

std::optional<Token> Lexer::lex_number(std::size_t start) {
    while (pos_ < text_.size() && is_digit(text_[pos_]))
        ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '.') {
        ++pos_;
        while (pos_ < text_.size() && is_digit(text_[pos_]))
            ++pos_;
    }
    // An exponent only when digits follow: "2e" is 2 times the constant e, "2exp(x)" is 2*exp(x).
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
        std::size_t p = pos_ + 1;
        if (p < text_.size() && (text_[p] == '+' || text_[p] == '-')) ++p;
        if (p < text_.size() && is_digit(text_[p])) {
            pos_ = p;
            while (pos_ < text_.size() && is_digit(text_[pos_]))
                ++pos_;
        }
    }
    if (pos_ < text_.size() && text_[pos_] == '.') {
        return fail("a number has a second decimal point", pos_, 1);
    }
    const std::string_view digits = text_.substr(start, pos_ - start);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec == std::errc::result_out_of_range || !std::isfinite(value)) {
        // from_chars also reports underflow as out of range; a tiny number is simply zero.
        const bool tiny = digits.find_first_of("eE") != std::string_view::npos &&
                          digits.find("e-") != std::string_view::npos;
        if (!tiny) {
            return fail("the number " + std::string(digits) + " is too large for a double", start,
                        digits.size());
        }
        value = 0.0;
    } else if (ec != std::errc() || end != digits.data() + digits.size()) {
        return fail("'" + std::string(digits) + "' is not a number", start, digits.size());
    }
    return Token{TokenKind::number, start, digits.size(), value, digits};
}

void Lexer::report_bad_character(std::size_t start) {
    const std::size_t n = utf8_sequence_length(text_, start);
    if (n == 0) {
        // Report the byte with the continuation bytes that follow it: one character's place.
        std::size_t end = start + 1;
        while (end < text_.size() && end - start < 4 &&
               (static_cast<unsigned char>(text_[end]) & 0xC0) == 0x80)
            ++end;
        const std::string bytes = printable(text_.substr(start, end - start));
        fail((end - start == 1 ? "the byte " : "the bytes ") + bytes +
                 (end - start == 1 ? " is" : " are") + " not valid UTF-8 text",
             start, end - start);
        return;
    }
    if (const std::string escape = escape_of(text_, start, n); !escape.empty()) {
        fail("the control character " + escape + " cannot be part of an expression", start, n);
        return;
    }
    const std::string_view character = text_.substr(start, n);
    for (const auto& hint : kUnicodeHints) {
        if (hint.character == character) {
            fail("'" + std::string(character) +
                     "' is not part of the expression language: " + std::string(hint.advice),
                 start, n);
            return;
        }
    }
    if (character == "=") {
        fail("'=' is not allowed: type only the right-hand side of f(x, y) = ...", start, n);
        return;
    }
    fail("unexpected character '" + std::string(character) + "'", start, n);
}

std::string describe(const Token& token) {
    if (token.kind == TokenKind::end) return "the end of the expression";
    if (token.kind == TokenKind::number) return "the number " + std::string(token.text);
    return "'" + std::string(token.text) + "'";
}

}  // namespace gd
