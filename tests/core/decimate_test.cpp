// Decimation for plots: a long series shrinks to a few points per bucket, and every extreme,
// the ends and every gap survive.
#include "gd/decimate.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace {

std::vector<gd::SeriesPoint> decimate(const std::vector<double>& v, std::size_t buckets) {
    std::vector<gd::SeriesPoint> out;
    gd::decimate_min_max(
        0, v.size() - 1, buckets, [&v](std::size_t i) { return v[i]; }, out);
    return out;
}

TEST(Decimate, ShortSeriesAreKeptWhole) {
    const std::vector<double> v{3, 1, 4, 1, 5, 9, 2, 6};
    const auto out = decimate(v, 2);  // 8 points fit 4 per bucket
    ASSERT_EQ(out.size(), 8U);
    for (std::size_t i = 0; i < v.size(); ++i) {
        EXPECT_EQ(out[i].k, static_cast<double>(i));
        EXPECT_EQ(out[i].value, v[i]);
    }
}

TEST(Decimate, AMillionPointZigZagKeepsItsEnvelopeInAFewThousandPoints) {
    // An oscillation that shrinks like (-0.4)^k would vanish between evenly spaced samples;
    // here a zig-zag of amplitude 1/(1 + k/1000) around 2.
    std::vector<double> v(1'000'000);
    for (std::size_t k = 0; k < v.size(); ++k)
        v[k] = 2.0 + (k % 2 == 0 ? 1.0 : -1.0) / (1.0 + static_cast<double>(k) / 1000.0);
    const auto out = decimate(v, 1000);
    EXPECT_LE(out.size(), 4000U);
    EXPECT_GE(out.size(), 3000U);
    EXPECT_EQ(out.front().k, 0.0);
    EXPECT_EQ(out.back().k, 999'999.0);
    double lowest = 10;
    double highest = -10;
    for (std::size_t i = 0; i < out.size(); ++i) {
        lowest = std::min(lowest, out[i].value);
        highest = std::max(highest, out[i].value);
        if (i > 0) {
            EXPECT_LT(out[i - 1].k, out[i].k);  // index order, no repeats
        }
    }
    EXPECT_EQ(highest, 3.0);               // k = 0
    EXPECT_EQ(lowest, 2.0 - 1.0 / 1.001);  // k = 1
    // Bucket 500 covers k = 500,000 ... 500,999: its largest value is at its first even k.
    bool found = false;
    for (const auto& p : out)
        found = found || (p.k == 500'000.0 && p.value == v[500'000]);
    EXPECT_TRUE(found);
}

TEST(Decimate, GapsStayGapsAndInfinitiesAreNotExtremes) {
    std::vector<double> v(100, 1.0);
    v[37] = std::numeric_limits<double>::quiet_NaN();
    v[38] = std::numeric_limits<double>::infinity();
    v[60] = 5.0;
    const auto out = decimate(v, 5);  // 20 a bucket
    ASSERT_LE(out.size(), 25U);
    int gaps = 0;
    double highest = 0;
    for (const auto& p : out) {
        if (std::isnan(p.value)) {
            ++gaps;
            EXPECT_EQ(p.k, 37.0);
        } else {
            highest = std::max(highest, p.value);
        }
    }
    EXPECT_EQ(gaps, 1);
    EXPECT_EQ(highest, 5.0);
}

TEST(Decimate, APartOfTheSeries) {
    std::vector<double> v(10'000);
    for (std::size_t k = 0; k < v.size(); ++k)
        v[k] = static_cast<double>(k);
    std::vector<gd::SeriesPoint> out;
    gd::decimate_min_max(
        2000, 2999, 10, [&v](std::size_t i) { return v[i]; }, out);
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.front().k, 2000.0);
    EXPECT_EQ(out.back().k, 2999.0);
    EXPECT_LE(out.size(), 40U);
}

}  // namespace
