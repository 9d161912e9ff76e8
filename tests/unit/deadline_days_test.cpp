#include "test_support.hpp"
#include "validate/deadline_days.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;

namespace {

// What check_deadline_days says of a plan with `calendar` and a yearly
// duty due before 10 December (the 9th: a Saturday in 2028).
std::string warnings_of(std::string_view calendar, std::string_view roll = "") {
  const std::string text = "plancheck: 1\n"
                           "id: p\n"
                           "title: \"Kế hoạch\"\n"
                           "issuer: a\n"
                           "period: {from: 2027-01-01, to: 2028-12-31}\n"
                           "agencies: {a: {name: \"UBND\"}, b: {name: \"Sở\"}}\n"
                           "tasks: [{id: T, title: \"Việc\", owners: [b]}]\n"
                           "duties:\n"
                           "  - {id: d, title: \"Báo cáo\", from: [b], to: [a],\n"
                           "     due: {every: year, before: {month: 12, day: 10}" +
                           std::string(roll) + "}}\n" + std::string(calendar);
  const SourceFile file("plan.yaml", text);
  Diagnostics loading;
  Reporter loading_reporter(file, loading);
  const std::optional<Plan> plan = load_plan(file, loading_reporter);
  REQUIRE(describe(loading) == "");
  Diagnostics out;
  Reporter reporter(file, out);
  check_deadline_days(*plan, reporter);
  return describe(out);
}

} // namespace

TEST_CASE("check_deadline_days warns at a deadline on a day off that no roll moves") {
  CHECK(warnings_of("") == ""); // no calendar: the plan has not said which days are worked
  CHECK(warnings_of("calendar: {roll: none}\n") ==
        "10:11 calendar.non-working-deadline: the last on-time day 2028-12-09 is a Saturday, "
        "not a working day, and no 'roll' applies; set 'roll' in 'calendar' or in this 'due' if "
        "the deadline moves");
  CHECK(warnings_of("calendar: {holidays: [{date: 2027-12-09, name: \"Lễ\"}]}\n")
            .starts_with("10:11 calendar.non-working-deadline: the last on-time day 2027-12-09 "
                         "is a holiday (Lễ)"));
  CHECK(warnings_of("calendar: {roll: next-working-day}\n") == "");
  CHECK(warnings_of("calendar: {}\n", ", roll: previous-working-day") == "");
}
