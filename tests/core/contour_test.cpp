#include "gd/contour.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

#include "test_support.hpp"

namespace gd {
namespace {

Grid grid_of(const char* f, const Rect& r, int n) {
    return sample_grid(testing::objective(f), r, n, n);
}

// A grid with hand-written values; z[j][i] is the value at (xs[i], ys[j]).
Grid fixture(std::vector<double> xs, std::vector<double> ys, std::vector<std::vector<double>> z) {
    Grid g;
    g.xs = Eigen::Map<Eigen::ArrayXd>(xs.data(), static_cast<Eigen::Index>(xs.size()));
    g.ys = Eigen::Map<Eigen::ArrayXd>(ys.data(), static_cast<Eigen::Index>(ys.size()));
    g.rect = {xs.front(), xs.back(), ys.front(), ys.back()};
    g.z.resize(g.xs.size(), g.ys.size());
    for (Eigen::Index j = 0; j < g.ys.size(); ++j) {
        for (Eigen::Index i = 0; i < g.xs.size(); ++i)
            g.z(i, j) = z[j][i];
    }
    return g;
}

double signed_area(const ContourLine& line) {
    double a = 0;
    for (std::size_t k = 0; k + 1 < line.points.size(); ++k) {
        a += line.points[k].x() * line.points[k + 1].y() -
             line.points[k + 1].x() * line.points[k].y();
    }
    return a / 2;
}

void expect_point(const Eigen::Vector2d& p, double x, double y) {
    EXPECT_NEAR(p.x(), x, 1e-12);
    EXPECT_NEAR(p.y(), y, 1e-12);
}

TEST(Grid, SamplesLikeLinspace) {
    const Grid g = grid_of("x + 10*y", {-1, 1, 0, 3}, 5);
    ASSERT_EQ(g.nx(), 5);
    EXPECT_EQ(g.xs[0], -1.0);
    EXPECT_EQ(g.xs[4], 1.0);
    EXPECT_EQ(g.xs[1], -0.5);
    EXPECT_EQ(g.ys[4], 3.0);
    EXPECT_DOUBLE_EQ(g.z(1, 2), -0.5 + 10 * 1.5);
}

TEST(Contour, CircleIsOneClosedLineOnTheCircle) {
    const Grid g = grid_of("x^2 + y^2", {-2, 2, -2, 2}, 41);
    const double level = 1.0;
    const ContourSet set = contour(g, std::vector<double>{level});
    ASSERT_EQ(set.size(), 1U);
    ASSERT_EQ(set[0].lines.size(), 1U);
    const ContourLine& line = set[0].lines[0];
    EXPECT_TRUE(line.closed);
    ASSERT_GT(line.points.size(), 40U);
    EXPECT_EQ(line.points.front(), line.points.back());  // a closed line repeats its first point
    for (const auto& p : line.points)
        EXPECT_NEAR(p.norm(), 1.0, 2e-3);
    // Higher values (outside) on the left: the circle runs clockwise, with area -pi.
    EXPECT_NEAR(signed_area(line), -M_PI, 0.01);
}

TEST(Contour, SeveralLevelsInOnePassKeepTheCallersOrder) {
    const Grid g = grid_of("x^2 + y^2", {-2, 2, -2, 2}, 81);
    const ContourSet set = contour(g, std::vector<double>{2.25, 0.25, 1.0});
    ASSERT_EQ(set.size(), 3U);
    const double radii[] = {1.5, 0.5, 1.0};
    for (std::size_t k = 0; k < 3; ++k) {
        ASSERT_EQ(set[k].lines.size(), 1U);
        for (const auto& p : set[k].lines[0].points)
            EXPECT_NEAR(p.norm(), radii[k], 2e-3);
    }
}

TEST(Contour, LevelsOutsideTheDataGiveNothing) {
    const Grid g = grid_of("x^2 + y^2", {-2, 2, -2, 2}, 21);
    const ContourSet set = contour(g, std::vector<double>{-1.0, 8.5, 100.0});
    for (const auto& level : set)
        EXPECT_TRUE(level.lines.empty()) << level.value;
}

TEST(Contour, AValueOnTheLevelCountsAsBelow) {
    // A saddle cell whose high corners sit exactly on the level: all four count as below, so
    // nothing crosses (were they above, two lines would cut them off).
    const Grid g = fixture({0, 1}, {0, 1}, {{1, 0}, {0, 1}});
    EXPECT_TRUE(contour(g, std::vector<double>{1.0})[0].lines.empty());
}

TEST(Contour, ATouchAtOneSampleIsNoLine) {
    // sw lies on the level, the rest above: the only "crossing" is the point sw itself.
    const Grid g = fixture({0, 1}, {0, 1}, {{1, 2}, {2, 2}});
    EXPECT_TRUE(contour(g, std::vector<double>{1.0})[0].lines.empty());
}

TEST(Contour, LevelsThroughSamplesGiveNoRepeatedPoints) {
    // On a 9 x 9 grid over [-2, 2]^2 the unit circle passes through (0, +-1) and (+-1, 0).
    const Grid g = grid_of("x^2 + y^2", {-2, 2, -2, 2}, 9);
    const ContourSet set = contour(g, std::vector<double>{1.0});
    ASSERT_EQ(set[0].lines.size(), 1U);
    const auto& pts = set[0].lines[0].points;
    EXPECT_TRUE(set[0].lines[0].closed);
    EXPECT_EQ(pts.front(), pts.back());
    for (std::size_t k = 1; k < pts.size(); ++k)
        EXPECT_NE(pts[k], pts[k - 1]) << k;
    // The four samples on the circle, two crossings of the lines x = +-0.5 or y = +-0.5 in each
    // quadrant, and the first point again.
    EXPECT_EQ(pts.size(), 4U + 8U + 1U);
}

// A saddle cell: sw and ne above, se and nw below. The centre value decides which pairs join.
TEST(Contour, SaddleCellCentreBelowSeparatesTheHighCorners) {
    const Grid g = fixture({0, 1}, {0, 1}, {{1, 0}, {0, 1}});  // centre 0.5, level 0.5: below
    const ContourSet set = contour(g, std::vector<double>{0.5});
    ASSERT_EQ(set[0].lines.size(), 2U);
    // Around sw: from the bottom edge to the left edge, sw on the left.
    expect_point(set[0].lines[0].points[0], 0.5, 0);
    expect_point(set[0].lines[0].points[1], 0, 0.5);
    // Around ne: from the top edge to the right edge.
    expect_point(set[0].lines[1].points[0], 0.5, 1);
    expect_point(set[0].lines[1].points[1], 1, 0.5);
}

TEST(Contour, SaddleCellCentreAboveSeparatesTheLowCorners) {
    const Grid g = fixture({0, 1}, {0, 1}, {{1, 0}, {0, 1}});  // centre 0.5, level 0.4: above
    const ContourSet set = contour(g, std::vector<double>{0.4});
    ASSERT_EQ(set[0].lines.size(), 2U);
    // t = (0.4 - 1)/(0 - 1) = 0.6 along the bottom edge; the line cuts off se.
    expect_point(set[0].lines[0].points[0], 0.6, 0);
    expect_point(set[0].lines[0].points[1], 1, 0.4);
    expect_point(set[0].lines[1].points[0], 0.4, 1);
    expect_point(set[0].lines[1].points[1], 0, 0.6);
}

// A 3 x 4 fixture with hand-computed crossings: a ridge along the middle column, so the level
// 1 has two open lines, one on each side, each crossing the four rows.
TEST(Contour, SmallFixtureByHand) {
    const Grid g = fixture({0, 1, 2}, {0, 1, 2, 3}, {{0, 2, 0}, {0, 4, 0}, {0, 4, 0}, {0, 2, 0}});
    const ContourSet set = contour(g, std::vector<double>{1.0});
    ASSERT_EQ(set[0].lines.size(), 2U);
    auto lines = set[0].lines;
    std::sort(lines.begin(), lines.end(),
              [](const auto& a, const auto& b) { return a.points[0].x() < b.points[0].x(); });
    // Left of the ridge: crossings at t = 1/2 (rows where the ridge is 2) and 1/4 (where it is
    // 4), walked downward so that the ridge is on the left.
    const ContourLine& left = lines[0];
    EXPECT_FALSE(left.closed);
    ASSERT_EQ(left.points.size(), 4U);
    expect_point(left.points[0], 0.5, 3);
    expect_point(left.points[1], 0.25, 2);
    expect_point(left.points[2], 0.25, 1);
    expect_point(left.points[3], 0.5, 0);
    // Right of it: walked upward.
    const ContourLine& right = lines[1];
    EXPECT_FALSE(right.closed);
    ASSERT_EQ(right.points.size(), 4U);
    expect_point(right.points[0], 1.5, 0);
    expect_point(right.points[1], 1.75, 1);
    expect_point(right.points[2], 1.75, 2);
    expect_point(right.points[3], 1.5, 3);
}

TEST(Contour, NonFiniteCornersMakeHolesNotCrashes) {
    Grid g = grid_of("x^2 + y^2", {-2, 2, -2, 2}, 41);
    g.z(30, 20) = std::numeric_limits<double>::quiet_NaN();  // (1, 0): on the unit circle
    const ContourSet set = contour(g, std::vector<double>{1.0});
    ASSERT_EQ(set[0].lines.size(), 1U);
    const ContourLine& line = set[0].lines[0];
    EXPECT_FALSE(line.closed);  // the hole breaks the circle
    for (const auto& p : line.points) {
        // No point inside the four cells around the NaN sample.
        EXPECT_FALSE(std::fabs(p.x() - 1.0) < 0.0999 && std::fabs(p.y()) < 0.0999) << p.transpose();
    }
    // Everything is still on the circle, and the gap is small.
    for (const auto& p : line.points)
        EXPECT_NEAR(p.norm(), 1.0, 2e-3);
    EXPECT_LT((line.points.front() - line.points.back()).norm(), 0.3);
}

TEST(Contour, InfinitiesAndAllNaNGridsAreSkipped) {
    Grid g = grid_of("1/x", {-1, 1, -1, 1}, 21);  // x = 0 exactly: infinity in a column
    const ContourSet set = contour(g, std::vector<double>{2.0, -2.0});
    for (const auto& level : set) {
        ASSERT_EQ(level.lines.size(), 1U);
        for (const auto& p : level.lines[0].points)
            EXPECT_NEAR(p.x(), 1 / level.value, 1e-12);
    }
    g.z.setConstant(std::numeric_limits<double>::quiet_NaN());
    EXPECT_TRUE(contour(g, std::vector<double>{0.0})[0].lines.empty());
}

TEST(Levels, LinearRoundValuesForABowl) {
    const Grid g = grid_of("x^2 + y^2", {-5, 5, -5, 5}, 101);
    const LevelChoice c = choose_levels(g, 10);
    EXPECT_EQ(c.spacing, LevelSpacing::linear);
    ASSERT_EQ(c.levels.size(), 9U);  // 5, 10, ..., 45 inside (0, 50)
    EXPECT_EQ(c.levels.front(), 5.0);
    EXPECT_EQ(c.levels.back(), 45.0);
    EXPECT_EQ(c.min, 0.0);  // the grid includes the origin
    EXPECT_EQ(c.max, 50.0);
}

// The spacing asked for wins over the automatic choice: log lines for the bowl (its floor in
// detail), even ones for Rosenbrock.
TEST(Levels, TheSpacingAskedForIsTaken) {
    const LevelChoice bowl =
        choose_levels(grid_of("x^2 + y^2", {-5, 5, -5, 5}, 101), 10, LevelSpacing::log);
    EXPECT_EQ(bowl.spacing, LevelSpacing::log);
    ASSERT_GE(bowl.levels.size(), 5U);
    EXPECT_LT(bowl.levels.front(), 1.0);
    EXPECT_GT(bowl.levels[1] / bowl.levels[0], 1.5);  // a ratio between lines, not a step
    const LevelChoice banana = choose_levels(
        grid_of("(1 - x)^2 + 100*(y - x^2)^2", {-2, 2, -1, 3}, 201), 12, LevelSpacing::linear);
    EXPECT_EQ(banana.spacing, LevelSpacing::linear);
    ASSERT_GE(banana.levels.size(), 3U);
    const double step = banana.levels[1] - banana.levels[0];
    for (std::size_t k = 1; k < banana.levels.size(); ++k)
        EXPECT_NEAR(banana.levels[k] - banana.levels[k - 1], step, 1e-9 * step);
    // Asking for automatic is what it was.
    EXPECT_EQ(choose_levels(grid_of("x^2 + y^2", {-5, 5, -5, 5}, 101), 10, std::nullopt).levels,
              choose_levels(grid_of("x^2 + y^2", {-5, 5, -5, 5}, 101), 10).levels);
}

TEST(Levels, LogSpacedForRosenbrock) {
    const Grid g = grid_of("(1 - x)^2 + 100*(y - x^2)^2", {-2, 2, -1, 3}, 201);
    const LevelChoice c = choose_levels(g, 12);
    EXPECT_EQ(c.spacing, LevelSpacing::log);
    ASSERT_GE(c.levels.size(), 6U);
    EXPECT_LE(c.levels.size(), 12U);
    EXPECT_LT(c.levels.front(), 1.0);  // the valley floor gets lines
    EXPECT_GT(c.levels.back(), 100.0);
    for (std::size_t k = 1; k < c.levels.size(); ++k) {
        EXPECT_GT(c.levels[k], c.levels[k - 1]);
        EXPECT_LE(c.levels[k] / c.levels[k - 1], 3.5);  // evenly spread in log
    }
}

TEST(Levels, FlatOrEmptyGridsHaveNoLevels) {
    const LevelChoice flat = choose_levels(grid_of("3", {-1, 1, -1, 1}, 11), 10);
    EXPECT_TRUE(flat.levels.empty());
    EXPECT_TRUE(flat.constant);
    const LevelChoice nowhere = choose_levels(grid_of("sqrt(-1 - x^2)", {-1, 1, -1, 1}, 11), 10);
    EXPECT_TRUE(nowhere.levels.empty());
    EXPECT_FALSE(nowhere.constant);
    EXPECT_EQ(nowhere.finite_share, 0.0);
    EXPECT_NEAR(choose_levels(grid_of("sqrt(x)", {-1, 1, -1, 1}, 11), 10).finite_share, 6.0 / 11,
                1e-12);
}

// What every choice must be, whatever the grid: a short, strictly ascending list of finite
// levels strictly between the finite minimum and maximum.
void expect_sound(const LevelChoice& c, int count, const std::string& what) {
    EXPECT_LE(static_cast<int>(c.levels.size()), std::min(count, kMaxContourLevels)) << what;
    for (std::size_t k = 0; k < c.levels.size(); ++k) {
        EXPECT_TRUE(std::isfinite(c.levels[k])) << what;
        EXPECT_GT(c.levels[k], c.min) << what;
        EXPECT_LT(c.levels[k], c.max) << what;
        if (k > 0) {
            EXPECT_GT(c.levels[k], c.levels[k - 1]) << what;
        }
    }
}

// The reproducers: e + x - x is e up to rounding, and its level loop ran until memory ran out.
TEST(Levels, AFieldConstantUpToRoundingIsConstant) {
    const LevelChoice c = choose_levels(grid_of("e+x-x", {-5, 5, -5, 5}, 512), 14);
    EXPECT_TRUE(c.constant);
    EXPECT_TRUE(c.levels.empty());
    EXPECT_NEAR(c.min, std::numbers::e, 1e-15);
    EXPECT_FALSE(choose_levels(grid_of("1 + 1e-9*x", {-5, 5, -5, 5}, 11), 14).constant);
}

// Subnormal values drove a float-to-int conversion of -infinity and a 2^31-step loop.
TEST(Levels, SubnormalValuesGiveABoundedList) {
    for (const int count : {1, 14, 1000}) {
        const LevelChoice tiny =
            choose_levels(grid_of("5e-324*(x^2+y^2)^2", {-5, 5, -5, 5}, 256), count);
        expect_sound(tiny, count, "5e-324*(x^2+y^2)^2");
        EXPECT_FALSE(tiny.levels.empty());
        const LevelChoice matyas = choose_levels(
            grid_of("0.26*(x^2 + y^2) - 0.48*x*y", {-1e-160, 1e-160, -1e-160, 1e-160}, 256), count);
        expect_sound(matyas, count, "Matyas at 1e-160");
    }
}

// 1e308*x spans more than the largest double: hi - lo overflowed, and UBSan saw inf -> int.
TEST(Levels, ValuesAcrossTheWholeDoubleRangeGiveRoundLevels) {
    const LevelChoice c = choose_levels(grid_of("1e308*x", {-1.7, 1.7, -1, 1}, 101), 14);
    expect_sound(c, 14, "1e308*x");
    ASSERT_GE(c.levels.size(), 7U);
    EXPECT_EQ(c.spacing, LevelSpacing::linear);
    EXPECT_EQ(c.levels[c.levels.size() / 2], 0.0);  // symmetric round values
}

TEST(Levels, NeverMoreThanAskedForOrThanTheLimit) {
    const Grid g = grid_of("x^2 + y^2", {-5, 5, -5, 5}, 101);
    for (const int count : {1, 2, 3, 7, 14, 24, 100, 1000, 5000}) {
        const LevelChoice c = choose_levels(g, count);
        expect_sound(c, count, "bowl, count " + std::to_string(count));
        EXPECT_GE(static_cast<int>(c.levels.size()), std::min(count, kMaxContourLevels) / 3);
    }
    EXPECT_TRUE(choose_levels(g, 0).levels.empty());
    EXPECT_TRUE(choose_levels(g, -5).levels.empty());
}

// Hand-made fields with every kind of awkward value, at every count.
TEST(Levels, AnyFieldGivesASoundList) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const double max = std::numeric_limits<double>::max();
    const double tiny = std::numeric_limits<double>::denorm_min();
    const std::vector<std::vector<double>> fields = {{-max, max, 0, 1},
                                                     {-max, -max, -max, max},
                                                     {tiny, 2 * tiny, 3 * tiny, 0},
                                                     {0, tiny, max, nan},
                                                     {1, 1 + 1e-15, inf, -inf},
                                                     {1e300, -1e-300, 5, 7},
                                                     {-1e-320, 1e-320, 0, 1e-310},
                                                     {nan, nan, nan, inf},
                                                     {1e15, 1e15 + 1, 1e15 + 2, 0},
                                                     {0, 0, 0, 1e-3},
                                                     {0, 1, 1e3, 1e6},
                                                     // Found by the pipeline fuzzer: a range
                                                     // of one subnormal unit divided by the
                                                     // count is 0; NaN was converted to int.
                                                     {0, tiny, 0, tiny},
                                                     {tiny, 2 * tiny, tiny, tiny}};
    for (const auto& f : fields) {
        const Grid g = fixture({0, 1}, {0, 1}, {{f[0], f[1]}, {f[2], f[3]}});
        for (const int count : {1, 2, 5, 14, 100, 1000}) {
            expect_sound(choose_levels(g, count), count, "field " + std::to_string(f[0]) + "...");
        }
    }
}

// crossing_counts is the size of contour()'s answer before computing it: each crossed cell
// gives one segment, or two in a saddle cell.
TEST(Crossings, CountTheCellsEachLevelCrosses) {
    // Values 0 ... 3 along x on a 4 x 2 grid: level 0.5 crosses the first column of cells, 1.5
    // the second, 2.5 the third; 5 crosses nothing; NaN is not a level.
    const Grid g = fixture({0, 1, 2, 3}, {0, 1}, {{0, 1, 2, 3}, {0, 1, 2, 3}});
    const std::vector<double> levels = {2.5, 0.5, 5.0, std::nan(""), 1.5, 0.5};
    EXPECT_EQ(crossing_counts(g, levels), (std::vector<std::size_t>{1, 1, 0, 0, 1, 1}));
    const Grid bowl = grid_of("x^2 + y^2", {-2, 2, -2, 2}, 41);
    const std::vector<double> one = {1.03};  // through no sample: no segment of length 0
    std::size_t segments = 0;
    const ContourSet circle = contour(bowl, one);
    for (const auto& line : circle[0].lines)
        segments += line.points.size() - 1;
    EXPECT_EQ(crossing_counts(bowl, one)[0], segments);  // no saddles on a bowl
}

// Levels are marched in batches of bounded size; the lines are the same whatever the batches.
TEST(Crossings, BatchesGiveTheSameLinesAsOnePass) {
    const Grid g = grid_of("sin(3*x)*cos(2*y) + 0.1*x*y", {-3, 3, -3, 3}, 300);
    std::vector<double> levels;
    for (int k = -90; k <= 90; ++k)
        levels.push_back(k / 100.0);
    constexpr std::size_t kBatch = 5000;
    std::size_t total = 0;
    for (const std::size_t c : crossing_counts(g, levels))
        total += c;
    ASSERT_GT(total, 20 * kBatch);  // so dozens of batches are marched
    // Reversed and with a level given twice: the order given is kept, the copy is whole.
    std::vector<double> given(levels.rbegin(), levels.rend());
    given.push_back(0.5);
    std::vector<std::size_t> order;
    ContourSet streamed(given.size());
    contour_each(
        g, given,
        [&](std::size_t k, ContourLevel level) {
            order.push_back(k);
            streamed[k] = std::move(level);
        },
        kBatch);
    ASSERT_EQ(order.size(), given.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        EXPECT_EQ(order[k], k);
    const ContourSet whole = contour(g, given);  // the default batch: one pass here
    for (std::size_t k = 0; k < given.size(); ++k) {
        const ContourSet single = {whole[k]};
        ASSERT_EQ(streamed[k].lines.size(), single[0].lines.size()) << given[k];
        for (std::size_t l = 0; l < single[0].lines.size(); ++l)
            EXPECT_EQ(streamed[k].lines[l].points, single[0].lines[l].points) << given[k];
    }
    const std::size_t first_half = 40;  // 0.90 - 40/100: where 0.5 first stands in `given`
    ASSERT_EQ(given[first_half], 0.5);
    ASSERT_EQ(streamed.back().lines.size(), streamed[first_half].lines.size());
    for (std::size_t l = 0; l < streamed.back().lines.size(); ++l)
        EXPECT_EQ(streamed.back().lines[l].points, streamed[first_half].lines[l].points);
}

}  // namespace
}  // namespace gd
