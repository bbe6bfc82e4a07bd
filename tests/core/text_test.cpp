#include "gd/text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace gd {
namespace {

TEST(Utf8, WellFormedSequencesHaveTheirLength) {
    EXPECT_EQ(utf8_sequence_length("x", 0), 1U);
    EXPECT_EQ(utf8_sequence_length("\xc3\xbc", 0), 2U);          // ü
    EXPECT_EQ(utf8_sequence_length("\xe2\x88\x92", 0), 3U);      // −
    EXPECT_EQ(utf8_sequence_length("\xf0\x9f\x98\x80", 0), 4U);  // 😀
    EXPECT_EQ(utf8_sequence_length("\xf4\x8f\xbf\xbf", 0), 4U);  // U+10FFFF, the last
}

TEST(Utf8, IllFormedSequencesAreRefused) {
    for (const char* bad : {"\x80", "\xbf", "\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xe0\x9f\xbf",
                            "\xed\xa0\x80", "\xf0\x80\x80\xaf", "\xf4\x90\x80\x80",
                            "\xf5\x80\x80\x80", "\xff", "\xc3", "\xe2\x88", "\xe2\x28\xa1"}) {
        EXPECT_EQ(utf8_sequence_length(bad, 0), 0U) << printable(bad);
    }
    EXPECT_EQ(utf8_sequence_length("x", 5), 0U);  // past the end
}

TEST(Utf8, CharactersCountAsCaretsDo) {
    EXPECT_EQ(character_count("x² + y²"), 7U);
    EXPECT_EQ(character_count("x² + y²", 3), 2U);  // "x²"
    EXPECT_EQ(character_count("a\xc0\xaf"
                              "b"),
              4U);  // each stray byte is one
}

TEST(Printable, ShowsWhatActsOnATerminalAsEscapes) {
    EXPECT_EQ(printable("x² − ü"), "x² − ü");
    EXPECT_EQ(printable("\x1b[31mred"), "\\x1b[31mred");
    EXPECT_EQ(printable("a\x01"
                        "b\x7f"),
              "a\\x01b\\x7f");
    EXPECT_EQ(printable("\xc2\x9b"
                        "2J"),
              "\\u009b2J");  // the C1 CSI
    EXPECT_EQ(printable("abc\xe2\x80\xae"
                        "def"),
              "abc\\u202edef");  // right-to-left override
    EXPECT_EQ(printable("\xc0\xaf"), "\\xc0\\xaf");
    EXPECT_EQ(printable("one\ntwo"), "one\\x0atwo");
    EXPECT_EQ(printable("one\ntwo", true), "one\ntwo");
    EXPECT_EQ(printable("tab\there"), "tab\\x09here");
}

}  // namespace
}  // namespace gd
