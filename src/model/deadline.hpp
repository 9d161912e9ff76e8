#pragma once

#include "model/calendar.hpp"
#include "model/work_calendar.hpp"

#include <optional>

namespace plancheck {

// The forms a deadline (`due`) takes in the plan; see plancheck(5).
enum class DeadlineForm {
  by,             // {by: DATE}
  before,         // {before: DATE}
  within_year,    // {within: 2024}
  within_quarter, // {within: 2024-Q1}
  within_month,   // {within: 2024-05}
  yearly_by,      // {every: year, by: {month, day}}
  yearly_before,  // {every: year, before: {month, day}}
};

struct Deadline {
  DeadlineForm form = DeadlineForm::by;
  Day date{};               // by, before
  int year = 0;             // within_*
  unsigned part = 0;        // within_quarter: 1-4; within_month: 1-12
  unsigned month = 0;       // yearly_*
  unsigned day = 0;         // yearly_*
  std::optional<Roll> roll; // this deadline's own roll; nullopt: the plan's calendar's

  bool yearly() const {
    return form == DeadlineForm::yearly_by || form == DeadlineForm::yearly_before;
  }
};

// Return the last day on which a submission meets `deadline` (inclusive).
// For a yearly deadline this is the instance of `year`; one-off deadlines
// ignore `year`. A yearly day past the month's end (29 February in a common
// year) means the month's last day, for `by` and `before` alike.
Day last_on_time_day(const Deadline& deadline, int year = 0);

// Return the day a yearly `deadline` names in `year` (its `by` or `before`
// day), or nullopt when that day does not exist (29 February in a common
// year): the deadline is then the month's last day, for `by` and `before` alike.
std::optional<Day> named_day(const Deadline& deadline, int year);

} // namespace plancheck
