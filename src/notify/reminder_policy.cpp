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

} // namespace

bool is_due_for_reminder(const Finding& finding, Day as_of, const ReminderPolicy& policy) {
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

bool is_past_max_overdue(const Finding& finding, const ReminderPolicy& policy) {
  const bool outstanding =
      finding.status == Status::overdue || finding.status == Status::incomplete;
  return outstanding && policy.max_overdue_days > 0 && finding.days > policy.max_overdue_days;
}

} // namespace plancheck
