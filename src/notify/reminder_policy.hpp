#pragma once

#include "check/finding.hpp"

#include <vector>

namespace plancheck {

// When to remind, with no state kept between runs: the same day always
// gives the same answer.
struct ReminderPolicy {
  std::vector<int> lead_days{30, 14, 7, 3, 1, 0}; // days before the deadline
  int repeat_days = 7;                            // overdue or incomplete: every N days
  bool all_items = false;                         // everything outstanding, whatever the day
  int max_overdue_days = 90; // past this many days overdue, the digest only; 0: no limit
};

// Whether `finding` belongs in the reminders of `as_of`: an outstanding item
// due in exactly one of the lead times; an overdue item on its first overdue
// day and every `repeat_days` after; an incomplete one on the day its first
// report came and every `repeat_days` after (and at its lead times). With a
// plan calendar, nothing on a day that is not a working day; a working day
// also sends the lead-time reminders of the days off that follow it, and the
// repeats (the first overdue day among them) of the days off before it.
bool is_due_for_reminder(const Finding& finding, Day as_of, const ReminderPolicy& policy);

// Whether `finding` is overdue or incomplete by more than the policy's
// `max_overdue_days`: it is then left out of the agency's own reminders and
// kept in the digest.
bool is_past_max_overdue(const Finding& finding, const ReminderPolicy& policy);

} // namespace plancheck
