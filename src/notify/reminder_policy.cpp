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

// Whether the policy reminds of `finding` on `day`, every day counted alike.
bool reminds_on(const Finding& finding, Day day, const ReminderPolicy& policy) {
  const Day as_of = day;
  const Day due = finding.due;
  const int days_left = static_cast<int>((due - as_of).count());
  switch (finding.status) {
  case Status::ok:
  case Status::late:
  case Status::waived: // nobody owes it any more
  case Status::lapsed: // nobody is left who could answer it
    return false;
  case Status::overdue:
    return policy.all_items || on_repeat_day(policy, due + date::days{1}, as_of);
  case Status::incomplete:
    return policy.all_items ||
           (finding.submitted && on_repeat_day(policy, *finding.submitted, as_of)) ||
           (days_left >= 0 && at_lead_time(policy, days_left));
  case Status::due_soon:
  case Status::pending:
    return policy.all_items || at_lead_time(policy, days_left);
  }
  return false;
}

} // namespace

bool is_due_for_reminder(const Finding& finding, Day as_of, const ReminderPolicy& policy) {
  if (finding.plan == nullptr || !finding.plan->calendar) {
    return reminds_on(finding, as_of, policy);
  }
  const WorkCalendar& calendar = *finding.plan->calendar;
  if (!calendar.is_working_day(as_of)) {
    return false; // nobody reads mail on a day off; the working day before sent it
  }
  // Today's reminders, and those of the days off that follow, sent ahead of them.
  Day day = as_of;
  for (int i = 0; i <= k_max_roll_days; ++i) {
    if (reminds_on(finding, day, policy)) {
      return true;
    }
    day += date::days{1};
    if (calendar.is_working_day(day)) {
      break;
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
