// Our parser and evaluator against muParser on a few hundred generated expressions: both must
// give the same values wherever both are finite. The generator writes each expression twice,
// in our syntax (with random aliases: **, x[0], ln/log) and in muParser's.
#include <gtest/gtest.h>
#include <muParser.h>

#include <cmath>
#include <random>
#include <string>

#include "test_support.hpp"

namespace gd {
namespace {

struct Pair {
    std::string ours;
    std::string theirs;
};

class Generator {
  public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    Pair expression(int depth) {
        const int choice = depth <= 0 ? pick(0, 2) : pick(0, 9);
        switch (choice) {
            case 0:
                return variable();
            case 1:
                return constant();
            case 2:
                return number();
            case 3:
            case 4:
            case 5:
                return binary(depth);
            case 6:
                return power(depth);
            case 7: {
                Pair a = expression(depth - 1);
                return {"(-(" + a.ours + "))", "(-(" + a.theirs + "))"};
            }
            case 8:
                return function(depth);
            default:
                return two_argument_function(depth);
        }
    }

  private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

    Pair variable() {
        if (pick(0, 1) == 0) {
            const char* ours[] = {"x", "x[0]", "x0"};
            return {ours[pick(0, 2)], "x"};
        }
        const char* ours[] = {"y", "x[1]", "x1"};
        return {ours[pick(0, 2)], "y"};
    }

    Pair constant() { return pick(0, 1) ? Pair{"pi", "_pi"} : Pair{"e", "_e"}; }

    Pair number() {
        const char* values[] = {"0.5", "2", "3", "1.25", "10", "0.1", "7", "1e-1", ".75"};
        const std::string v = values[pick(0, 8)];
        return {v, v};
    }

    Pair binary(int depth) {
        const char ops[] = {'+', '-', '*', '/'};
        const char op = ops[pick(0, 3)];
        const Pair a = expression(depth - 1);
        const Pair b = expression(depth - 1);
        return {"(" + a.ours + " " + op + " " + b.ours + ")",
                "(" + a.theirs + " " + op + " " + b.theirs + ")"};
    }

    Pair power(int depth) {
        const Pair base = expression(depth - 1);
        const char* exponents[] = {"2", "3", "0.5", "-1", "1.5"};
        const std::string e = exponents[pick(0, 4)];
        const std::string op = pick(0, 1) ? "^" : "**";
        return {"((" + base.ours + ")" + op + "(" + e + "))",
                "((" + base.theirs + ")^(" + e + "))"};
    }

    Pair function(int depth) {
        struct Name {
            const char* ours;
            const char* theirs;
        };
        const Name names[] = {{"sin", "sin"},     {"cos", "cos"},   {"tan", "tan"},
                              {"asin", "asin"},   {"acos", "acos"}, {"atan", "atan"},
                              {"sinh", "sinh"},   {"cosh", "cosh"}, {"tanh", "tanh"},
                              {"exp", "exp"},     {"ln", "ln"},     {"log", "ln"},
                              {"log10", "log10"}, {"log2", "log2"}, {"sqrt", "sqrt"},
                              {"abs", "abs"},     {"sign", "sign"}};
        const Name& n = names[pick(0, 16)];
        const Pair a = expression(depth - 1);
        return {std::string(n.ours) + "(" + a.ours + ")",
                std::string(n.theirs) + "(" + a.theirs + ")"};
    }

    Pair two_argument_function(int depth) {
        const char* names[] = {"min", "max"};
        const std::string n = names[pick(0, 1)];
        const Pair a = expression(depth - 1);
        const Pair b = expression(depth - 1);
        return {n + "(" + a.ours + ", " + b.ours + ")", n + "(" + a.theirs + ", " + b.theirs + ")"};
    }

    std::mt19937 rng_;
};

TEST(MuParserDifferential, SameValuesOnGeneratedExpressions) {
    Generator generator(20261122);
    std::mt19937 rng(99);
    std::uniform_real_distribution<double> coordinate(-3.0, 3.0);
    int compared = 0;
    for (int i = 0; i < 400; ++i) {
        const Pair e = generator.expression(1 + i % 4);
        const Program ours = testing::parse_ok(e.ours).compile();
        double x = 0;
        double y = 0;
        mu::Parser theirs;
        theirs.DefineVar("x", &x);
        theirs.DefineVar("y", &y);
        theirs.SetExpr(e.theirs);
        for (int k = 0; k < 10; ++k) {
            x = coordinate(rng);
            y = coordinate(rng);
            double expected = 0;
            try {
                expected = theirs.Eval();
            } catch (const mu::Parser::exception_type& error) {
                FAIL() << "muParser rejected " << e.theirs << ": " << error.GetMsg();
            }
            const double actual = ours.evaluate(x, y);
            if (!std::isfinite(expected) || !std::isfinite(actual)) continue;
            ++compared;
            const double scale = std::max({1.0, std::fabs(expected), std::fabs(actual)});
            EXPECT_NEAR(actual, expected, 1e-9 * scale)
                << e.ours << "  vs muParser  " << e.theirs << "  at (" << x << ", " << y << ")";
        }
    }
    EXPECT_GT(compared, 2000);  // most points are in every function's domain
}

}  // namespace
}  // namespace gd
