#include "text/ical_escape.hpp"

#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("ical_text") {
  CHECK(ical_text("") == "");
  CHECK(ical_text("Sở Y tế Đồng Nai") == "Sở Y tế Đồng Nai");
  CHECK(ical_text(",") == "\\,");
  CHECK(ical_text(";") == "\\;");
  CHECK(ical_text("\\") == "\\\\");
  CHECK(ical_text("a\nb") == "a\\nb");
  CHECK(ical_text("a\r\nb") == "a\\nb");
  CHECK(ical_text("a\rb") == "a\\nb");
  CHECK(ical_text("II.1.b, II.5; IV.4\\") == "II.1.b\\, II.5\\; IV.4\\\\");
  // A colon needs no escape in a value; a tab is allowed as it is.
  CHECK(ical_text("a:b\tc") == "a:b\tc");
}

TEST_CASE("ical_text: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      // A title that tries to end the event and start one of its own stays one value.
      {"x\r\nEND:VEVENT\r\nBEGIN:VEVENT", "x\\nEND:VEVENT\\nBEGIN:VEVENT"},
      // An escaped newline written out is a backslash and an n, not a line end.
      {"x\\nDTSTART:1", "x\\\\nDTSTART:1"},
      {"bell\a", "bell<U+0007>"},
      {"esc\x1b[2J", "esc<U+001B>[2J"},
      {"rtl\u202Eevil", "rtl<U+202E>evil"},
      {"bad\xff", "bad\uFFFD"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(ical_text(row.text) == row.expected);
  }
  CHECK(ical_text(std::string_view("a\0b", 3)) == "a<U+0000>b");
}
