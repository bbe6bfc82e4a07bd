#include "printer.hpp"

#include <cmath>
#include <optional>
#include <string_view>

#include "gd/number_format.hpp"

namespace gd {

namespace {

// Binding strength, loosest first. A child binding more loosely than its context needs ().
enum Precedence { kSum = 1, kProduct = 2, kUnary = 3, kPower = 4, kAtom = 5 };

int precedence(const NodePtr& n) {
    switch (n->op) {
        case Op::add:
        case Op::sub:
            return kSum;
        case Op::mul:
        case Op::div:
            return kProduct;
        case Op::neg:
            return kUnary;
        case Op::pow:
            return kPower;
        case Op::number:
            return n->value < 0.0 ? kUnary : kAtom;
        default:
            return kAtom;
    }
}

std::string superscript(std::string_view digits) {
    static constexpr std::string_view kDigits[] = {"⁰", "¹", "²", "³", "⁴",
                                                   "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string out;
    for (const char c : digits) {
        if (c == '-') {
            out += "⁻";
        } else {
            out += kDigits[c - '0'];
        }
    }
    return out;
}

// A term that begins with a minus sign must be parenthesized after + - * / ^.
bool starts_negative(const NodePtr& n) {
    return n->op == Op::neg || (n->op == Op::number && n->value < 0.0);
}

class Printer {
  public:
    explicit Printer(PrintStyle style) : pretty_(style == PrintStyle::pretty) {}

    std::string operator()(const NodePtr& n) const {
        switch (n->op) {
            case Op::number:
                return number(n->value);
            case Op::x:
                return "x";
            case Op::y:
                return "y";
            case Op::pi:
                return pretty_ ? "π" : "pi";
            case Op::e:
                return "e";
            case Op::neg:
                return minus() + wrap(n->a, precedence(n->a) < kProduct);
            case Op::add:
                return (*this)(n->a) + " + " +
                       wrap(n->b, precedence(n->b) <= kSum || starts_negative(n->b));
            case Op::sub:
                return (*this)(n->a) + " " + minus() + " " +
                       wrap(n->b, precedence(n->b) <= kSum || starts_negative(n->b));
            case Op::mul:
                return product(n);
            case Op::div:
                return wrap(n->a, precedence(n->a) < kProduct) + "/" +
                       wrap(n->b, precedence(n->b) <= kProduct || starts_negative(n->b));
            case Op::pow:
                return power(n);
            default:
                return call(n);
        }
    }

  private:
    std::string minus() const { return pretty_ ? "−" : "-"; }

    std::string number(double v) const {
        std::string s = format_number(v);
        if (pretty_ && !s.empty() && s[0] == '-') s = minus() + s.substr(1);
        return s;
    }

    std::string wrap(const NodePtr& n, bool parenthesize) const {
        return parenthesize ? "(" + (*this)(n) + ")" : (*this)(n);
    }

    std::string product(const NodePtr& n) const {
        const std::string left = wrap(n->a, precedence(n->a) < kProduct);
        const bool right_wrapped =
            precedence(n->b) < kProduct || starts_negative(n->b) || n->b->op == Op::div;
        const std::string right = wrap(n->b, right_wrapped);
        // "2x" and "3x²" read better than "2·x" on a slide.
        if (pretty_ && n->a->op == Op::number && n->a->value != 0.0 && !right_wrapped &&
            starts_with_letter(n->b)) {
            return left + right;
        }
        return left + (pretty_ ? "·" : "*") + right;
    }

    static bool starts_with_letter(const NodePtr& n) {
        const NodePtr& first = (n->op == Op::mul || n->op == Op::pow) ? n->a : n;
        if (first != n) return starts_with_letter(first);
        return n->op == Op::x || n->op == Op::y || n->op == Op::pi || n->op == Op::e;
    }

    // The value of a literal exponent as typed: 2, or -1 written as -1 (a negation node).
    static std::optional<double> literal(const NodePtr& n) {
        if (n->op == Op::number) return n->value;
        if (n->op == Op::neg && n->a->op == Op::number) return -n->a->value;
        return std::nullopt;
    }

    std::string power(const NodePtr& n) const {
        const std::string base = wrap(n->a, precedence(n->a) <= kPower);
        const auto exponent = literal(n->b);
        if (pretty_ && exponent && std::trunc(*exponent) == *exponent) {
            // Only plain integers become superscripts; 2e5 stays as text ("x^200000" is
            // printed "x^2e5" by the shortest formatting).
            const std::string digits = format_number(*exponent);
            if (digits.find_first_not_of("-0123456789") == std::string::npos) {
                return base + superscript(digits);
            }
        }
        // A tower such as 2^3² would be ambiguous on screen; 2^(3²) is not.
        return base + "^" +
               wrap(n->b, precedence(n->b) < kPower || (pretty_ && n->b->op == Op::pow));
    }

    std::string call(const NodePtr& n) const {
        std::string out(function_name(n->op));
        if (pretty_ && n->op == Op::sqrt) out = "√";
        out += "(" + (*this)(n->a);
        if (arity(n->op) == 2) out += ", " + (*this)(n->b);
        return out + ")";
    }

    bool pretty_;
};

}  // namespace

std::string print(const NodePtr& n, PrintStyle style) {
    return Printer(style)(n);
}

}  // namespace gd
