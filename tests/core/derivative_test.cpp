#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "test_support.hpp"

namespace gd {
namespace {

using testing::parse_ok;

std::string dx(const char* text) {
    return parse_ok(text).derivative(Variable::x).to_string();
}
std::string dy(const char* text) {
    return parse_ok(text).derivative(Variable::y).to_string();
}

TEST(Derivative, ReadsAsAStudentWouldWriteIt) {
    EXPECT_EQ(dx("x^2+y^2"), "2*x");
    EXPECT_EQ(dy("x^2+y^2"), "2*y");
    EXPECT_EQ(dx("x^2 + 10*y^2"), "2*x");
    EXPECT_EQ(dy("x^2 + 10*y^2"), "20*y");
    EXPECT_EQ(dx("(1 - x)^2 + 100*(y - x^2)^2"), "-2*(1 - x) - 400*x*(y - x^2)");
    EXPECT_EQ(dy("(1 - x)^2 + 100*(y - x^2)^2"), "200*(y - x^2)");
    EXPECT_EQ(dx("(x^2 + y - 11)^2 + (x + y^2 - 7)^2"), "4*x*(x^2 + y - 11) + 2*(x + y^2 - 7)");
    EXPECT_EQ(dx("x*y"), "y");
    EXPECT_EQ(dx("3*x^4"), "12*x^3");
    EXPECT_EQ(dx("1/x"), "-1/x^2");
    EXPECT_EQ(dx("sqrt(x^2 + y^2)"), "x/sqrt(x^2 + y^2)");
    EXPECT_EQ(dx("exp(-x^2 - y^2)"), "-2*x*exp(-x^2 - y^2)");
    EXPECT_EQ(dx("sin(x)*cos(y)"), "cos(x)*cos(y)");
    EXPECT_EQ(dy("sin(x)*cos(y)"), "-sin(x)*sin(y)");
    EXPECT_EQ(dx("e^x"), "e^x");
    EXPECT_EQ(dx("2^x"), "2^x*ln(2)");
    EXPECT_EQ(dx("x^y"), "y*x^(y - 1)");
    EXPECT_EQ(dx("0.26*(x^2 + y^2) - 0.48*x*y"), "0.52*x - 0.48*y");
    EXPECT_EQ(dx("x + x"), "2");
    EXPECT_EQ(dx("y"), "0");
    EXPECT_EQ(dx("x^0.1"), "0.1*x^(-0.9)");
}

TEST(Derivative, PrettyGradientForTheWindow) {
    EXPECT_EQ(parse_ok("(1 - x)^2 + 100*(y - x^2)^2").derivative(Variable::x).to_pretty_string(),
              "−2·(1 − x) − 400x·(y − x²)");
}

double central(const Program& f, double x, double y, Variable v) {
    const double h = 1e-6 * std::max(1.0, std::fabs(v == Variable::x ? x : y));
    if (v == Variable::x) return (f.evaluate(x + h, y) - f.evaluate(x - h, y)) / (2 * h);
    return (f.evaluate(x, y + h) - f.evaluate(x, y - h)) / (2 * h);
}

class DerivativeMatchesCentralDifference : public ::testing::TestWithParam<const char*> {};

// Every function of the language, composed so that the chain rule is exercised too, at points
// drawn in each function's domain.
TEST_P(DerivativeMatchesCentralDifference, AtRandomPoints) {
    const auto f = parse_ok(GetParam());
    const Program p = f.compile();
    const Program px = f.derivative(Variable::x).compile();
    const Program py = f.derivative(Variable::y).compile();
    std::mt19937 rng(12345);
    std::uniform_real_distribution<double> u(0.2, 0.8);
    for (int i = 0; i < 50; ++i) {
        const double x = u(rng);
        const double y = u(rng) * (i % 2 ? 1 : -1);
        for (const Variable v : {Variable::x, Variable::y}) {
            const double exact = (v == Variable::x ? px : py).evaluate(x, y);
            const double numeric = central(p, x, y, v);
            EXPECT_NEAR(exact, numeric, 1e-6 * std::max(1.0, std::fabs(exact)))
                << GetParam() << " d/d" << (v == Variable::x ? "x" : "y") << " at (" << x << ", "
                << y << ")";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    EveryFunction, DerivativeMatchesCentralDifference,
    ::testing::Values("sin(x*y) + x", "cos(x^2 - y)", "tan(x + y)", "asin(x*y)", "acos((x - y)/2)",
                      "atan(x/y)", "sinh(2x - y)", "cosh(x*y)", "tanh(x^2 + y)", "exp(x*y)",
                      "ln(x + y^2)", "log(x) + y", "log10(x*y^2)", "log2(x + 1 + y)",
                      "sqrt(x + y^2)", "cbrt(x - y)", "abs(x - 0.1) * y", "sign(y) * x^3",
                      "atan2(y, x)", "atan2(x*y, x + 1)", "min(x, y^2)", "max(x*y, y)",
                      "hypot(x, y)", "pow(x, y)", "x^y", "(1 + y)^x", "2^(x*y)", "e^(x - y)",
                      "x/(1 + y^2)", "(x + y)/(x - y - 2)", "-x^3*y", "pi*x*y + e",
                      "(1 - x)^2 + 100*(y - x^2)^2", "x^2.5 * y^2",
                      "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + "
                      "cos(2*pi*y))) + e + 20"));

TEST(Hessian, IsTheDerivativeOfTheGradient) {
    const Objective f = testing::objective("(1 - x)^2 + 100*(y - x^2)^2");
    // Rosenbrock's Hessian: [[2 - 400 y + 1200 x^2, -400 x], [-400 x, 200]].
    const Eigen::Matrix2d h = f.hessian({-1.2, 1.0});
    EXPECT_DOUBLE_EQ(h(0, 0), 2 - 400 * 1.0 + 1200 * 1.44);
    EXPECT_DOUBLE_EQ(h(0, 1), 480.0);
    EXPECT_DOUBLE_EQ(h(1, 0), 480.0);
    EXPECT_DOUBLE_EQ(h(1, 1), 200.0);
}

TEST(Objective, NumericGradientIsTheSeedNotebooksCentralDifference) {
    const Objective f = testing::objective("x^2 + y^2");
    const Eigen::Vector2d g = f.numeric_gradient({-3.0, 4.0}, 1e-4);
    // numpy: ((-3 + 1e-4)**2 + 16 - ((-3 - 1e-4)**2 + 16)) / 2e-4
    const double fx_plus = (-3 + 1e-4) * (-3 + 1e-4) + 16.0;
    const double fx_minus = (-3 - 1e-4) * (-3 - 1e-4) + 16.0;
    EXPECT_EQ(g.x(), (fx_plus - fx_minus) / (2 * 1e-4));
    EXPECT_NEAR(g.y(), 8.0, 1e-9);
}

TEST(Objective, AGradientCanBeExactWhereTheHessianIsTooLarge) {
    // sin(sin(...(x*y)...)), 80 deep: the gradient is a product of 80 cosines; its derivative
    // has 80 such products.
    std::string text = "x*y";
    for (int i = 0; i < 80; ++i)
        text = "sin(" + text + ")";
    const Objective f = testing::objective(text);
    EXPECT_TRUE(f.has_exact_gradient());
    EXPECT_FALSE(f.has_exact_hessian());
    EXPECT_TRUE(f.exact_gradient({0.5, 0.5}).allFinite());
    EXPECT_TRUE(f.hessian({0.5, 0.5}).array().isNaN().all());
}

TEST(Objective, HugeSymbolicDerivativesAreRefusedNotComputedForever) {
    std::string product = "x";
    for (int i = 0; i < 600; ++i)
        product += i % 2 ? "*x" : "*sin(x*y)";
    const Objective f = testing::objective(product);
    EXPECT_FALSE(f.has_exact_gradient());
    EXPECT_FALSE(f.has_exact_hessian());
    // The numeric gradient still works.
    EXPECT_TRUE(f.numeric_gradient({0.5, 0.5}, 1e-4).allFinite());
}

}  // namespace
}  // namespace gd
