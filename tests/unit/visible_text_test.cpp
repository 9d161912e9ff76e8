#include "text/visible_text.hpp"

#include <string>
#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("is_unsafe_char") {
  struct Row {
    char32_t c;
    bool unsafe;
  };
  const Row rows[] = {
      {0x00, true},    {0x09, true},   {0x0A, true},     {0x1B, true},    {0x1F, true},
      {0x20, false},   {0x7E, false},  {0x7F, true},     {0x80, true},    {0x9B, true},
      {0x9D, true},    {0x9F, true},   {0xA0, false},    {0x01B0, false}, {0x200B, false},
      {0x2028, true},  {0x2029, true}, {0x202A, true},   {0x202E, true},  {0x202F, false},
      {0x2065, false}, {0x2066, true}, {0x2069, true},   {0x206A, false}, {0xFFFD, false},
      {0xFFFE, true},  {0xFFFF, true}, {0x1F600, false},
  };
  for (const Row& row : rows) {
    CAPTURE(static_cast<unsigned>(row.c));
    CHECK(is_unsafe_char(row.c) == row.unsafe);
  }
}

TEST_CASE("visible_code_point") {
  CHECK(visible_code_point(0x1B) == "<U+001B>");
  CHECK(visible_code_point(0x202E) == "<U+202E>");
  CHECK(visible_code_point(0xFFFF) == "<U+FFFF>");
}

TEST_CASE("make_visible: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view kept;
    std::string_view expected;
  };
  const Row rows[] = {
      {"", "", ""},
      {"Sở Y tế 😀", "", "Sở Y tế 😀"},
      {"\x1b[31mred\x1b[0m", "", "<U+001B>[31mred<U+001B>[0m"},
      {"\xc2\x9b"
       "2J",
       "", "<U+009B>2J"},
      {"\xc2\x9d"
       "0;title\xc2\x9c",
       "", "<U+009D>0;title<U+009C>"},
      {"a\xe2\x80\xae"
       "cba\xe2\x80\xac",
       "", "a<U+202E>cba<U+202C>"},
      {"\xe2\x81\xa6x\xe2\x81\xa9", "", "<U+2066>x<U+2069>"},
      {"\xef\xbf\xbe\xef\xbf\xbf", "", "<U+FFFE><U+FFFF>"},
      {"l1\xe2\x80\xa8l2", "", "l1<U+2028>l2"},
      {std::string_view("a\0b", 3), "", "a<U+0000>b"},
      {"\x7f", "", "<U+007F>"},
      {"a\nb\r\tc", "", "a<U+000A>b<U+000D><U+0009>c"},
      {"a\nb\r\tc", "\t", "a<U+000A>b<U+000D>\tc"},
      {"a\nb\r\tc", "\t\r\n", "a\nb\r\tc"},
      // Only ASCII controls can be kept; "\xc2" names no C1 control.
      {"\xc2\x9b", "\xc2\x9b", "<U+009B>"},
      // Bytes that are not UTF-8: one U+FFFD each.
      {"a\xff"
       "b\xc3",
       "",
       "a\uFFFD"
       "b\uFFFD"},
      {"\xed\xa0\x80", "", "\uFFFD\uFFFD\uFFFD"},
      // What looks like a stand-in is text like any other.
      {"<U+001B>", "", "<U+001B>"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(make_visible(row.text, row.kept) == row.expected);
  }
}
