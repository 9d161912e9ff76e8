#include "model/calendar.hpp"

#include <fmt/format.h>

namespace plancheck {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) {
    value = value * 10 + (c - '0');
  }
  return value;
}

} // namespace

ParsedDate parse_date(std::string_view text) {
  int y = 0;
  int m = 0;
  int d = 0;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4)) &&
      all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2))) {
    y = to_int(text.substr(0, 4));
    m = to_int(text.substr(5, 2));
    d = to_int(text.substr(8, 2));
  } else if (text.size() == 10 && text[2] == '/' && text[5] == '/' &&
             all_digits(text.substr(0, 2)) && all_digits(text.substr(3, 2)) &&
             all_digits(text.substr(6, 4))) {
    d = to_int(text.substr(0, 2));
    m = to_int(text.substr(3, 2));
    y = to_int(text.substr(6, 4));
  } else {
    return {std::nullopt, DateError::bad_form};
  }
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) {
    return {std::nullopt, DateError::no_such_day};
  }
  if (y < k_first_year || y > k_last_year) {
    return {std::nullopt, DateError::out_of_range};
  }
  return {Day{ymd}, DateError::bad_form};
}

std::string format_iso(Day day) {
  const date::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string format_dmy(Day day) {
  const date::year_month_day ymd{day};
  return fmt::format("{:02}/{:02}/{:04}", static_cast<unsigned>(ymd.day()),
                     static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()));
}

int year_of(Day day) {
  return static_cast<int>(date::year_month_day{day}.year());
}

Day last_day_of_month(int year, unsigned month) {
  return Day{date::year_month_day_last{date::year{year}, date::month_day_last{date::month{month}}}};
}

} // namespace plancheck
