#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace plancheck {

// A calendar day. All deadline arithmetic is in whole days, never seconds.
using Day = date::sys_days;

enum class DateError { bad_form, no_such_day };

// Parse `text` written exactly as YYYY-MM-DD or DD/MM/YYYY into a day that
// exists; anything else (2024-2-3, 2024-02-30, trailing text) is an error.
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
