// The expression limits keep every algorithm on a tree (parse, derivatives, simplification,
// printing, compiling, freeing) within a small stack: each shape below, as deep as the parser
// allows, is processed on a thread whose stack is an eighth of a main thread's 8 MB.
#include <gtest/gtest.h>
#include <pthread.h>

#include <cstdlib>
#include <functional>
#include <string>

#include "gd/expression.hpp"
#include "gd/objective.hpp"
#include "gd/program.hpp"

namespace gd {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kStack = 4U << 20;  // AddressSanitizer pads every frame
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr std::size_t kStack = 4U << 20;
#else
constexpr std::size_t kStack = 1U << 20;
#endif
#else
constexpr std::size_t kStack = 1U << 20;
#endif

// "x" followed by `links` copies of the links, cycling: as deep as the chain is long.
std::string chain(std::initializer_list<const char*> links, int count) {
    std::string text = "x";
    const auto* it = links.begin();
    for (int k = 0; k < count; ++k) {
        text += *it;
        if (++it == links.end()) it = links.begin();
    }
    return text;
}

std::string nested_calls(int count) {
    std::string text = "x*y";
    for (int k = 0; k < count; ++k)
        text = "atan2(" + text + ", y) + x*y - x";
    return text;
}

void* process(void* text) {
    auto parsed = parse_expression(*static_cast<const std::string*>(text));
    if (!std::holds_alternative<Expression>(parsed)) std::exit(3);
    const Objective f(std::get<Expression>(parsed));
    (void)f.expression().to_string();
    (void)f.expression().to_pretty_string();
    if (f.has_exact_gradient()) (void)f.partial(Variable::x).to_pretty_string();
    (void)f.exact_gradient({0.5, 2.0});
    (void)f.hessian({0.5, 2.0});
    return nullptr;
}

void process_on_small_stack(const std::string& text) {
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, kStack);
    pthread_t thread;
    if (pthread_create(&thread, &attributes, process, const_cast<std::string*>(&text)) != 0) {
        std::exit(4);
    }
    pthread_join(thread, nullptr);
    std::exit(0);
}

struct Shape {
    const char* name;
    std::function<std::string()> text;
};

void PrintTo(const Shape& shape, std::ostream* out) {
    *out << shape.name;  // not a hex dump of the struct
}

class DeepestExpressions : public ::testing::TestWithParam<Shape> {};

TEST_P(DeepestExpressions, FitInASmallStack) {
    const std::string text = GetParam().text();
    ASSERT_TRUE(std::holds_alternative<Expression>(parse_expression(text))) << "not at the limit";
    EXPECT_EXIT(process_on_small_stack(text), ::testing::ExitedWithCode(0), "");
}

constexpr int kLinks = kMaxExpressionDepth - 1;

INSTANTIATE_TEST_SUITE_P(
    AtTheDepthLimit, DeepestExpressions,
    ::testing::Values(Shape{"sum",
                            [] {
                                return chain({"+x", "+y"}, kLinks);
                            }},
                      Shape{"difference", [] { return chain({"-y"}, kLinks); }},
                      Shape{"product",
                            [] {
                                return chain({"*x", "*y"}, kLinks);
                            }},
                      Shape{"quotient",
                            [] {
                                return chain({"/x", "/y"}, kLinks);
                            }},
                      Shape{"mixed",
                            [] {
                                return chain({"/(x+y)", "+y/x", "*sin(y)"}, kLinks);
                            }},
                      Shape{"calls", [] { return nested_calls(kMaxNesting); }},
                      Shape{"powers",
                            [] {
                                return chain({"^x", "^y"}, kMaxNesting);
                            }}),
    [](const auto& shape) { return std::string(shape.param.name); });

}  // namespace
}  // namespace gd
