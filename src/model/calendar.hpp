#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace plancheck {

// A calendar day. All deadline arithmetic is in whole days, never seconds.
using Day = date::sys_days;

enum class DateError { bad_form, no_such_day, out_of_range };

// The first and last days plancheck accepts anywhere (plans, reports,
// --as-of): wide enough for any plan, narrow enough that no arithmetic on
// them can overflow.
inline constexpr int k_first_year = 1900;
inline constexpr int k_last_year = 2199;

// Parse `text` written exactly as YYYY-MM-DD or DD/MM/YYYY into a day that
// exists, from 1900-01-01 to 2199-12-31; anything else (2024-2-3,
// 2024-02-30, trailing text, 9999-12-31) is an error.
struct ParsedDate {
  std::optional<Day> day;
  DateError error = DateError::bad_form;
};
ParsedDate parse_date(std::string_view text);

// Return `day` as YYYY-MM-DD.
std::string format_iso(Day day);

// Return `day` as DD/MM/YYYY, the form Vietnamese documents use.
std::string format_dmy(Day day);

// Return the year of `day`.
int year_of(Day day);

// Return the last day of `month` (1-12) of `year`.
Day last_day_of_month(int year, unsigned month);

} // namespace plancheck
