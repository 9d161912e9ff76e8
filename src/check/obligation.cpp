#include "check/obligation.hpp"

#include "model/instances.hpp"
#include "model/succession.hpp"

#include <algorithm>

namespace plancheck {
namespace {

// Split the named `parties` by who owes their part on `due`, in order of
// first mention; a party whose chain ends before `due` owes nothing.
std::vector<std::pair<const Agency*, std::vector<const Agency*>>>
group_by_owner(const Plan& plan, const std::vector<const Agency*>& parties, Day due) {
  std::vector<std::pair<const Agency*, std::vector<const Agency*>>> owners;
  for (const Agency* party : parties) {
    const Agency* owner = owner_on(plan, party->id.value, due);
    if (owner == nullptr) {
      continue;
    }
    auto it = std::find_if(owners.begin(), owners.end(),
                           [&](const auto& entry) { return entry.first == owner; });
    if (it == owners.end()) {
      owners.push_back({owner, {}});
      it = std::prev(owners.end());
    }
    it->second.push_back(party);
  }
  return owners;
}

// A task is asked for in the year of an instance while it is ongoing or not
// yet past the year of its deadline.
bool in_scope(const Task& task, int year) {
  return !task.due || year_of(last_on_time_day(task.due->value)) >= year;
}

// Whether `task` belongs to one of `parties`: one of its owners is a party,
// or passed its work on to a party by `due`.
bool owned_by(const Plan& plan, const Task& task, const std::vector<const Agency*>& parties,
              Day due) {
  for (const Agency* owner : expand_groups(plan, task.owners)) {
    for (const Agency* party : parties) {
      if (passes_to(plan, *owner, *party, due)) {
        return true;
      }
    }
  }
  return false;
}

std::vector<const Task*> covered_tasks(const Plan& plan, const Duty& duty,
                                       const std::vector<const Agency*>& parties, Day due,
                                       int year) {
  std::vector<const Task*> covered;
  for (const Task& task : plan.tasks) {
    if (!in_scope(task, year)) {
      continue;
    }
    bool include = false;
    switch (duty.covers) {
    case Covers::all_tasks:
      include = true;
      break;
    case Covers::listed:
      include = std::any_of(duty.covered_tasks.begin(), duty.covered_tasks.end(),
                            [&](const Id& id) { return id.value == task.id.value; });
      break;
    case Covers::own_tasks:
      include = owned_by(plan, task, parties, due);
      break;
    }
    if (include) {
      covered.push_back(&task);
    }
  }
  return covered;
}

} // namespace

std::vector<Obligation> build_obligations(const Plan& plan) {
  std::vector<Obligation> obligations;
  for (const Duty& duty : plan.duties) {
    const std::vector<const Agency*> named = expand_groups(plan, duty.from);
    for (const Instance& instance : duty_instances(plan, duty)) {
      const int year = instance.year.value_or(year_of(instance.due));
      for (auto& [owner, parties] : group_by_owner(plan, named, instance.due)) {
        Obligation o;
        o.kind = ObligationKind::duty;
        o.duty = &duty;
        o.period = instance.year;
        o.agency = owner;
        o.due = instance.due;
        o.covered = covered_tasks(plan, duty, parties, instance.due, year);
        o.parties = std::move(parties);
        obligations.push_back(std::move(o));
      }
    }
  }
  for (const Task& task : plan.tasks) {
    if (!task.due) {
      continue;
    }
    const Day due = last_on_time_day(task.due->value);
    for (auto& [owner, parties] : group_by_owner(plan, expand_groups(plan, task.owners), due)) {
      Obligation o;
      o.kind = ObligationKind::task;
      o.task = &task;
      o.agency = owner;
      o.due = due;
      o.parties = std::move(parties);
      obligations.push_back(std::move(o));
    }
  }
  return obligations;
}

} // namespace plancheck
