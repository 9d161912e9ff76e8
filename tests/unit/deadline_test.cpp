#include "model/deadline.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::ymd;

namespace {

Deadline one_off(DeadlineForm form, Day date) {
  Deadline deadline;
  deadline.form = form;
  deadline.date = date;
  return deadline;
}

Deadline within(DeadlineForm form, int year, unsigned part = 0) {
  Deadline deadline;
  deadline.form = form;
  deadline.year = year;
  deadline.part = part;
  return deadline;
}

Deadline yearly(DeadlineForm form, unsigned month, unsigned day) {
  Deadline deadline;
  deadline.form = form;
  deadline.month = month;
  deadline.day = day;
  return deadline;
}

} // namespace

TEST_CASE("last_on_time_day") {
  using enum DeadlineForm;
  SUBCASE("by is the day itself") {
    CHECK(last_on_time_day(one_off(by, ymd(2024, 6, 30))) == ymd(2024, 6, 30));
  }
  SUBCASE("before is the day before") {
    CHECK(last_on_time_day(one_off(before, ymd(2024, 7, 1))) == ymd(2024, 6, 30));
    CHECK(last_on_time_day(one_off(before, ymd(2024, 3, 1))) == ymd(2024, 2, 29));
    CHECK(last_on_time_day(one_off(before, ymd(2025, 1, 1))) == ymd(2024, 12, 31));
  }
  SUBCASE("one-off deadlines ignore the year") {
    CHECK(last_on_time_day(one_off(by, ymd(2024, 6, 30)), 2027) == ymd(2024, 6, 30));
  }
  SUBCASE("within a year") {
    CHECK(last_on_time_day(within(within_year, 2024)) == ymd(2024, 12, 31));
  }
  SUBCASE("within a quarter") {
    CHECK(last_on_time_day(within(within_quarter, 2024, 1)) == ymd(2024, 3, 31));
    CHECK(last_on_time_day(within(within_quarter, 2024, 2)) == ymd(2024, 6, 30));
    CHECK(last_on_time_day(within(within_quarter, 2024, 3)) == ymd(2024, 9, 30));
    CHECK(last_on_time_day(within(within_quarter, 2024, 4)) == ymd(2024, 12, 31));
  }
  SUBCASE("within a month") {
    CHECK(last_on_time_day(within(within_month, 2024, 5)) == ymd(2024, 5, 31));
    CHECK(last_on_time_day(within(within_month, 2024, 2)) == ymd(2024, 2, 29));
    CHECK(last_on_time_day(within(within_month, 2025, 2)) == ymd(2025, 2, 28));
    CHECK(last_on_time_day(within(within_month, 2025, 4)) == ymd(2025, 4, 30));
  }
  SUBCASE("every year by a day") {
    CHECK(last_on_time_day(yearly(yearly_by, 12, 30), 2025) == ymd(2025, 12, 30));
    CHECK(last_on_time_day(yearly(yearly_by, 12, 30), 2026) == ymd(2026, 12, 30));
  }
  SUBCASE("every year before a day") {
    CHECK(last_on_time_day(yearly(yearly_before, 12, 10), 2025) == ymd(2025, 12, 9));
    CHECK(last_on_time_day(yearly(yearly_before, 3, 1), 2024) == ymd(2024, 2, 29));
    CHECK(last_on_time_day(yearly(yearly_before, 1, 1), 2025) == ymd(2024, 12, 31));
  }
  SUBCASE("29 February in a common year is the month's last day") {
    CHECK(last_on_time_day(yearly(yearly_by, 2, 29), 2024) == ymd(2024, 2, 29));
    CHECK(last_on_time_day(yearly(yearly_by, 2, 29), 2025) == ymd(2025, 2, 28));
    CHECK(last_on_time_day(yearly(yearly_before, 2, 29), 2024) == ymd(2024, 2, 28));
    CHECK(last_on_time_day(yearly(yearly_before, 2, 29), 2025) == ymd(2025, 2, 28));
  }
}

TEST_CASE("Deadline::yearly") {
  CHECK(yearly(DeadlineForm::yearly_by, 1, 1).yearly());
  CHECK(yearly(DeadlineForm::yearly_before, 1, 1).yearly());
  CHECK_FALSE(one_off(DeadlineForm::by, ymd(2024, 1, 1)).yearly());
  CHECK_FALSE(within(DeadlineForm::within_year, 2024).yearly());
}
