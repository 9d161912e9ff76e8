#include "check/obligation.hpp"

#include "model/deadline_roll.hpp"
#include "model/instances.hpp"
#include "model/succession.hpp"

#include <algorithm>
#include <unordered_map>

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

// Which tasks each agency owns, groups expanded, worked out once per plan:
// ownership does not depend on the day, and every obligation asks.
struct Ownership {
  std::unordered_map<const Task*, std::vector<const Agency*>> owners_of_task;
  std::unordered_map<const Agency*, std::vector<std::size_t>> tasks_of_agency; // plan order
};

Ownership ownership(const Plan& plan) {
  Ownership o;
  for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
    const Task& task = plan.tasks[i];
    std::vector<const Agency*> owners = expand_groups(plan, task.owners);
    for (const Agency* owner : owners) {
      o.tasks_of_agency[owner].push_back(i);
    }
    o.owners_of_task.emplace(&task, std::move(owners));
  }
  return o;
}

// The tasks that belong to `owner` on `due`: its own and those of every
// agency whose work passed to it by then, whoever the duty named.
std::vector<bool> own_tasks(const Plan& plan, const Ownership& ownership, const Agency& owner,
                            Day due) {
  std::vector<bool> own(plan.tasks.size(), false);
  for (const auto& entry : ownership.tasks_of_agency) {
    if (passes_to(plan, *entry.first, owner, due)) {
      for (std::size_t i : entry.second) {
        own[i] = true;
      }
    }
  }
  return own;
}

std::vector<const Task*> covered_tasks(const Plan& plan, const Ownership& ownership,
                                       const Duty& duty, const Agency& owner, Day due, int year) {
  const std::vector<bool> own = duty.covers == Covers::own_tasks
                                    ? own_tasks(plan, ownership, owner, due)
                                    : std::vector<bool>();
  std::vector<const Task*> covered;
  for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
    const Task& task = plan.tasks[i];
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
      include = own[i];
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
  const Ownership owned = ownership(plan);
  for (const Duty& duty : plan.duties) {
    const std::vector<const Agency*> named = expand_groups(plan, duty.from);
    for (const Instance& instance : duty_instances(plan, duty)) {
      const int year = instance.year.value_or(year_of(instance.due));
      const RolledDay rolled = roll_deadline(plan, duty.due->value, instance.due);
      for (auto& [owner, parties] : group_by_owner(plan, named, instance.due)) {
        if (reports_to_itself(plan, duty, *owner, instance.due)) {
          continue; // nobody reports to, or through, itself
        }
        Obligation o;
        o.kind = ObligationKind::duty;
        o.duty = &duty;
        o.period = instance.year;
        o.agency = owner;
        o.due = rolled.day;
        o.due_unadjusted = instance.due;
        o.rolled = rolled.moved;
        o.covered = covered_tasks(plan, owned, duty, *owner, instance.due, year);
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
    const RolledDay rolled = roll_deadline(plan, task.due->value, due);
    for (auto& [owner, parties] : group_by_owner(plan, owned.owners_of_task.at(&task), due)) {
      Obligation o;
      o.kind = ObligationKind::task;
      o.task = &task;
      o.agency = owner;
      o.due = rolled.day;
      o.due_unadjusted = due;
      o.rolled = rolled.moved;
      o.parties = std::move(parties);
      obligations.push_back(std::move(o));
    }
  }
  return obligations;
}

} // namespace plancheck
