#include "cli/format_option.hpp"
#include "fake_environment.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::fake_getenv;
using plancheck::test::FakeEnvironment;

TEST_CASE("check_format") {
  const std::vector<std::string> names{"text", "json"};
  CHECK(check_format("text", names).empty());
  CHECK(check_format("json=out.json", names).empty());
  CHECK(check_format("csv", names) == "'csv' is not a format (text, json)");
  CHECK(check_format("csv=a.csv", names) == "'csv' is not a format (text, json)");
  CHECK(check_format("json=", names) == "'json=' names no file after '='");
}

TEST_CASE("to_output_targets") {
  SUBCASE("what --format asks for, in order") {
    const FakeEnvironment environment({{"GITHUB_ACTIONS", "true"}});
    CHECK(to_output_targets({"json=a.json", "text"}, fake_getenv) ==
          std::vector<OutputTarget>{{"json", "a.json"}, {"text", ""}});
  }
  SUBCASE("without --format: text") {
    const FakeEnvironment environment({});
    CHECK(to_output_targets({}, fake_getenv) == std::vector<OutputTarget>{{"text", ""}});
  }
  SUBCASE("without --format in GitHub Actions: text and annotations") {
    const FakeEnvironment environment({{"GITHUB_ACTIONS", "true"}});
    CHECK(to_output_targets({}, fake_getenv) ==
          std::vector<OutputTarget>{{"text", ""}, {"github", ""}});
  }
}
