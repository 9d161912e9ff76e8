#include "notify/reminder_policy.hpp"

#include <algorithm>

namespace plancheck {
namespace {

bool at_lead_time(const ReminderPolicy& policy, int days_left) {
  return std::find(policy.lead_days.begin(), policy.lead_days.end(), days_left) !=
         policy.lead_days.end();
}

bool on_repeat_day(const ReminderPolicy& policy, Day first, Day as_of) {
  const auto since = (as_of - first).count();
  return since >= 0 && since % std::max(policy.repeat_days, 1) == 0;
}

// Whether `day` is one of the lead times before `finding`'s deadline at
// which an outstanding item is reminded of.
bool lead_reminder_on(const Finding& finding, Day day, const ReminderPolicy& policy) {
  const int days_left = static_cast<int>((finding.due - day).count());
  switch (finding.status) {
  case Status::incomplete:
    return days_left >= 0 && at_lead_time(policy, days_left);
  case Status::due_soon:
  case Status::pending:
    return at_lead_time(policy, days_left);
  default:
    return false;
  }
}

// Whether `day` is one of the days an item already behind is reminded of
// again: overdue from its first overdue day, incomplete from its first
// report, every `repeat_days`.
bool repeat_reminder_on(const Finding& finding, Day day, const ReminderPolicy& policy) {
  switch (finding.status) {
  case Status::overdue:
    return on_repeat_day(policy, finding.due + date::days{1}, day);
  case Status::incomplete:
    return finding.submitted && on_repeat_day(policy, *finding.submitted, day);
  default:
    return false;
  }
}

bool outstanding(Status status) {
  return status == Status::overdue || status == Status::incomplete || status == Status::due_soon ||
         status == Status::pending;
}

} // namespace

bool is_due_for_reminder(const Finding& finding, Day as_of, const ReminderPolicy& policy) {
  if (!outstanding(finding.status)) {
    return false; // done, late, waived (nobody owes it) or lapsed (nobody can answer it)
  }
  const WorkCalendar* calendar =
      finding.plan != nullptr && finding.plan->calendar ? &*finding.plan->calendar : nullptr;
  if (calendar != nullptr && !calendar->is_working_day(as_of)) {
    return false; // nobody reads mail on a day off
  }
  if (policy.all_items || lead_reminder_on(finding, as_of, policy) ||
      repeat_reminder_on(finding, as_of, policy)) {
    return true;
  }
  if (calendar == nullptr) {
    return false;
  }
  // A lead time on the days off that follow is sent ahead of them, while
  // there is time to act; a repeat on the days off before (an item's first
  // overdue day among them) cannot be sent early, so it follows them.
  Day day = as_of;
  for (int i = 0; i < k_max_roll_days; ++i) {
    day += date::days{1};
    if (calendar->is_working_day(day)) {
      break;
    }
    if (lead_reminder_on(finding, day, policy)) {
      return true;
    }
  }
  day = as_of;
  for (int i = 0; i < k_max_roll_days; ++i) {
    day -= date::days{1};
    if (calendar->is_working_day(day)) {
      break;
    }
    if (repeat_reminder_on(finding, day, policy)) {
      return true;
    }
  }
  return false;
}

bool is_past_max_overdue(const Finding& finding, const ReminderPolicy& policy) {
  const bool outstanding =
      finding.status == Status::overdue || finding.status == Status::incomplete;
  return outstanding && policy.max_overdue_days > 0 && finding.days > policy.max_overdue_days;
}

} // namespace plancheck
