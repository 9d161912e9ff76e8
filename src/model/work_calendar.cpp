#include "model/work_calendar.hpp"

#include <algorithm>

namespace plancheck {
namespace {

constexpr std::array<std::pair<Roll, std::string_view>, 3> k_rolls{{
    {Roll::none, "none"},
    {Roll::next_working_day, "next-working-day"},
    {Roll::previous_working_day, "previous-working-day"},
}};

// Return the first working day from `day` going by `step` days, `day`
// excluded, within k_max_roll_days.
std::optional<Day> nearest_working_day(const WorkCalendar& calendar, Day day, date::days step) {
  Day candidate = day;
  for (int i = 0; i < k_max_roll_days; ++i) {
    candidate += step;
    if (calendar.is_working_day(candidate)) {
      return candidate;
    }
  }
  return std::nullopt;
}

} // namespace

std::string_view roll_id(Roll roll) {
  for (const auto& [value, word] : k_rolls) {
    if (value == roll) {
      return word;
    }
  }
  return "none";
}

std::optional<Roll> parse_roll(std::string_view word) {
  for (const auto& [value, name] : k_rolls) {
    if (name == word) {
      return value;
    }
  }
  return std::nullopt;
}

std::optional<unsigned> parse_weekday(std::string_view word) {
  const auto* it = std::find(k_weekday_names.begin(), k_weekday_names.end(), word);
  if (it == k_weekday_names.end()) {
    return std::nullopt;
  }
  return static_cast<unsigned>(it - k_weekday_names.begin());
}

bool WorkCalendar::is_working_day(Day day) const {
  if (holidays.contains(day)) {
    return false;
  }
  return !weekend.at(date::weekday{day}.c_encoding()) || workdays.contains(day);
}

Day WorkCalendar::rolled(Day day, Roll how) const {
  if (how == Roll::none || is_working_day(day)) {
    return day;
  }
  const date::days step{how == Roll::next_working_day ? 1 : -1};
  return nearest_working_day(*this, day, step).value_or(day);
}

std::optional<Day> WorkCalendar::previous_working_day(Day day) const {
  return nearest_working_day(*this, day, date::days{-1});
}

} // namespace plancheck
