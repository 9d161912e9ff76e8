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
};

// Whether `finding` belongs in the reminders of `as_of`: an outstanding item
// due in exactly one of the lead times; an overdue item on its first overdue
// day and every `repeat_days` after; an incomplete one on the day its first
// report came and every `repeat_days` after (and at its lead times).
bool is_due_for_reminder(const Finding& finding, Day as_of, const ReminderPolicy& policy);

} // namespace plancheck
