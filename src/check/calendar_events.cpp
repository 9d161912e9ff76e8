#include "check/calendar_events.hpp"

#include "model/succession.hpp"

#include <algorithm>
#include <tuple>

namespace plancheck {
namespace {

// Whether the calendar of the agency `agency` (nullptr: every agency's) holds `o`.
bool selected(const Plan& plan, const Obligation& o, const Agency* agency) {
  if (agency == nullptr) {
    return true;
  }
  return o.agency == agency ||
         std::any_of(o.parties.begin(), o.parties.end(),
                     [&](const Agency* p) { return passes_to(plan, *p, *agency, o.due); });
}

bool in_range(Day due, const CalendarQuery& query) {
  return (!query.from || *query.from <= due) && (!query.to || due <= *query.to);
}

auto order_key(const CalendarEvent& e) {
  const Obligation& o = e.obligation;
  return std::make_tuple(o.due, std::cref(e.plan->id.value), std::cref(o.agency->id.value), o.kind,
                         std::cref(o.id()), o.period.value_or(0));
}

} // namespace

std::string calendar_uid(const Plan& plan, const Obligation& o) {
  const std::string kind = o.kind == ObligationKind::duty ? "duty" : "task";
  const std::string period = o.period ? std::to_string(*o.period) : "once";
  return plan.id.value + "/" + kind + "/" + o.id() + "/" + period + "/" + o.agency->id.value +
         "@plancheck";
}

CalendarResult calendar_events(const std::vector<const Plan*>& plans, const CalendarQuery& query) {
  CalendarResult result;
  result.stamp = query.stamp;
  for (const Plan* plan : plans) {
    const Agency* agency = nullptr;
    if (!query.agency.empty()) {
      agency = plan->find_agency(query.agency);
      if (agency == nullptr) {
        continue; // another plan's agency owes nothing here
      }
    }
    for (Obligation& o : build_obligations(*plan)) {
      if (!selected(*plan, o, agency) || !in_range(o.due, query)) {
        continue;
      }
      const Day end = o.due + date::days{1};
      std::string uid = calendar_uid(*plan, o);
      result.events.push_back({plan, std::move(o), end, std::move(uid)});
    }
  }
  std::stable_sort(
      result.events.begin(), result.events.end(),
      [](const CalendarEvent& a, const CalendarEvent& b) { return order_key(a) < order_key(b); });
  return result;
}

} // namespace plancheck
