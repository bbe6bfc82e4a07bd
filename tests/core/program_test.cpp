#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <limits>
#include <random>

#include "test_support.hpp"

namespace gd {
namespace {

using testing::parse_ok;

bool same_bits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

class BatchEqualsScalar : public ::testing::TestWithParam<const char*> {};

// The batch path runs each instruction over a chunk of points; the scalar path runs all
// instructions on one point. They must agree to the last bit, NaNs included, over more points
// than one chunk holds.
TEST_P(BatchEqualsScalar, BitForBit) {
    const Program p = parse_ok(GetParam()).compile();
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(-4.0, 4.0);
    const Eigen::Index n = 1000;
    Eigen::ArrayXd x(n);
    Eigen::ArrayXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x[i] = u(rng);
        y[i] = u(rng);
    }
    x[0] = 0.0;
    y[0] = 0.0;
    x[1] = std::numeric_limits<double>::infinity();
    y[2] = std::numeric_limits<double>::quiet_NaN();
    Eigen::ArrayXd batch;
    p.evaluate(x, y, batch);
    ASSERT_EQ(batch.size(), n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double scalar = p.evaluate(x[i], y[i]);
        EXPECT_TRUE(same_bits(batch[i], scalar) || (std::isnan(batch[i]) && std::isnan(scalar)))
            << GetParam() << " at " << i << ": batch " << batch[i] << ", scalar " << scalar;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Expressions, BatchEqualsScalar,
    ::testing::Values("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "(1 - x)^2 + 100*(y - x^2)^2",
                      "x^3 - 3*x*y^2", "1/x + 2/y - 3", "2^x + x^y + y^0.5", "-x - -y",
                      "sin(x)*cos(y) + tan(x*y)", "asin(x/4) + acos(y/4) + atan(x)",
                      "sinh(x) + cosh(y) + tanh(x*y)", "exp(x) + ln(y) + log10(x) + log2(y)",
                      "sqrt(x) + cbrt(y) + abs(x) + sign(y)", "atan2(y, x) + hypot(x, y)",
                      "min(x, y) * max(x, y)", "pi*x + e*y", "7", "x",
                      "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + "
                      "cos(2*pi*y))) + e + 20"));

TEST(Program, FoldsLiteralOperandsIntoInstructionsAndReadsXAndYInPlace) {
    // Himmelblau: r = x*x; r += y; r -= 11; r = r*r; s = y*y; s = x + s; s -= 7; s = s*s; r += s.
    const Program p = parse_ok("(x^2 + y - 11)^2 + (x + y^2 - 7)^2").compile();
    EXPECT_EQ(p.size(), 9U);
    EXPECT_EQ(p.slot_count(), 4);  // x, y and two registers
}

TEST(Program, ReusesRegistersAlongLongSums) {
    std::string text = "x";
    for (int i = 0; i < 200; ++i)
        text += " + sin(x*y)";
    EXPECT_LE(parse_ok(text).compile().slot_count(), 4);
}

TEST(Program, DeepRightNestingUsesManyRegisters) {
    std::string text = "y";
    for (int i = 0; i < 60; ++i)
        text = std::string("(x + 1)^(").append(text).append(")");
    const Program p = parse_ok(text).compile();
    EXPECT_GT(p.slot_count(), 32);  // more than the scalar path keeps on its own stack
    EXPECT_DOUBLE_EQ(p.evaluate(0.0, 5.0), 1.0);
    Eigen::ArrayXd out;
    p.evaluate(Eigen::ArrayXd::Zero(600), Eigen::ArrayXd::Constant(600, 5.0), out);
    EXPECT_TRUE((out == 1.0).all());
}

TEST(Program, ConstantAndBareVariablePrograms) {
    EXPECT_EQ(parse_ok("7").compile().evaluate(1, 2), 7.0);
    EXPECT_EQ(parse_ok("y").compile().evaluate(1, 2), 2.0);
    Eigen::ArrayXd out;
    parse_ok("y").compile().evaluate(Eigen::ArrayXd::Constant(3, 1.0),
                                     Eigen::ArrayXd::Constant(3, 2.0), out);
    EXPECT_TRUE((out == 2.0).all());
}

TEST(Program, EmptyBatch) {
    Eigen::ArrayXd out(3);
    parse_ok("x + y").compile().evaluate(Eigen::ArrayXd(), Eigen::ArrayXd(), out);
    EXPECT_EQ(out.size(), 0);
}

}  // namespace
}  // namespace gd
