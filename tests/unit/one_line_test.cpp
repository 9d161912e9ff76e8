#include "text/one_line.hpp"

#include <string>
#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("one_line: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      {"", ""},
      {"Sở Y tế", "Sở Y tế"},
      {"bước 1\nbước 2\tbước 3\r\n", "bước 1 bước 2 bước 3  "},
      {"\x1b[31mx", "<U+001B>[31mx"},
      {"\xc2\x9b"
       "2J\xe2\x80\xae",
       "<U+009B>2J<U+202E>"},
      {"a\xe2\x80\xa8"
       "b",
       "a<U+2028>b"},
      {"\xff", "\uFFFD"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(one_line(row.text) == row.expected);
  }
}
