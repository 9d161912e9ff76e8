#include "model/deadline_roll.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::ymd;

TEST_CASE("roll_deadline: a due's own roll, else the calendar's, else none") {
  Plan plan;
  Deadline deadline;
  const Day saturday = ymd(2028, 12, 9);
  CHECK(roll_deadline(plan, deadline, saturday).day == saturday);
  SUBCASE("a due's own roll, with the default week when the plan has no calendar") {
    deadline.roll = Roll::next_working_day;
    const RolledDay rolled = roll_deadline(plan, deadline, saturday);
    CHECK(rolled.day == ymd(2028, 12, 11));
    CHECK(rolled.moved == Roll::next_working_day);
  }
  SUBCASE("the calendar's roll, which a due's own overrides") {
    plan.calendar = WorkCalendar{};
    plan.calendar->roll = Roll::previous_working_day;
    CHECK(roll_deadline(plan, deadline, saturday).day == ymd(2028, 12, 8));
    deadline.roll = Roll::none;
    const RolledDay rolled = roll_deadline(plan, deadline, saturday);
    CHECK(rolled.day == saturday);
    CHECK(rolled.moved == Roll::none);
  }
  SUBCASE("a working day never moves") {
    deadline.roll = Roll::next_working_day;
    CHECK(roll_deadline(plan, deadline, ymd(2028, 12, 8)).moved == Roll::none);
  }
}
