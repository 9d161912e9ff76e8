#include "text/terminal_escape.hpp"

#include <string>
#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("terminal_text: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      {"", ""},
      {"plans/bình-phước/plan.yaml", "plans/bình-phước/plan.yaml"},
      {"a\tb", "a\tb"},
      // A line break in a file name would start a forged diagnostic.
      {"x\nplan.yaml:1:1: error: forged", "x<U+000A>plan.yaml:1:1: error: forged"},
      {"x\r", "x<U+000D>"},
      {"\x1b[2J\x1b]0;title\x07", "<U+001B>[2J<U+001B>]0;title<U+0007>"},
      {"\xc2\x9b"
       "31m\xc2\x9d"
       "8;;u\xc2\x9c",
       "<U+009B>31m<U+009D>8;;u<U+009C>"},
      {"\x7f\x08", "<U+007F><U+0008>"},
      {"gnp.\xe2\x80\xae"
       "exe",
       "gnp.<U+202E>exe"},
      {"\xe2\x81\xa7x\xe2\x81\xa8", "<U+2067>x<U+2068>"},
      {"\xff\xfe", "\uFFFD\uFFFD"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const std::string shown = terminal_text(row.text);
    CHECK(shown == row.expected);
    CHECK(shown.find('\x1b') == std::string::npos);
    CHECK(shown.find('\n') == std::string::npos);
  }
}
