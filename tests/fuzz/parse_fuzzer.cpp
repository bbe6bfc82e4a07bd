// libFuzzer target: any bytes (up to 64 kB: past the length limit) as an expression. Whatever the
// input, parsing returns a value or an error with an offset inside the text, and every parsed
// expression prints, parses back (unless its printed form outgrew the length limit, as the fuzzer
// found it can), differentiates, compiles and evaluates the same in scalar and batch form,
// without crashing.
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "gd/expression.hpp"
#include "gd/objective.hpp"
#include "gd/program.hpp"
#include "gd/text.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

bool same(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) ||
           (std::isnan(a) && std::isnan(b));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = gd::parse_expression(text);
    if (const auto* error = std::get_if<gd::ParseError>(&parsed)) {
        require(!error->message.empty());
        require(error->offset + error->length <= gd::character_count(text));
        // A message is shown as it is: nothing in it may act on a terminal.
        require(gd::printable(error->message) == error->message);
        return 0;
    }
    const auto& e = std::get<gd::Expression>(parsed);
    // The printed text parses back, unless printing (which puts spaces around operators and
    // writes 2x as 2*x) made it longer than the length limit: then that is the one complaint.
    const std::string printed = e.to_string();
    const auto again = gd::parse_expression(printed);
    if (const auto* error = std::get_if<gd::ParseError>(&again)) {
        require(gd::character_count(printed) > gd::kMaxExpressionLength);
        require(error->offset == gd::kMaxExpressionLength);
    }
    (void)e.to_pretty_string();

    const gd::Objective f(e);
    const gd::Program p = e.compile();
    const double xs[] = {0.0, -1.5, 2.25};
    const double ys[] = {1.0, 0.5, -3.0};
    Eigen::ArrayXd x(3);
    Eigen::ArrayXd y(3);
    for (int i = 0; i < 3; ++i) {
        x[i] = xs[i];
        y[i] = ys[i];
    }
    Eigen::ArrayXd batch;
    p.evaluate(x, y, batch);
    for (int i = 0; i < 3; ++i) {
        require(same(batch[i], p.evaluate(xs[i], ys[i])));
        (void)f.gradient({xs[i], ys[i]}, {});
        (void)f.numeric_gradient({xs[i], ys[i]}, 1e-4);
        (void)f.hessian({xs[i], ys[i]});
    }
    if (f.has_exact_gradient()) {
        (void)f.partial(gd::Variable::x).to_string();
        (void)f.partial(gd::Variable::y).to_pretty_string();
    }
    return 0;
}
