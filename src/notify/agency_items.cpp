#include "notify/agency_items.hpp"

#include "notify/plan_sender.hpp"

#include <algorithm>
#include <tuple>

namespace plancheck {

std::vector<AgencyItems> group_by_agency(const CheckResult& result, const ReminderPolicy& policy) {
  const Day as_of = result.as_of;
  std::vector<AgencyItems> groups; // agencies in the order of their first item
  for (const Finding& f : result.findings) {
    if (!is_due_for_reminder(f, as_of, policy)) {
      continue;
    }
    const Agency* recipient = f.answerable_by != nullptr ? f.answerable_by : f.obligation.agency;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const AgencyItems& g) {
      return g.plan == f.plan && g.agency == recipient;
    });
    if (it == groups.end()) {
      groups.push_back({f.plan,
                        recipient,
                        signing_body(*f.plan, as_of),
                        {},
                        {},
                        !recipient->emails.empty(),
                        recipient->active_on(as_of)});
      it = std::prev(groups.end());
    }
    (is_past_max_overdue(f, policy) ? it->stale : it->items).push_back(&f);
  }
  std::stable_sort(groups.begin(), groups.end(), [](const AgencyItems& a, const AgencyItems& b) {
    return std::tie(a.plan->id.value, a.agency->id.value) <
           std::tie(b.plan->id.value, b.agency->id.value);
  });
  return groups;
}

} // namespace plancheck
