#include "check/plan_listing.hpp"

#include "check/obligation.hpp"
#include "model/instances.hpp"
#include "model/succession.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace plancheck {
namespace {

constexpr std::array<std::string_view, 4> k_kind_names{"agencies", "groups", "tasks", "duties"};

AgencyState state_on(const Agency& agency, Day day) {
  if (agency.active_on(day)) {
    return AgencyState::active;
  }
  return agency.until && agency.until->value < day ? AgencyState::ended : AgencyState::not_begun;
}

// The duty instances each agency owes in the year of `as_of`, by the same
// obligations `check` evaluates, so that the listing never disagrees with it.
std::vector<ListedAgency> agency_entries(const Plan& plan, Day as_of) {
  std::vector<ListedAgency> entries;
  std::unordered_map<const Agency*, std::size_t> entry_of;
  for (const Agency& agency : plan.agencies) {
    ListedAgency entry;
    entry.agency = &agency;
    entry.state = state_on(agency, as_of);
    entry.successor = agency.successor ? plan.find_agency(agency.successor->value) : nullptr;
    if (entry.state == AgencyState::ended) {
      entry.held_by = holder_on(plan, agency, as_of);
    }
    entry_of.emplace(&agency, entries.size());
    entries.push_back(std::move(entry));
  }
  const int year = year_of(as_of);
  for (const Obligation& o : build_obligations(plan)) {
    if (o.kind == ObligationKind::duty && o.period.value_or(year_of(o.due_unadjusted)) == year) {
      entries[entry_of.at(o.agency)].owes.push_back({o.duty, o.period, o.due});
    }
  }
  // Those a reader can still write to come first.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const ListedAgency& a, const ListedAgency& b) {
                     return static_cast<int>(a.state) < static_cast<int>(b.state);
                   });
  return entries;
}

ListedDuty duty_entry(const Plan& plan, const Duty& duty, Day as_of) {
  ListedDuty entry{&duty, std::nullopt, std::nullopt};
  if (!duty.due) {
    return entry;
  }
  if (!duty.due->value.yearly()) {
    entry.due = last_on_time_day(duty.due->value);
    return entry;
  }
  for (const Instance& instance : duty_instances(plan, duty)) {
    if (instance.year == year_of(as_of)) {
      entry.period = instance.year;
      entry.due = instance.due;
    }
  }
  return entry;
}

} // namespace

std::optional<ListKind> parse_list_kind(std::string_view name) {
  const auto it = std::find(k_kind_names.begin(), k_kind_names.end(), name);
  if (it == k_kind_names.end()) {
    return std::nullopt;
  }
  return static_cast<ListKind>(it - k_kind_names.begin());
}

std::string_view list_kind_name(ListKind kind) {
  return k_kind_names.at(static_cast<std::size_t>(kind));
}

std::string_view agency_state_id(AgencyState state) {
  switch (state) {
  case AgencyState::active:
    return "active";
  case AgencyState::not_begun:
    return "not-begun";
  case AgencyState::ended:
    return "ended";
  }
  return "active";
}

PlanListing list_plan(const Plan& plan, Day as_of) {
  PlanListing listing;
  listing.plan = &plan;
  listing.agencies = agency_entries(plan, as_of);
  for (const Group& group : plan.groups) {
    listing.groups.push_back({&group, owners_on(plan, {group.id}, as_of)});
  }
  for (const Task& task : plan.tasks) {
    listing.tasks.push_back(
        {&task, task.due ? std::optional<Day>(last_on_time_day(task.due->value)) : std::nullopt});
  }
  for (const Duty& duty : plan.duties) {
    listing.duties.push_back(duty_entry(plan, duty, as_of));
  }
  return listing;
}

} // namespace plancheck
