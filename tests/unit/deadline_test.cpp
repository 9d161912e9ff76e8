#include "model/deadline.hpp"
#include "model/instances.hpp"
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

TEST_CASE("named_day") {
  using enum DeadlineForm;
  CHECK(named_day(yearly(yearly_by, 12, 15), 2025) == ymd(2025, 12, 15));
  CHECK(named_day(yearly(yearly_before, 12, 10), 2025) == ymd(2025, 12, 10));
  CHECK(named_day(yearly(yearly_before, 2, 29), 2024) == ymd(2024, 2, 29));
  CHECK_FALSE(named_day(yearly(yearly_by, 2, 29), 2025).has_value());
  CHECK_FALSE(named_day(yearly(yearly_before, 2, 29), 2100).has_value());
}

TEST_CASE("Deadline::yearly") {
  CHECK(yearly(DeadlineForm::yearly_by, 1, 1).yearly());
  CHECK(yearly(DeadlineForm::yearly_before, 1, 1).yearly());
  CHECK_FALSE(one_off(DeadlineForm::by, ymd(2024, 1, 1)).yearly());
  CHECK_FALSE(within(DeadlineForm::within_year, 2024).yearly());
}

// Every form of deadline, resolved as check resolves it.
namespace {
namespace deadline_forms {

using namespace plancheck::test;

Deadline one_off(DeadlineForm form, std::string_view date) {
  Deadline d;
  d.form = form;
  d.date = day(date);
  return d;
}

Deadline within(DeadlineForm form, int year, unsigned part = 0) {
  Deadline d;
  d.form = form;
  d.year = year;
  d.part = part;
  return d;
}

Deadline yearly(DeadlineForm form, unsigned month, unsigned day_of_month) {
  Deadline d;
  d.form = form;
  d.month = month;
  d.day = day_of_month;
  return d;
}

std::string last_day(const Deadline& d, int year = 0) {
  return format_iso(last_on_time_day(d, year));
}

TEST_CASE("check deadline: `by` is the named day, `before` the day before") {
  CHECK(last_day(one_off(DeadlineForm::by, "2024-06-30")) == "2024-06-30");
  CHECK(last_day(one_off(DeadlineForm::before, "2024-07-01")) == "2024-06-30");
  CHECK(last_day(one_off(DeadlineForm::before, "2025-01-01")) == "2024-12-31");
  CHECK(last_day(one_off(DeadlineForm::before, "2024-03-01")) == "2024-02-29");
}

TEST_CASE("check deadline: `within` a year, quarter or month ends on its last day") {
  CHECK(last_day(within(DeadlineForm::within_year, 2024)) == "2024-12-31");
  CHECK(last_day(within(DeadlineForm::within_quarter, 2024, 1)) == "2024-03-31");
  CHECK(last_day(within(DeadlineForm::within_quarter, 2024, 2)) == "2024-06-30");
  CHECK(last_day(within(DeadlineForm::within_quarter, 2024, 3)) == "2024-09-30");
  CHECK(last_day(within(DeadlineForm::within_quarter, 2024, 4)) == "2024-12-31");
  CHECK(last_day(within(DeadlineForm::within_month, 2024, 5)) == "2024-05-31");
  CHECK(last_day(within(DeadlineForm::within_month, 2024, 4)) == "2024-04-30");
}

TEST_CASE("check deadline: leap days") {
  SUBCASE("within a February ends on the 29th in a leap year, the 28th otherwise") {
    CHECK(last_day(within(DeadlineForm::within_month, 2028, 2)) == "2028-02-29");
    CHECK(last_day(within(DeadlineForm::within_month, 2027, 2)) == "2027-02-28");
    CHECK(last_day(within(DeadlineForm::within_month, 2100, 2)) == "2100-02-28");
    CHECK(last_day(within(DeadlineForm::within_month, 2000, 2)) == "2000-02-29");
    CHECK(last_day(within(DeadlineForm::within_quarter, 2028, 1)) == "2028-03-31");
  }
  SUBCASE("yearly by 29 February falls on the 28th in a common year") {
    const Deadline d = yearly(DeadlineForm::yearly_by, 2, 29);
    CHECK(last_day(d, 2027) == "2027-02-28");
    CHECK(last_day(d, 2028) == "2028-02-29");
  }
  SUBCASE("yearly before 29 February") {
    const Deadline d = yearly(DeadlineForm::yearly_before, 2, 29);
    CHECK(last_day(d, 2028) == "2028-02-28");
    CHECK(last_day(d, 2027) == "2027-02-28");
  }
  SUBCASE("yearly before 1 March is the last day of February") {
    const Deadline d = yearly(DeadlineForm::yearly_before, 3, 1);
    CHECK(last_day(d, 2028) == "2028-02-29");
    CHECK(last_day(d, 2027) == "2027-02-28");
  }
}

TEST_CASE("check deadline: yearly `by` and `before` in a given year") {
  CHECK(last_day(yearly(DeadlineForm::yearly_by, 12, 30), 2025) == "2025-12-30");
  CHECK(last_day(yearly(DeadlineForm::yearly_before, 12, 10), 2025) == "2025-12-09");
  CHECK(last_day(yearly(DeadlineForm::yearly_before, 12, 10), 2026) == "2026-12-09");
  CHECK(last_day(yearly(DeadlineForm::yearly_by, 1, 15), 2030) == "2030-01-15");
}

} // namespace deadline_forms
} // namespace
