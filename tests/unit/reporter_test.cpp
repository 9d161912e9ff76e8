#include "load/reporter.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;

TEST_CASE("excerpt") {
  SUBCASE("a short line is shown whole") {
    const SourceFile file("plan.yaml", "a: 1\ntên: x\n");
    CHECK(excerpt(file, {2, 6}) == std::pair<std::string, int>{"tên: x", 6});
  }
  std::string line;
  for (int i = 0; i < 300; ++i) {
    line += static_cast<char>('a' + i % 26);
  }
  const SourceFile file("plan.yaml", "x\n" + line + "\n");
  SUBCASE("a long line is cut around the column") {
    const auto [text, column] = excerpt(file, {2, 151});
    CHECK(text == "…" + line.substr(100, 100) + "…");
    CHECK(column == 52);
    CHECK(text.substr(column - 1 + 2, 1) == line.substr(150, 1)); // "…" is 3 bytes, 1 column
  }
  SUBCASE("near the start of a long line") {
    const auto [text, column] = excerpt(file, {2, 3});
    CHECK(text == line.substr(0, 100) + "…");
    CHECK(column == 3);
  }
  SUBCASE("near the end of a long line") {
    const auto [text, column] = excerpt(file, {2, 299});
    CHECK(text == "…" + line.substr(200));
    CHECK(column == 100);
  }
  SUBCASE("multi-byte characters") {
    std::string wide;
    for (int i = 0; i < 200; ++i) {
      wide += "ệ";
    }
    const SourceFile vi("plan.yaml", wide);
    const auto [text, column] = excerpt(vi, {1, 120});
    std::string expected = "…";
    for (int i = 0; i < 100; ++i) {
      expected += "ệ";
    }
    CHECK(text == expected + "…");
    CHECK(column == 52);
  }
}

TEST_CASE("Reporter::report") {
  const SourceFile file("plan.yaml", "a: \"x y\"\nb: plain, word\n");
  Diagnostics out;
  Reporter reporter(file, out);
  SUBCASE("a quoted token ends at its quote") {
    reporter.report({1, 4}, Rule::schema_type, MsgId::expected_integer, {"a"});
    REQUIRE(out.size() == 1);
    CHECK(out[0].end == SourcePos{1, 9});
    CHECK(out[0].source_line == "a: \"x y\"");
    CHECK(out[0].source_column == 4);
  }
  SUBCASE("a plain token ends at punctuation") {
    reporter.report({2, 4}, Rule::schema_type, MsgId::expected_integer, {"b"});
    REQUIRE(out.size() == 1);
    CHECK(out[0].end == SourcePos{2, 9});
  }
  SUBCASE("past the limit of a rule, one summary counts the rest") {
    for (int i = 0; i < 25; ++i) {
      reporter.report({1, 1}, Rule::schema_unknown_key, MsgId::unknown_key, {std::to_string(i)});
    }
    reporter.report({1, 1}, Rule::schema_type, MsgId::expected_integer, {"a"});
    CHECK(out.size() == 22);
    CHECK(describe(out[20]) ==
          "0:0 schema.unknown-key: and 5 more of this kind in this file, not shown");
    CHECK(out[20].omitted == 5);
    CHECK(count_severity(out, Severity::error) == 26);
    CHECK_FALSE(reporter.shows(Rule::schema_unknown_key));
    CHECK(reporter.shows(Rule::schema_type));
  }
}
