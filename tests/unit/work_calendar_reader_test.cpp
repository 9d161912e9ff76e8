#include "load/work_calendar_reader.hpp"
#include "load/workspace.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::load_plan_text;
using plancheck::test::ymd;

namespace {

std::string plan_with(std::string_view calendar) {
  return "plancheck: 1\n"
         "id: p\n"
         "title: \"Kế hoạch\"\n"
         "issuer: a\n"
         "period: {from: 2024-01-01, to: 2030-12-31}\n"
         "agencies: {a: {name: \"UBND\"}}\n"
         "tasks: [{id: T, title: \"Việc\", owners: [a], due: {by: 2028-12-09, roll: "
         "previous-working-day}}]\n" +
         std::string(calendar);
}

} // namespace

TEST_CASE("read_work_calendar reads plan.yaml's calendar") {
  const auto loaded = load_plan_text(plan_with("calendar:\n"
                                               "  weekend: [friday, saturday]\n"
                                               "  holidays: [2028-04-04, {date: 2028-09-04, "
                                               "name: \"Quốc khánh (nghỉ bù)\"}]\n"
                                               "  workdays: [2026-02-28]\n"
                                               "  roll: next-working-day\n"));
  CHECK(describe(loaded.diagnostics) == "");
  REQUIRE(loaded.plan);
  REQUIRE(loaded.plan->calendar);
  const WorkCalendar& calendar = *loaded.plan->calendar;
  CHECK(calendar.roll == Roll::next_working_day);
  CHECK(calendar.weekend[5]);
  CHECK_FALSE(calendar.weekend[0]);
  CHECK(calendar.holidays.at(ymd(2028, 9, 4)) == "Quốc khánh (nghỉ bù)");
  CHECK(calendar.holidays.at(ymd(2028, 4, 4)).empty());
  CHECK(calendar.workdays.contains(ymd(2026, 2, 28)));
  CHECK(loaded.plan->tasks.at(0).due->value.roll == Roll::previous_working_day);
}

TEST_CASE("read_work_calendar reports each mistake where it is written") {
  SUBCASE("an unknown weekday") {
    const auto loaded = load_plan_text(plan_with("calendar: {weekend: [sat]}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:22 schema.enum: 'sat' is not one of: monday, tuesday, wednesday, thursday, friday, "
          "saturday, sunday");
  }
  SUBCASE("a day twice, a day both ways, a working day that is worked anyway") {
    const auto loaded = load_plan_text(plan_with("calendar:\n"
                                                 "  holidays: [2028-04-04, 2028-04-04]\n"
                                                 "  workdays: [2028-04-04, 2028-12-08]\n"));
    CHECK(describe(loaded.diagnostics) ==
          "9:26 calendar.duplicate-day: 2028-04-04 is listed twice in 'holidays' (first at line "
          "9)\n"
          "10:14 calendar.conflict: 2028-04-04 is listed as a working day and as a holiday "
          "(line 9); keep the one the announcement gives\n"
          "10:26 calendar.workday: 2028-12-08 is a Friday, a working day already; 'workdays' "
          "lists the weekend days that are worked");
  }
  SUBCASE("a whole week off") {
    const auto loaded = load_plan_text(plan_with(
        "calendar: {weekend: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:21 schema.value: every day of the week is in 'weekend'; no day would be a working "
          "day");
  }
}

TEST_CASE("load_workspace reads the calendars a plan includes, and only beside the plans") {
  const std::string calendar = "plancheck: 1\n"
                               "name: \"Ngày lễ\"\n"
                               "holidays: [{date: 2028-04-04, name: \"Giỗ Tổ\"}, 2028-09-04]\n"
                               "workdays: [2028-04-04]\n";
  const auto load = [&](std::string_view include) {
    const InMemoryFiles files{
        {"plans/p/plan.yaml", plan_with("calendar:\n  include: [" + std::string(include) +
                                        "]\n"
                                        "  holidays: [2028-09-04]\n")},
        {"plans/calendars/vn.yaml", calendar}};
    return load_workspace({{"plans/p/plan.yaml", {}, {}, {}, {}, {}}}, files, 1);
  };
  SUBCASE("a calendar beside the plans: its days added after the plan's own") {
    const Workspace ws = load("../calendars/vn.yaml");
    CHECK(describe(ws.diagnostics) == "4:12 calendar.conflict: 2028-04-04 is listed as a "
                                      "working day and as a holiday (line 3); keep the one the "
                                      "announcement gives");
    REQUIRE(ws.plans.at(0).plan->calendar);
    const WorkCalendar& c = *ws.plans.at(0).plan->calendar;
    CHECK(c.holidays.at(ymd(2028, 4, 4)) == "Giỗ Tổ");
    CHECK(c.holidays.at(ymd(2028, 9, 4)).empty()); // the plan's own listing stays
    CHECK(ws.paths.at(1) == "plans/calendars/vn.yaml");
  }
  SUBCASE("an absolute path") {
    CHECK(describe(load("/etc/calendar.yaml").diagnostics) ==
          "9:13 calendar.include: '/etc/calendar.yaml' is an absolute path; name a calendar "
          "relative to plan.yaml, such as ../calendars/vn-public-holidays.yaml");
  }
  SUBCASE("a path that climbs out of the folder of the plans") {
    CHECK(describe(load("../../secret.yaml").diagnostics) ==
          "9:13 calendar.include: '../../secret.yaml' leads outside the folder that holds the "
          "plan folders; keep calendars there, such as ../calendars/vn-public-holidays.yaml");
  }
  SUBCASE("a file that is not there: located in plan.yaml") {
    CHECK(describe(load("../calendars/none.yaml").diagnostics) ==
          "9:13 io.read: the calendar '../calendars/none.yaml': cannot read: No such file or "
          "directory");
  }
}
