#include "text/github_escape.hpp"

#include <string>
#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("github_escape_data escapes % CR LF and nothing else") {
  CHECK(github_escape_data("") == "");
  CHECK(github_escape_data("plain text") == "plain text");
  CHECK(github_escape_data("%") == "%25");
  CHECK(github_escape_data("\r") == "%0D");
  CHECK(github_escape_data("\n") == "%0A");
  CHECK(github_escape_data("100%\r\nxong") == "100%25%0D%0Axong");
  // An escape already in the text is escaped again, not taken as one.
  CHECK(github_escape_data("%0A") == "%250A");
  CHECK(github_escape_data("%25") == "%2525");
  // Colons and commas end nothing in the message part.
  CHECK(github_escape_data("a: b, c") == "a: b, c");
  CHECK(github_escape_data("::error::") == "::error::");
  // UTF-8 passes through byte for byte.
  CHECK(github_escape_data("Sở Y tế: 50%") == "Sở Y tế: 50%25");
}

TEST_CASE("github_escape_property escapes % CR LF : and ,") {
  CHECK(github_escape_property("") == "");
  CHECK(github_escape_property("plans/x/plan.yaml") == "plans/x/plan.yaml");
  CHECK(github_escape_property("%") == "%25");
  CHECK(github_escape_property("\r") == "%0D");
  CHECK(github_escape_property("\n") == "%0A");
  CHECK(github_escape_property(":") == "%3A");
  CHECK(github_escape_property(",") == "%2C");
  CHECK(github_escape_property("a,b:c%d\r\ne") == "a%2Cb%3Ac%25d%0D%0Ae");
  CHECK(github_escape_property("%3A") == "%253A");
  CHECK(github_escape_property("C:\\báo cáo, 2025.yaml") == "C%3A\\báo cáo%2C 2025.yaml");
  // Characters that need no escape: = and spaces are fine inside a property.
  CHECK(github_escape_property("a=b c") == "a=b c");
}

TEST_CASE("github escaping: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view data;
    std::string_view property;
  };
  const Row rows[] = {
      // A line break would end the command and start a forged one.
      {"x\n::error::forged", "x%0A::error::forged", "x%0A%3A%3Aerror%3A%3Aforged"},
      {"\x1b[31mred", "<U+001B>[31mred", "<U+001B>[31mred"},
      {"\xc2\x9b"
       "2J\xc2\x9d"
       "0;t",
       "<U+009B>2J<U+009D>0;t", "<U+009B>2J<U+009D>0;t"},
      {"\xe2\x80\xae"
       "cba",
       "<U+202E>cba", "<U+202E>cba"},
      {"\x7f\x01", "<U+007F><U+0001>", "<U+007F><U+0001>"},
      {"a\tb", "a\tb", "a\tb"},
      {"r\xff", "r\uFFFD", "r\uFFFD"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(github_escape_data(row.text) == row.data);
    CHECK(github_escape_property(row.text) == row.property);
  }
}
