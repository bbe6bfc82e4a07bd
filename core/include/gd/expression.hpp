// Expressions in x and y: parsed from text, differentiated symbolically, printed, compiled.
// An Expression is an immutable, cheaply copied handle to a syntax tree; errors are values.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gd {

struct Node;
class Program;

// Where and why text could not be parsed. Offsets count Unicode code points (not bytes) so that a
// caret printed under the text lands on the character that is wrong.
struct ParseError {
    std::string message;
    std::size_t offset = 0;  // 0-based code point offset into the text
    std::size_t length = 0;  // code points; 0 when something is missing at `offset`
};

enum class Variable { x = 0, y = 1 };

// What parse_expression accepts, and so what every caller (the command line, the window, saved
// settings) accepts: the limits keep every algorithm on an expression, each of which walks its
// tree recursively, within a small, fixed stack and time.
// Characters in the text (a 200-term polynomial is about 3,000).
inline constexpr std::size_t kMaxExpressionLength = 10'000;
// Levels of the syntax tree: a chain a + b + c + ... counts one per operator, as do functions,
// signs and powers inside one another. Derivatives are a few times deeper than this.
inline constexpr int kMaxExpressionDepth = 1'000;
// Parentheses, function calls, signs and powers inside one another.
inline constexpr int kMaxNesting = 256;

class Expression {
  public:
    explicit Expression(std::shared_ptr<const Node> root);

    // The derivative, simplified so that it reads as a student would write it.
    [[nodiscard]] Expression derivative(Variable v) const;
    // Canonical ASCII text that parses back to the same expression ("2*x + y^2").
    [[nodiscard]] std::string to_string() const;
    // Text for people: superscripts, a middle dot, a true minus sign ("2·x + y²").
    [[nodiscard]] std::string to_pretty_string() const;
    // The flat program that evaluates this expression; see program.hpp.
    [[nodiscard]] Program compile() const;
    [[nodiscard]] bool depends_on(Variable v) const;
    // Number of nodes with shared subtrees counted every time they occur: the work a printer or
    // compiler does. Derivatives of long products grow fast; callers cap this.
    [[nodiscard]] std::size_t expanded_size() const;

    [[nodiscard]] const std::shared_ptr<const Node>& root() const { return root_; }

  private:
    std::shared_ptr<const Node> root_;
};

using ParseResult = std::variant<Expression, ParseError>;

// A function the language knows, for help texts: its name and how many arguments it takes.
struct FunctionSignature {
    std::string_view name;
    int arity = 1;
};
[[nodiscard]] std::vector<FunctionSignature> known_functions();

// Parses the expression language the README describes ("The expression language").
[[nodiscard]] ParseResult parse_expression(std::string_view text);

}  // namespace gd
