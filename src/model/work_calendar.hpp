#pragma once

#include "model/calendar.hpp"
#include "model/source_pos.hpp"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// What becomes of a last on-time day that is not a working day.
enum class Roll { none, next_working_day, previous_working_day };

// Return the word a plan writes for `roll`: "next-working-day".
std::string_view roll_id(Roll roll);

// Return the roll that `word` names, or nullopt.
std::optional<Roll> parse_roll(std::string_view word);

// The weekday names a plan writes, Sunday first (date::weekday's C encoding).
inline constexpr std::array<std::string_view, 7> k_weekday_names{
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

// Return the index in k_weekday_names of `word`, or nullopt.
std::optional<unsigned> parse_weekday(std::string_view word);

// Farthest a roll moves a deadline, in days: longer than any run of days off
// (Tết with its weekends is nine), short enough that no input makes it loop long.
inline constexpr int k_max_roll_days = 31;

// The plan's working days: which weekdays are the weekend, the public
// holidays (each with its name, possibly empty) and the announced working
// days that fall on a weekend, and the roll deadlines take by default.
struct WorkCalendar {
  std::array<bool, 7> weekend{true, false, false, false, false, false, true}; // Sunday first
  std::map<Day, std::string> holidays;
  std::set<Day> workdays;
  Roll roll = Roll::none;
  std::vector<Located<std::string>> includes; // calendar files, as plan.yaml names them

  // Whether `day` is a working day: not a holiday, and a weekday or an
  // announced working day.
  bool is_working_day(Day day) const;

  // Return `day` moved by `how` to the nearest working day, or `day` itself
  // when it is a working day, the roll is none, or no working day lies
  // within k_max_roll_days.
  Day rolled(Day day, Roll how) const;

  // Return the last working day before `day`, or nullopt when none lies
  // within k_max_roll_days.
  std::optional<Day> previous_working_day(Day day) const;
};

} // namespace plancheck
