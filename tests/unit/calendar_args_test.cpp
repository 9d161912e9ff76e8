#include "cli/calendar_args.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::FakeEnvironment;
using plancheck::test::ymd;

TEST_CASE("to_calendar_options") {
  const FakeEnvironment environment({});
  SUBCASE("every argument") {
    const auto converted = to_calendar_options(
        {{"plans/x"}, "so y te", "2025-01-01", "31/12/2026", "2025-06-15", {"text", "ics=a.ics"}},
        environment.env());
    REQUIRE(std::holds_alternative<CalendarOptions>(converted));
    const CalendarOptions& options = std::get<CalendarOptions>(converted);
    CHECK(options.plans == std::vector<std::string>{"plans/x"});
    CHECK(options.agency == "so y te");
    CHECK(options.from == ymd(2025, 1, 1));
    CHECK(options.to == ymd(2026, 12, 31));
    CHECK(options.as_of == ymd(2025, 6, 15));
    CHECK(options.outputs ==
          std::vector<OutputTarget>{{OutputFormat::text, {}}, {OutputFormat::ics, "a.ics"}});
  }
  SUBCASE("defaults: the whole plan, as iCalendar on standard output") {
    const auto converted = to_calendar_options({}, environment.env());
    REQUIRE(std::holds_alternative<CalendarOptions>(converted));
    const CalendarOptions& options = std::get<CalendarOptions>(converted);
    CHECK_FALSE(options.from.has_value());
    CHECK_FALSE(options.to.has_value());
    CHECK_FALSE(options.as_of.has_value());
    CHECK(options.outputs == std::vector<OutputTarget>{{OutputFormat::ics, {}}});
  }
  SUBCASE("--from after --to") {
    const auto converted =
        to_calendar_options({{}, {}, "2026-01-01", "2025-01-01", {}, {}}, environment.env());
    REQUIRE(std::holds_alternative<Problems>(converted));
    CHECK(localize(std::get<Problems>(converted).front(), Lang::en) ==
          localize({MsgId::usage_error, {"--from 2026-01-01 is after --to 2025-01-01"}}, Lang::en));
  }
  SUBCASE("ics shares standard output with nothing") {
    const auto converted =
        to_calendar_options({{}, {}, {}, {}, {}, {"ics", "text"}}, environment.env());
    CHECK(std::holds_alternative<Problems>(converted));
  }
}
