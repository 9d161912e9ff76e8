#include "model/weekday_word.hpp"
#include "model/work_calendar.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::ymd;

TEST_CASE("WorkCalendar::is_working_day: weekdays, weekends, holidays and announced working days") {
  WorkCalendar calendar;
  calendar.holidays.emplace(ymd(2028, 4, 4), "Giỗ Tổ Hùng Vương");
  calendar.workdays.insert(ymd(2024, 5, 4));
  CHECK(calendar.is_working_day(ymd(2028, 12, 8)));        // a Friday
  CHECK_FALSE(calendar.is_working_day(ymd(2028, 12, 9)));  // a Saturday
  CHECK_FALSE(calendar.is_working_day(ymd(2028, 12, 10))); // a Sunday
  CHECK_FALSE(calendar.is_working_day(ymd(2028, 4, 4)));   // a Tuesday, a holiday
  CHECK(calendar.is_working_day(ymd(2024, 5, 4)));         // a Saturday that is worked
  SUBCASE("another weekend") {
    calendar.weekend = {false, false, false, false, false, true, false}; // Friday
    CHECK_FALSE(calendar.is_working_day(ymd(2028, 12, 8)));
    CHECK(calendar.is_working_day(ymd(2028, 12, 9)));
  }
}

TEST_CASE(
    "WorkCalendar::rolled moves a day off to the nearest working day in the roll's direction") {
  WorkCalendar calendar;
  calendar.holidays.emplace(ymd(2028, 12, 11), "");
  CHECK(calendar.rolled(ymd(2028, 12, 9), Roll::next_working_day) == ymd(2028, 12, 12));
  CHECK(calendar.rolled(ymd(2028, 12, 9), Roll::previous_working_day) == ymd(2028, 12, 8));
  CHECK(calendar.rolled(ymd(2028, 12, 9), Roll::none) == ymd(2028, 12, 9));
  CHECK(calendar.rolled(ymd(2028, 12, 8), Roll::next_working_day) == ymd(2028, 12, 8));
  SUBCASE("no working day within the limit: the day stays") {
    for (int i = 0; i < 40; ++i) {
      calendar.holidays.emplace(ymd(2030, 1, 1) + date::days{i}, "");
    }
    CHECK(calendar.rolled(ymd(2030, 1, 2), Roll::next_working_day) == ymd(2030, 1, 2));
    CHECK_FALSE(calendar.previous_working_day(ymd(2030, 2, 5)));
  }
}

TEST_CASE("parse_roll and parse_weekday read the plan's words") {
  CHECK(parse_roll("next-working-day") == Roll::next_working_day);
  CHECK(parse_roll("previous-working-day") == Roll::previous_working_day);
  CHECK(parse_roll("none") == Roll::none);
  CHECK_FALSE(parse_roll("next"));
  CHECK(roll_id(Roll::next_working_day) == "next-working-day");
  CHECK(parse_weekday("saturday") == 6U);
  CHECK_FALSE(parse_weekday("Saturday"));
  CHECK(weekday_word(ymd(2028, 12, 9)) == MsgId::weekday_saturday);
}
