// Every optimizer and learning-rate schedule against real PyTorch 1.13 (the README promises
// torch.optim's semantics). tests/core/data/torch_reference.json holds paths that
// tools/torch_reference.py computed with torch.optim, torch.optim.lr_scheduler and autograd in
// float64; this test only reads it, so it needs neither Python nor torch. Each case is replayed
// through gdcore and every point and every rate must agree to 1e-9 relative: the two compute
// the same formulas in a different order of operations, which over these short runs costs a few
// units in the last place, far below what a wrong formula costs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "gd/descent.hpp"
#include "gd/optimizer.hpp"
#include "gd/schedule.hpp"
#include "test_support.hpp"

namespace gd {
namespace {

using nlohmann::json;

constexpr double kRelative = 1e-9;
constexpr double kAbsoluteFloor = 1e-12;

json load_reference() {
    std::ifstream in(TORCH_REFERENCE_JSON);
    if (!in) {
        ADD_FAILURE() << "cannot read " << TORCH_REFERENCE_JSON;
        return json::object();
    }
    return json::parse(in);
}

// |ours - torch| relative to torch's value; within kRelative means within 1e-9 relative, or
// within 1e-12 absolute for values below 1e-3 (a coordinate that passes near 0 keeps the
// rounding of the larger values it was computed from).
double difference(double ours, double torch) {
    return std::fabs(ours - torch) / std::max(std::fabs(torch), kAbsoluteFloor / kRelative);
}

RunSpec run_spec(const json& c) {
    const json& o = c.at("optimizer");
    auto optimizer = make_optimizer(o.at("name").get<std::string>());
    if (!optimizer) {
        ADD_FAILURE() << "no optimizer " << o.at("name");
        optimizer = make_optimizer("gd");
    }
    for (const auto& [name, value] : o.items()) {
        if (name != "name") {
            EXPECT_TRUE(set_hyper_parameter(*optimizer, name, value.get<double>()))
                << o.at("name") << " has no " << name;
        }
    }
    auto schedule = make_schedule(c.at("schedule").at("name").get<std::string>());
    if (!schedule) {
        ADD_FAILURE() << "no schedule " << c.at("schedule").at("name");
        schedule = make_schedule("constant");
    }
    for (const auto& [name, value] : c.at("schedule").items()) {
        if (name != "name") {
            EXPECT_TRUE(set_schedule_parameter(*schedule, name, value.get<double>()))
                << c.at("schedule").at("name") << " has no " << name;
        }
    }
    DescentSettings s;
    s.start = {c.at("start")[0].get<double>(), c.at("start")[1].get<double>()};
    s.max_iterations = c.at("iters").get<int>();
    s.tolerance = 0.0;  // never stop early: torch does not
    s.schedule = *schedule;
    return RunSpec{*optimizer, s};
}

TEST(TorchReference, HasTheCases) {
    const json reference = load_reference();
    ASSERT_TRUE(reference.contains("cases"));
    EXPECT_GE(reference.at("cases").size(), 20u);
}

// The first index where ours and torch's differ beyond the tolerance, or -1; `worst` grows to
// the largest difference seen.
template <typename Ours, typename Torch>
int first_difference(std::size_t count, Ours ours, Torch torch, double& worst) {
    for (std::size_t i = 0; i < count; ++i) {
        const double d = difference(ours(i), torch(i));
        worst = std::max(worst, d);
        if (d > kRelative) return static_cast<int>(i);
    }
    return -1;
}

std::string scientific(double v) {
    std::ostringstream out;
    out << std::setprecision(17) << v;
    return out.str();
}

TEST(TorchReference, EveryRateAndPathAgreesWithTorch) {
    const json reference = load_reference();
    ASSERT_TRUE(reference.contains("cases"));
    // The largest differences, per optimizer and per schedule, recorded for the test's XML/JSON
    // output (--gtest_output): how close the agreement is, not only that it holds.
    std::map<std::string, double> largest;
    for (const json& c : reference.at("cases")) {
        const std::string name = c.at("name").get<std::string>();
        SCOPED_TRACE(name);
        const RunSpec spec = run_spec(c);
        const int iters = spec.settings.max_iterations;

        // lr_k for k = 1 .. iters: entry k - 1 of "lr".
        const json& rates = c.at("lr");
        ASSERT_EQ(rates.size(), static_cast<std::size_t>(iters));
        const double base = learning_rate(spec.optimizer);
        const auto our_rate = [&](std::size_t i) {
            return learning_rate_at(spec.settings.schedule, base, static_cast<int>(i) + 1, iters);
        };
        const auto torch_rate = [&](std::size_t i) { return rates[i].get<double>(); };
        double& rate_worst = largest["schedule " + c.at("schedule").at("name").get<std::string>()];
        if (const int i = first_difference(rates.size(), our_rate, torch_rate, rate_worst);
            i >= 0) {
            ADD_FAILURE() << name << ": lr_" << i + 1 << " is " << scientific(our_rate(i))
                          << ", torch used " << scientific(torch_rate(i));
        }

        // Points 0 .. iters, x and y in turn.
        const Trace trace = run_descent(testing::objective(c.at("expr").get<std::string>()), spec);
        const json& points = c.at("points");
        ASSERT_EQ(points.size(), static_cast<std::size_t>(iters) + 1);
        ASSERT_EQ(trace.points.size(), points.size())
            << name << " stopped early: " << describe_stop(trace, spec);
        const auto ours = [&](std::size_t i) { return trace.points[i / 2].x[i % 2]; };
        const auto torch = [&](std::size_t i) { return points[i / 2][i % 2].get<double>(); };
        double& worst = largest["optimizer " + c.at("optimizer").at("name").get<std::string>()];
        if (const int i = first_difference(2 * points.size(), ours, torch, worst); i >= 0) {
            ADD_FAILURE() << name << ": point " << i / 2 << ", " << (i % 2 == 0 ? "x" : "y")
                          << " is " << scientific(ours(i)) << ", torch has " << scientific(torch(i))
                          << " (relative difference " << difference(ours(i), torch(i)) << ")";
        }
    }
    for (const auto& [what, worst] : largest) {
        RecordProperty("largest relative difference, " + what, scientific(worst));
    }
}

}  // namespace
}  // namespace gd
