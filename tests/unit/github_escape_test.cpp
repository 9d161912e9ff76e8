#include "text/github_escape.hpp"

#include <string>

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
