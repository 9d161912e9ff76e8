#include "cli/table_args.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::FakeEnvironment;
using plancheck::test::ymd;

TEST_CASE("to_table_options: matrix") {
  SUBCASE("every argument and the clock; text even in GitHub Actions") {
    const FakeEnvironment environment({{"GITHUB_ACTIONS", "true"}});
    TableArgs args;
    args.plans = {"p"};
    args.as_of = "2026-11-30";
    args.within_days = 7;
    args.selection = {{"so-yt"}, {"d"}, {"t"}, {2025}};
    Environment env = environment.env();
    env.now = std::chrono::system_clock::time_point(std::chrono::hours(24));
    const auto converted = to_table_options(args, env);
    const auto* options = std::get_if<TableOptions>(&converted);
    REQUIRE(options != nullptr);
    CHECK(options->plans == args.plans);
    CHECK(options->as_of == ymd(2026, 11, 30));
    CHECK(options->now == env.now);
    CHECK(options->within_days == 7);
    CHECK(options->selection.years == args.selection.years);
    CHECK(options->outputs == std::vector<OutputTarget>{{OutputFormat::text, ""}});
  }
  SUBCASE("formats, and two documents on standard output refused") {
    const FakeEnvironment environment({});
    TableArgs args;
    args.formats = {"csv=m.csv", "markdown"};
    const auto converted = to_table_options(args, environment.env());
    REQUIRE(std::holds_alternative<TableOptions>(converted));
    CHECK(std::get<TableOptions>(converted).outputs ==
          std::vector<OutputTarget>{{OutputFormat::csv, "m.csv"}, {OutputFormat::markdown, ""}});
    args.formats = {"csv", "markdown"};
    CHECK(std::holds_alternative<Problems>(to_table_options(args, environment.env())));
  }
}

TEST_CASE("to_table_options: memo, a year") {
  const FakeEnvironment environment({{"GITHUB_ACTIONS", "true"}});
  TableArgs args;
  args.selection.years = {2024};
  const auto converted = to_table_options(args, environment.env());
  const auto* options = std::get_if<TableOptions>(&converted);
  REQUIRE(options != nullptr);
  CHECK(options->selection.years == std::vector<int>{2024});
  CHECK(options->outputs == std::vector<OutputTarget>{{OutputFormat::text, ""}});
}
