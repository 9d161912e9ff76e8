#include "load/nesting_check.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;

namespace {

test::CheckedText check_text(std::string text) {
  return test::check_text_with(std::move(text), check_nesting);
}

std::string repeat(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += text;
  }
  return out;
}

} // namespace

TEST_CASE("check_nesting") {
  SUBCASE("64 levels are allowed") {
    CHECK(check_text("a: " + repeat("[", 64) + repeat("]", 64) + "\n").fit);
  }
  SUBCASE("the 65th bracket is reported") {
    const auto checked = check_text("a:\n  b: " + repeat("[{", 40) + "\n");
    CHECK_FALSE(checked.fit);
    CHECK(describe(checked.diagnostics) == "2:70 yaml.too-deep: nested more than 64 levels deep");
  }
  SUBCASE("megabytes of brackets stop at the first one too many") {
    const auto checked = check_text(std::string(1 << 20, '['));
    CHECK(describe(checked.diagnostics) == "1:65 yaml.too-deep: nested more than 64 levels deep");
  }
  SUBCASE("brackets in quoted scalars, comments and block scalars do not count") {
    const std::string many = repeat("[", 100);
    CHECK(check_text("a: \"" + many + "\"\nb: '" + many + "'\n").fit);
    CHECK(check_text("a: 'it''s " + many + "'\n").fit);
    CHECK(check_text("a: \"\\\" " + many + "\"\n").fit);
    CHECK(check_text("a: 1 # " + many + "\n# " + many + "\n").fit);
    CHECK(check_text("a: |\n  " + many + "\n\n  " + many + "\nb: >\n  " + many + "\n").fit);
    CHECK(check_text("- \"multi\n  line " + many + "\"\n").fit);
  }
  SUBCASE("brackets inside plain text do not count") {
    const std::string many = repeat("[", 100);
    CHECK(check_text("title: see " + many + "\n").fit);
    CHECK(check_text("title: it's " + many + "\n").fit);
  }
  SUBCASE("a quote inside plain text starts no string") {
    const auto checked = check_text("a: it's\nb: " + repeat("[", 65) + "\n");
    CHECK_FALSE(checked.fit);
  }
  SUBCASE("after a block scalar ends, brackets count again") {
    const auto checked = check_text("a: |\n  text\nb: " + repeat("[", 65) + "\n");
    CHECK(describe(checked.diagnostics) == "3:68 yaml.too-deep: nested more than 64 levels deep");
  }
  SUBCASE("flow collections after anchors and in sequences") {
    CHECK_FALSE(check_text("- &a " + repeat("[", 65) + "\n").fit);
    CHECK_FALSE(check_text("- " + repeat("{a: ", 65) + "\n").fit);
  }
}
