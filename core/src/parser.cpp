// Recursive-descent parser for the expression language (the README's "The expression language").
//
//   sum      := product (('+' | '-') product)*
//   product  := unary (('*' | '/') unary | <implicit product after a number> unary)*
//   unary    := ('-' | '+') unary | power
//   power    := primary (('^' | '**') unary)?        right-associative; -x^2 is -(x^2)
//   primary  := number | name | name '(' args ')' | 'x' '[' 0|1 ']' | '(' sum ')'
#include <string>

#include "gd/expression.hpp"
#include "gd/text.hpp"
#include "lexer.hpp"
#include "name_suggestion.hpp"
#include "node.hpp"

namespace gd {

namespace {

struct Failure {
    std::string message;
    std::size_t offset;  // bytes
    std::size_t length;  // bytes
};

class Parser {
  public:
    explicit Parser(std::string_view text) : text_(text), lexer_(text) {}

    NodePtr parse() {
        advance();
        if (current_.kind == TokenKind::end) {
            throw Failure{"the expression is empty: type a formula in x and y, such as x^2 + y^2",
                          0, 0};
        }
        NodePtr root = parse_sum();
        if (current_.kind != TokenKind::end) fail_after_operand();
        return root;
    }

  private:
    void advance() {
        previous_ = current_;
        auto token = lexer_.next();
        if (!token) {
            const auto& e = lexer_.error();
            throw Failure{e.message, e.offset, e.length};
        }
        current_ = *token;
    }

    [[noreturn]] void fail(std::string message, const Token& at) const {
        throw Failure{std::move(message), at.offset, at.length};
    }

    // Something follows a complete operand without an operator in between.
    [[noreturn]] void fail_after_operand() const {
        if (current_.kind == TokenKind::rparen) {
            fail("')' has no matching '('", current_);
        }
        if (current_.kind == TokenKind::comma) {
            fail("',' can only separate the arguments of a function such as atan2(y, x)", current_);
        }
        if (current_.kind == TokenKind::rbracket) fail("']' has no matching '['", current_);
        fail("missing operator between " + describe(previous_) + " and " + describe(current_) +
                 " (write * to multiply)",
             current_);
    }

    // Counts one level for each construct that makes the parser recurse: a parenthesis, a
    // function call, a sign or a power. Deeper nesting would only exhaust the stack.
    struct NestingGuard {
        NestingGuard(Parser& p, const Token& at) : parser(p) {
            if (++parser.depth_ > kMaxNesting) {
                parser.fail("the expression is nested too deeply (more than " +
                                std::to_string(kMaxNesting) +
                                " parentheses, function calls, signs and powers inside one "
                                "another)",
                            at);
            }
        }
        ~NestingGuard() { --parser.depth_; }
        NestingGuard(const NestingGuard&) = delete;
        NestingGuard& operator=(const NestingGuard&) = delete;
        Parser& parser;
    };

    // Every node goes through here, so no tree deeper than kMaxExpressionDepth is ever built
    // (not even in part: a long chain fails at the operator that goes too deep).
    NodePtr node(Op op, const Token& at, NodePtr a, NodePtr b = nullptr) const {
        NodePtr n = make_node(op, std::move(a), std::move(b));
        if (n->depth > kMaxExpressionDepth) {
            // Counted as the limit is, in levels: a chain of 1,000 operators over 1,001 terms is
            // 1,001 levels deep (it read "more than 1000 operations" for exactly 1,000).
            fail("the expression is too deep: more than " + std::to_string(kMaxExpressionDepth) +
                     " levels (a chain such as a + b + c is one level per operator and one for "
                     "its first term, as are functions, signs and powers inside one another); "
                     "group the terms with parentheses",
                 at);
        }
        return n;
    }

    NodePtr parse_sum() {
        NodePtr left = parse_product();
        while (current_.kind == TokenKind::plus || current_.kind == TokenKind::minus) {
            const Token op = current_;
            advance();
            left = node(op.kind == TokenKind::plus ? Op::add : Op::sub, op, left, parse_product());
        }
        return left;
    }

    NodePtr parse_product() {
        NodePtr left = parse_unary();
        for (;;) {
            if (current_.kind == TokenKind::star || current_.kind == TokenKind::slash) {
                const Token op = current_;
                advance();
                left =
                    node(op.kind == TokenKind::star ? Op::mul : Op::div, op, left, parse_unary());
            } else if (previous_.kind == TokenKind::number &&
                       (current_.kind == TokenKind::name || current_.kind == TokenKind::lparen)) {
                // Implicit product after a number: 2x, 3(x+1), 2sin(x); binds like '*'.
                const Token at = current_;
                left = node(Op::mul, at, left, parse_unary());
            } else {
                return left;
            }
        }
    }

    NodePtr parse_unary() {
        const Token sign = current_;
        if (sign.kind == TokenKind::minus || sign.kind == TokenKind::plus) {
            NestingGuard guard(*this, sign);
            advance();
            NodePtr operand = parse_unary();
            return sign.kind == TokenKind::minus ? node(Op::neg, sign, operand) : operand;
        }
        return parse_power();
    }

    NodePtr parse_power() {
        NodePtr base = parse_primary();
        if (current_.kind == TokenKind::caret) {
            const Token caret = current_;
            NestingGuard guard(*this, caret);
            advance();
            return node(Op::pow, caret, base, parse_unary());
        }
        return base;
    }

    NodePtr parse_primary() {
        const Token token = current_;
        switch (token.kind) {
            case TokenKind::number:
                advance();
                return make_leaf(Op::number, token.number);
            case TokenKind::name:
                advance();
                return parse_name(token);
            case TokenKind::lparen: {
                NestingGuard guard(*this, token);
                advance();
                if (current_.kind == TokenKind::rparen) fail("empty parentheses '()'", current_);
                NodePtr inner = parse_sum();
                expect_closing(token);
                return inner;
            }
            default:
                fail_missing_operand();
        }
    }

    [[noreturn]] void fail_missing_operand() const {
        const std::string wanted = "a number, a variable, a function or '('";
        if (current_.kind == TokenKind::end) {
            if (previous_.kind == TokenKind::end) fail("expected " + wanted, current_);
            fail("the expression ends after " + describe(previous_) + ": expected " + wanted,
                 current_);
        }
        if (current_.kind == TokenKind::caret && previous_.kind == TokenKind::caret) {
            fail("'" + std::string(current_.text) + "' follows '" + std::string(previous_.text) +
                     "': write a power as x^2",
                 current_);
        }
        if (current_.kind == TokenKind::rparen && previous_.kind == TokenKind::comma) {
            fail("a function argument is missing before ')'", current_);
        }
        fail("unexpected " + describe(current_) + ": expected " + wanted, current_);
    }

    void expect_closing(const Token& open) {
        if (current_.kind == TokenKind::rparen) {
            advance();
            return;
        }
        if (current_.kind == TokenKind::end) {
            fail("'(' is never closed: add ')'", open);
        }
        fail_after_operand();
    }

    NodePtr parse_name(const Token& name) {
        const std::string_view text = name.text;
        if (current_.kind == TokenKind::lparen) return parse_call(name);
        if (text == "x" && current_.kind == TokenKind::lbracket) return parse_indexed();
        if (text == "x" || text == "x0") return make_leaf(Op::x);
        if (text == "y" || text == "x1") return make_leaf(Op::y);
        if (text == "pi") return make_leaf(Op::pi);
        if (text == "e") return make_leaf(Op::e);
        if (auto f = find_function(text)) {
            fail("the function " + std::string(text) + " needs parentheses: " + std::string(text) +
                     (f->arity == 1 ? "(x)" : "(x, y)"),
                 name);
        }
        std::string message = "unknown name '" + std::string(text) + "'";
        if (auto hint = suggest_name(text, false); !hint.empty()) {
            message += "; did you mean " + hint + "?";
        } else {
            message += ": the variables are x and y";
        }
        fail(message, name);
    }

    NodePtr parse_indexed() {
        const Token open = current_;
        advance();
        const Token index = current_;
        if (index.kind != TokenKind::number || (index.number != 0.0 && index.number != 1.0)) {
            fail("x[...] takes the index 0 or 1: x[0] is x and x[1] is y", index);
        }
        advance();
        if (current_.kind == TokenKind::end) fail("'[' is never closed: add ']'", open);
        if (current_.kind != TokenKind::rbracket) {
            fail("expected ']' after the index, found " + describe(current_), current_);
        }
        advance();
        return make_leaf(index.number == 0.0 ? Op::x : Op::y);
    }

    NodePtr parse_call(const Token& name) {
        const auto function = find_function(name.text);
        if (!function) {
            if (name.text == "x" || name.text == "y" || name.text == "x0" || name.text == "x1" ||
                name.text == "pi" || name.text == "e") {
                fail("'" + std::string(name.text) + "' is not a function: write " +
                         std::string(name.text) + "*(...) to multiply",
                     name);
            }
            std::string message = "unknown function '" + std::string(name.text) + "'";
            if (auto hint = suggest_name(name.text, true); !hint.empty()) {
                message += "; did you mean " + hint + "?";
            }
            fail(message, name);
        }
        NestingGuard guard(*this, name);
        const Token open = current_;
        advance();
        NodePtr args[2];
        int count = 0;
        if (current_.kind == TokenKind::rparen) {
            fail(std::string(name.text) + " needs " + arguments_phrase(function->arity), current_);
        }
        for (;;) {
            const Token argument_start = current_;
            NodePtr argument = parse_sum();
            if (count == function->arity) {
                fail(std::string(name.text) + " takes " + arguments_phrase(function->arity),
                     argument_start);
            }
            args[count++] = argument;
            if (current_.kind == TokenKind::comma) {
                advance();
                continue;
            }
            break;
        }
        if (current_.kind == TokenKind::end) fail("'(' is never closed: add ')'", open);
        if (current_.kind != TokenKind::rparen) fail_after_operand();
        if (count < function->arity) {
            fail(std::string(name.text) + " takes " + arguments_phrase(function->arity) + ", not " +
                     std::to_string(count),
                 current_);
        }
        advance();
        return node(function->op, name, args[0], args[1]);
    }

    static std::string arguments_phrase(int n) {
        return n == 1 ? "one argument" : std::to_string(n) + " arguments";
    }

    std::string_view text_;
    Lexer lexer_;
    Token current_;
    Token previous_;
    int depth_ = 0;
};

}  // namespace

ParseResult parse_expression(std::string_view text) {
    // Checked first, so that even a gigabyte of text costs one pass and no tree.
    if (const std::size_t length = character_count(text); length > kMaxExpressionLength) {
        return ParseError{"the expression is " + std::to_string(length) +
                              " characters long; at most " + std::to_string(kMaxExpressionLength) +
                              " are allowed",
                          kMaxExpressionLength, length - kMaxExpressionLength};
    }
    try {
        return Expression(Parser(text).parse());
    } catch (const Failure& f) {
        // Byte offsets to characters, so that carets line up with what is shown.
        const std::size_t begin = character_count(text, f.offset);
        const std::size_t end = character_count(text, f.offset + f.length);
        return ParseError{f.message, begin, end - begin};
    }
}

}  // namespace gd
