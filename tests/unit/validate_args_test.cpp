#include "cli/validate_args.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::FakeEnvironment;

TEST_CASE("to_validate_options") {
  SUBCASE("arguments and the step summary from the environment") {
    const FakeEnvironment environment({{"GITHUB_STEP_SUMMARY", "summary.md"}});
    Environment env = environment.env();
    env.now = std::chrono::system_clock::time_point(std::chrono::hours(48));
    const auto converted =
        to_validate_options({{"plans/x", "r.yaml"}, true, "2025-06-23", {"json=v.json"}}, env);
    const auto* options = std::get_if<ValidateOptions>(&converted);
    REQUIRE(options != nullptr);
    CHECK(options->paths == std::vector<std::string>{"plans/x", "r.yaml"});
    CHECK(options->strict);
    CHECK(options->as_of == plancheck::test::ymd(2025, 6, 23));
    CHECK(options->now == env.now);
    CHECK(options->outputs == std::vector<OutputTarget>{{OutputFormat::json, "v.json"}});
    CHECK(options->step_summary == "summary.md");
  }
  SUBCASE("outputs that conflict are a problem") {
    const FakeEnvironment environment({});
    const auto converted =
        to_validate_options({{}, false, "", {"json", "text"}}, environment.env());
    const auto* problems = std::get_if<Problems>(&converted);
    REQUIRE(problems != nullptr);
    REQUIRE(problems->size() == 1);
    CHECK(localize(problems->front(), Lang::en) ==
          "usage error: --format: json, csv, junit and sarif must be alone on standard output; "
          "send the others to files with FORMAT=PATH");
  }
}
