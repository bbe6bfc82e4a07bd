#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <string>

#include "test_support.hpp"

namespace gd {
namespace {

using testing::eval;
using testing::parse_fail;
using testing::parse_ok;

struct ValueCase {
    const char* text;
    double x;
    double y;
    double expected;
};

// Each case is named by its text in CTest's list, not by a hex dump of the struct.
void PrintTo(const ValueCase& c, std::ostream* out) {
    *out << c.text << " at (" << c.x << ", " << c.y << ")";
}

class ParserValues : public ::testing::TestWithParam<ValueCase> {};

TEST_P(ParserValues, EvaluatesAsWritten) {
    const auto& c = GetParam();
    EXPECT_DOUBLE_EQ(eval(c.text, c.x, c.y), c.expected) << c.text;
}

// Precedence and associativity: each row would give another value under another reading.
INSTANTIATE_TEST_SUITE_P(
    PrecedenceAndAssociativity, ParserValues,
    ::testing::Values(ValueCase{"1 + 2 * 3", 0, 0, 7},                    // * before +
                      ValueCase{"(1 + 2) * 3", 0, 0, 9},                  //
                      ValueCase{"8 - 3 - 2", 0, 0, 3},                    // - is left-associative
                      ValueCase{"8 / 4 / 2", 0, 0, 1},                    // / is left-associative
                      ValueCase{"2 ^ 3 ^ 2", 0, 0, 512},                  // ^ is right-associative
                      ValueCase{"2 ** 3 ** 2", 0, 0, 512},                // ** is ^
                      ValueCase{"-x^2", 3, 0, -9},                        // -x^2 is -(x^2)
                      ValueCase{"-2^2", 0, 0, -4},                        //
                      ValueCase{"(-2)^2", 0, 0, 4},                       //
                      ValueCase{"2^-1", 0, 0, 0.5},                       // a sign in the exponent
                      ValueCase{"2^-x^2", 1, 0, 0.5},                     // 2^(-(x^2))
                      ValueCase{"x - -y", 1, 2, 3},                       //
                      ValueCase{"--x", 4, 0, 4},                          //
                      ValueCase{"+x", 4, 0, 4},                           //
                      ValueCase{"2 * 3 ^ 2", 0, 0, 18},                   // ^ before *
                      ValueCase{"x*y^2", 2, 3, 18},                       //
                      ValueCase{"1/2*x", 4, 0, 2},                        // left to right
                      ValueCase{"2x", 3, 0, 6},                           // implicit product
                      ValueCase{"2x^2", 3, 0, 18},                        // 2*(x^2)
                      ValueCase{"3(x+1)", 1, 0, 6},                       //
                      ValueCase{"2sin(x)", std::numbers::pi / 2, 0, 2},   //
                      ValueCase{"-2x", 3, 0, -6},                         //
                      ValueCase{"2 x", 3, 0, 6},                          // spaces do not matter
                      ValueCase{"2e", 0, 0, 2 * std::numbers::e},         // 2 times e, not 2e0
                      ValueCase{"2exp(0)", 0, 0, 2},                      //
                      ValueCase{"1e-3", 0, 0, 0.001},                     //
                      ValueCase{"1E+2", 0, 0, 100},                       //
                      ValueCase{".5", 0, 0, 0.5},                         //
                      ValueCase{"2.", 0, 0, 2},                           //
                      ValueCase{"2.5e1x", 2, 0, 50},                      //
                      ValueCase{"pi", 0, 0, std::numbers::pi},            //
                      ValueCase{"e", 0, 0, std::numbers::e},              //
                      ValueCase{"x[0] - x[1]", 5, 2, 3},                  // numpy-style aliases
                      ValueCase{"x0 * x1", 5, 2, 10},                     //
                      ValueCase{"x[0]**2 + x[1]**2", 3, 4, 25},           // numpy's indexing
                      ValueCase{"atan2(y, x)", -1, 0, std::numbers::pi},  //
                      ValueCase{"min(x, y) + max(x, y)", 3, -7, -4},      //
                      ValueCase{"pow(x, y)", 2, 10, 1024},                //
                      ValueCase{"hypot(x, y)", 3, 4, 5},                  //
                      ValueCase{"log(e) + ln(e)", 0, 0, 2},               // log is the natural log
                      ValueCase{"log10(1000) + log2(8)", 0, 0, 6},        //
                      ValueCase{"sqrt(16) + cbrt(-27)", 0, 0, 1},         //
                      ValueCase{"abs(x) + sign(x)", -3, 0, 2},            //
                      ValueCase{"sin(0)+cos(0)+tan(0)", 0, 0, 1},         //
                      ValueCase{"asin(1) + acos(1) + atan(0)", 0, 0, std::numbers::pi / 2},
                      ValueCase{"sinh(0) + cosh(0) + tanh(0)", 0, 0, 1},  //
                      ValueCase{"exp(ln(x))", 7, 0, 7}));

TEST(Parser, PrintsCanonicalText) {
    EXPECT_EQ(parse_ok("x^2+y^2").to_string(), "x^2 + y^2");
    EXPECT_EQ(parse_ok("x**2").to_string(), "x^2");
    EXPECT_EQ(parse_ok("x[0]*x[1]").to_string(), "x*y");
    EXPECT_EQ(parse_ok("2x").to_string(), "2*x");
    EXPECT_EQ(parse_ok("-(x+y)").to_string(), "-(x + y)");
    EXPECT_EQ(parse_ok("(x-y)-(x-y)").to_string(), "x - y - (x - y)");
    EXPECT_EQ(parse_ok("2^3^2").to_string(), "2^3^2");
    EXPECT_EQ(parse_ok("(2^3)^2").to_string(), "(2^3)^2");
    EXPECT_EQ(parse_ok("x^(-1)").to_string(), "x^(-1)");
    EXPECT_EQ(parse_ok("log(x)").to_string(), "ln(x)");
    EXPECT_EQ(parse_ok("1e-5*x").to_string(), "1e-5*x");
}

TEST(Parser, PrettyTextUsesSuperscriptsAndTrueMinus) {
    EXPECT_EQ(parse_ok("x^2 + y^2").to_pretty_string(), "x² + y²");
    EXPECT_EQ(parse_ok("2*x - 3*y^10").to_pretty_string(), "2x − 3y¹⁰");
    EXPECT_EQ(parse_ok("sqrt(x)*pi").to_pretty_string(), "√(x)·π");
    EXPECT_EQ(parse_ok("x^-1").to_pretty_string(), "x⁻¹");
    EXPECT_EQ(parse_ok("2^3^2").to_pretty_string(), "2^(3²)");
    // Found by the fuzzer: 200000 is formatted "2e5", which has no superscript form.
    EXPECT_EQ(parse_ok("x^200000").to_pretty_string(), "x^2e5");
    EXPECT_EQ(parse_ok("x^1000").to_pretty_string(), "x¹⁰⁰⁰");
}

// Printing and parsing again gives the same values: the printed text is a faithful formula.
TEST(Parser, PrintedTextParsesToTheSameValues) {
    for (const char* text : {"(1 - x)^2 + 100*(y - x^2)^2", "-x^2 - -y", "2^-x^2", "x/(y/2)",
                             "x - (y - 1)", "(x*y)^2/3", "-(2)^x", "atan2(-y, x - 1)"}) {
        const auto e = parse_ok(text);
        const auto again = parse_ok(e.to_string());
        for (double x : {-1.5, 0.25, 2.0}) {
            for (double y : {-0.75, 1.25}) {
                const double a = e.compile().evaluate(x, y);
                const double b = again.compile().evaluate(x, y);
                EXPECT_TRUE(a == b || (std::isnan(a) && std::isnan(b)))
                    << text << " printed as " << e.to_string();
            }
        }
    }
}

struct ErrorCase {
    const char* text;
    std::size_t offset;
    std::size_t length;
    const char* message_part;
};

void PrintTo(const ErrorCase& c, std::ostream* out) {
    *out << c.text;
}

class ParserErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParserErrors, ReportsWhereAndWhy) {
    const auto& c = GetParam();
    const ParseError e = parse_fail(c.text);
    EXPECT_EQ(e.offset, c.offset) << c.text << ": " << e.message;
    EXPECT_EQ(e.length, c.length) << c.text << ": " << e.message;
    EXPECT_NE(e.message.find(c.message_part), std::string::npos)
        << c.text << ": '" << e.message << "' lacks '" << c.message_part << "'";
}

INSTANTIATE_TEST_SUITE_P(
    WhatPeopleType, ParserErrors,
    ::testing::Values(
        ErrorCase{"x^2 + * y", 6, 1, "unexpected '*'"},
        ErrorCase{"sin(x", 3, 1, "'(' is never closed"}, ErrorCase{"2x+", 3, 0, "ends after '+'"},
        ErrorCase{"foo(x)", 0, 3, "unknown function 'foo'"},
        ErrorCase{"xy", 0, 2, "did you mean x*y?"}, ErrorCase{"x^^2", 2, 1, "'^' follows '^'"},
        ErrorCase{"", 0, 0, "empty"}, ErrorCase{"   ", 0, 0, "empty"},
        ErrorCase{"(x + 1", 0, 1, "never closed"},
        ErrorCase{"x + 1)", 5, 1, "')' has no matching '('"},
        ErrorCase{"((x)", 0, 1, "never closed"}, ErrorCase{"x² + y²", 1, 1, "write ^2"},
        ErrorCase{"3 × x", 2, 1, "write * to multiply"}, ErrorCase{"x − y", 2, 1, "ASCII minus"},
        ErrorCase{"π*x", 0, 1, "write pi"}, ErrorCase{"ü + x", 0, 1, "unexpected character 'ü'"},
        ErrorCase{"x + \xff", 4, 1, "the byte \\xff is not valid UTF-8"},
        ErrorCase{"sn(x)", 0, 2, "did you mean sin?"},
        ErrorCase{"sni(x)", 0, 3, "did you mean sin?"},
        ErrorCase{"exx(x)", 0, 3, "did you mean exp?"},
        ErrorCase{"sqtr(x)", 0, 4, "did you mean sqrt?"},
        ErrorCase{"Sin(x)", 0, 3, "did you mean sin?"},
        ErrorCase{"sqr(x)", 0, 3, "did you mean sqrt?"},
        ErrorCase{"z + 1", 0, 1, "unknown name 'z'"}, ErrorCase{"sin x", 0, 3, "needs parentheses"},
        ErrorCase{"sin()", 4, 1, "sin needs one argument"},
        ErrorCase{"sin(x, y)", 7, 1, "sin takes one argument"},
        ErrorCase{"atan2(x)", 7, 1, "atan2 takes 2 arguments, not 1"},
        ErrorCase{"atan2(x,)", 8, 1, "argument is missing"},
        ErrorCase{"x(y + 1)", 0, 1, "'x' is not a function"},
        ErrorCase{"x[2]", 2, 1, "index 0 or 1"}, ErrorCase{"x[0", 1, 1, "'[' is never closed"},
        ErrorCase{"x[0 + 1]", 4, 1, "expected ']' after the index, found '+'"},
        ErrorCase{"2 3", 2, 1, "missing operator between the number 2 and the number 3"},
        ErrorCase{"x y", 2, 1, "missing operator between 'x' and 'y'"},
        ErrorCase{"(x)(y)", 3, 1, "missing operator"},
        ErrorCase{"1..2", 2, 1, "second decimal point"}, ErrorCase{"1e400", 0, 5, "too large"},
        ErrorCase{"f = x^2", 2, 1, "'=' is not allowed"}, ErrorCase{"x,y", 1, 1, "','"},
        ErrorCase{"()", 1, 1, "empty parentheses"}, ErrorCase{"x ^", 3, 0, "ends after '^'"}));

TEST(Parser, OffsetsAndLengthsCountCharactersNotBytes) {
    // "²" is two bytes in UTF-8 but one character on screen, where the caret goes.
    const ParseError e = parse_fail("x + y²");
    EXPECT_EQ(e.offset, 5U);
    EXPECT_EQ(e.length, 1U);
    const ParseError arrow = parse_fail("x → y");  // three bytes
    EXPECT_EQ(arrow.offset, 2U);
    EXPECT_EQ(arrow.length, 1U);
}

// A chain a + b + c + ... is as deep as it is long: every operator is a level of the tree.
std::string sum_of_x(int terms) {
    std::string text = "x";
    for (int k = 1; k < terms; ++k)
        text += "+x";
    return text;
}

TEST(Parser, AChainAsDeepAsTheLimitParses) {
    const std::string text = sum_of_x(kMaxExpressionDepth);  // 999 operators, 1000 levels
    EXPECT_DOUBLE_EQ(parse_ok(text).compile().evaluate(1.0, 0.0), kMaxExpressionDepth);
}

TEST(Parser, AChainOneLevelDeeperIsRefusedAtTheOperatorThatGoesTooDeep) {
    const std::string text = sum_of_x(kMaxExpressionDepth + 1);
    const ParseError e = parse_fail(text);
    // 1,000 operators: 1,001 levels, named as levels (it read "more than 1000 operations").
    EXPECT_NE(e.message.find("too deep: more than 1000 levels (a chain such as a + b + c is one "
                             "level per operator and one for its first term"),
              std::string::npos)
        << e.message;
    // The last '+' is the 1000th operator, at 2 * 1000 - 1 characters into "x+x+...".
    EXPECT_EQ(e.offset, 2U * kMaxExpressionDepth - 1);
    EXPECT_EQ(e.length, 1U);
}

TEST(Parser, GroupedTermsOfTheSameLengthParse) {
    // 1,600 terms in groups of 40: the tree is 80 levels deep, not 1,600.
    std::string text;
    for (int group = 0; group < 40; ++group)
        text += (group ? "+(" : "(") + sum_of_x(40) + ")";
    EXPECT_DOUBLE_EQ(parse_ok(text).compile().evaluate(1.0, 0.0), 1600.0);
}

// The reproducer of the crash: 25,000 terms (50 kB) overflowed the stack in every command.
TEST(Parser, TextLongerThanTheLimitIsRefusedBeforeAnythingIsBuilt) {
    const std::string text = sum_of_x(25'000);
    const ParseError e = parse_fail(text);
    EXPECT_EQ(e.message, "the expression is 49999 characters long; at most 10000 are allowed");
    EXPECT_EQ(e.offset, kMaxExpressionLength);
    EXPECT_EQ(e.length, 49'999 - kMaxExpressionLength);
    // A megabyte fails the same way (it overflowed the stack even when it did not parse).
    const ParseError big = parse_fail(std::string(1 << 20, '('));
    EXPECT_NE(big.message.find("1048576 characters long"), std::string::npos);
}

TEST(Parser, TextAtTheLengthLimitParses) {
    // Groups of 50 products: about 100 levels deep at 10,000 characters.
    std::string group = "(x*y";
    for (int k = 1; k < 50; ++k)
        group += "+x*y";
    group += ")";
    std::string text = group;
    while (text.size() + 1 + group.size() <= kMaxExpressionLength)
        text += "+" + group;
    text += std::string(kMaxExpressionLength - text.size(), ' ');
    ASSERT_EQ(text.size(), kMaxExpressionLength);
    (void)parse_ok(text);
    EXPECT_NE(parse_fail(text + "x").message.find("10001 characters long"), std::string::npos);
}

TEST(Parser, EachParenthesisOrCallCountsOneNestingLevel) {
    // Both were refused as "more than 256 levels" at 128: a parenthesis counted twice.
    const std::string parens = std::string(kMaxNesting, '(') + "x" + std::string(kMaxNesting, ')');
    EXPECT_DOUBLE_EQ(parse_ok(parens).compile().evaluate(2.0, 0.0), 2.0);
    std::string calls = "x";
    for (int k = 0; k < kMaxNesting; ++k)
        calls = "sin(" + calls + ")";
    (void)parse_ok(calls);
    const ParseError e = parse_fail("(" + parens + ")");
    EXPECT_NE(e.message.find("more than 256 parentheses"), std::string::npos) << e.message;
    EXPECT_EQ(e.offset, static_cast<std::size_t>(kMaxNesting));  // the 257th '('
    EXPECT_NE(parse_fail("sin(" + calls + ")").message.find("nested too deeply"),
              std::string::npos);
}

TEST(Parser, TenKilobytesOfParenthesesAreAnErrorNotACrash) {
    const std::string text = std::string(5'000, '(') + "x" + std::string(4'999, ')');
    const ParseError e = parse_fail(text);
    EXPECT_NE(e.message.find("nested too deeply"), std::string::npos);
}

TEST(Parser, TenKilobytesOfMinusSignsAreAnErrorNotACrash) {
    const ParseError e = parse_fail(std::string(9'999, '-') + "x");
    EXPECT_NE(e.message.find("nested too deeply"), std::string::npos);
}

TEST(Parser, ControlCharactersAreNamedAsEscapesNeverEchoed) {
    // An escape sequence pasted into a field must not reach the terminal that prints the error.
    const ParseError esc = parse_fail("x + \x1b[31my");
    EXPECT_EQ(esc.message, "the control character \\x1b cannot be part of an expression");
    EXPECT_EQ(esc.offset, 4U);
    EXPECT_EQ(esc.length, 1U);
    EXPECT_EQ(parse_fail("\x01").message,
              "the control character \\x01 cannot be part of an expression");
    // U+202E reverses the text after it on screen.
    EXPECT_NE(parse_fail("x\u202e + y").message.find("\\u202e"), std::string::npos);
}

TEST(Parser, InvalidUtf8IsSaidToBeInvalidUtf8WithItsPlace) {
    // An overlong '/' (C0 AF) was "unexpected character" followed by two unprintable bytes.
    const ParseError overlong = parse_fail("x + \xc0\xaf");
    EXPECT_EQ(overlong.message, "the bytes \\xc0\\xaf are not valid UTF-8 text");
    EXPECT_EQ(overlong.offset, 4U);
    EXPECT_EQ(overlong.length, 2U);
    for (const char* bad : {"\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x88", "\x80"}) {
        const ParseError e = parse_fail(std::string("y*") + bad);
        EXPECT_NE(e.message.find("not valid UTF-8"), std::string::npos) << e.message;
        EXPECT_EQ(e.offset, 2U) << e.message;
    }
}

TEST(Parser, TenKilobytesOfGarbageGiveTheFirstBadPosition) {
    std::string text(10'000, '#');
    const ParseError e = parse_fail(text);
    EXPECT_EQ(e.offset, 0U);
}

}  // namespace
}  // namespace gd
