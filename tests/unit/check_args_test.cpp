#include "cli/check_args.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::FakeEnvironment;
using plancheck::test::ymd;

TEST_CASE("to_check_options") {
  SUBCASE("every argument, the clock and the environment") {
    const FakeEnvironment environment({{"GITHUB_ACTIONS", "true"}, {"GITHUB_STEP_SUMMARY", "s"}});
    CheckArgs args;
    args.plans = {"p"};
    args.as_of = "2025-06-23";
    args.within_days = 5;
    args.selection = {{"so-yt"}, {"d"}, {"t"}, {2025}};
    args.statuses = {"late,ok"};
    args.all = true;
    args.fail_on = "late";
    args.quiet = true;
    Environment env = environment.env();
    env.now = std::chrono::system_clock::time_point(std::chrono::hours(24));
    const auto converted = to_check_options(args, env);
    const auto* options = std::get_if<CheckOptions>(&converted);
    REQUIRE(options != nullptr);
    CHECK(options->plans == args.plans);
    CHECK(options->as_of == ymd(2025, 6, 23));
    CHECK(options->now == env.now);
    CHECK(options->within_days == 5);
    CHECK(options->selection.agencies == args.selection.agencies);
    CHECK(options->selection.years == args.selection.years);
    CHECK(options->statuses == std::vector<Status>{Status::late, Status::ok});
    CHECK(options->all);
    CHECK(options->outputs ==
          std::vector<OutputTarget>{{OutputFormat::text, ""}, {OutputFormat::github, ""}});
    CHECK(options->step_summary == "s");
    CHECK(options->fail_on == Status::late);
    CHECK(options->quiet);
    CHECK(options->jobs == env.cores);
  }

  SUBCASE("--jobs, else every core") {
    const FakeEnvironment environment({});
    Environment env = environment.env();
    env.cores = 6;
    CheckArgs args;
    const auto by_default = to_check_options(args, env);
    REQUIRE(std::holds_alternative<CheckOptions>(by_default));
    CHECK(std::get<CheckOptions>(by_default).jobs == 6);
    args.jobs = 1;
    const auto given = to_check_options(args, env);
    REQUIRE(std::holds_alternative<CheckOptions>(given));
    CHECK(std::get<CheckOptions>(given).jobs == 1);
  }
  SUBCASE("defaults") {
    const FakeEnvironment environment({});
    const auto converted = to_check_options({}, environment.env());
    const auto* options = std::get_if<CheckOptions>(&converted);
    REQUIRE(options != nullptr);
    CHECK_FALSE(options->as_of.has_value());
    CHECK(options->outputs == std::vector<OutputTarget>{{OutputFormat::text, ""}});
    CHECK(options->step_summary.empty());
    CHECK(options->fail_on == Status::overdue);
  }
  SUBCASE("--fail-on never") {
    const FakeEnvironment environment({});
    CheckArgs args;
    args.fail_on = "never";
    const auto converted = to_check_options(args, environment.env());
    REQUIRE(std::holds_alternative<CheckOptions>(converted));
    CHECK_FALSE(std::get<CheckOptions>(converted).fail_on.has_value());
  }
  SUBCASE("a file named twice is a problem") {
    const FakeEnvironment environment({});
    CheckArgs args;
    args.formats = {"json=x", "csv=x"};
    const auto converted = to_check_options(args, environment.env());
    REQUIRE(std::holds_alternative<Problems>(converted));
    CHECK(localize(std::get<Problems>(converted).front(), Lang::en) ==
          "usage error: --format: x is named twice");
  }
}
