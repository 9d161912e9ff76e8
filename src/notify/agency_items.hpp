#pragma once

#include "check/check.hpp"
#include "notify/reminder_policy.hpp"

#include <vector>

namespace plancheck {

// What one agency is reminded of: its items, in output order. The agency is
// the one that answers for them on the day: the one that owes them, or the
// successor that holds the work of an agency that ended.
struct AgencyItems {
  const Plan* plan = nullptr;
  const Agency* agency = nullptr;
  const Agency* signer = nullptr;    // the body that signs the plan's reminders on the day
  std::vector<const Finding*> items; // in the agency's message and the digest
  std::vector<const Finding*> stale; // overdue past --max-overdue: the digest only
  bool has_address = true;
  bool exists = true; // the agency exists on the day; else the digest only
};

// Return each agency's items due for a reminder on `result.as_of` under
// `policy`, by plan id and agency id. An item goes to the agency that
// answers for it that day; items overdue past `max_overdue_days` are stale.
std::vector<AgencyItems> group_by_agency(const CheckResult& result, const ReminderPolicy& policy);

} // namespace plancheck
