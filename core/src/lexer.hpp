// Splits expression text into tokens. Offsets here are in bytes; the parser converts them to
// code points when it reports an error.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gd {

enum class TokenKind {
    number,
    name,
    plus,
    minus,
    star,
    slash,
    caret,  // ^ or **
    lparen,
    rparen,
    lbracket,
    rbracket,
    comma,
    end,
};

struct Token {
    TokenKind kind = TokenKind::end;
    std::size_t offset = 0;  // bytes
    std::size_t length = 0;  // bytes
    double number = 0.0;
    std::string_view text;
};

struct LexError {
    std::string message;
    std::size_t offset = 0;  // bytes
    std::size_t length = 0;  // bytes
};

class Lexer {
  public:
    explicit Lexer(std::string_view text) : text_(text) {}

    // The next token, or an error for a character that cannot start one.
    [[nodiscard]] std::optional<Token> next();
    [[nodiscard]] const LexError& error() const { return error_; }

  private:
    std::optional<Token> lex_number(std::size_t start);
    std::optional<Token> fail(std::string message, std::size_t offset, std::size_t length);
    void report_bad_character(std::size_t start);

    std::string_view text_;
    std::size_t pos_ = 0;
    LexError error_;
};

// Human-readable name of a token for messages: "'+'", "the number 2", "the end of the expression".
[[nodiscard]] std::string describe(const Token& token);

}  // namespace gd
