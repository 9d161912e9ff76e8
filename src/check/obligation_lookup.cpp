#include "check/obligation_lookup.hpp"

#include "model/instances.hpp"
#include "model/succession.hpp"

#include <algorithm>

namespace plancheck {
namespace {

// The instance of `duty` that `period` names, or that `today` chooses.
std::variant<Instance, Message> choose_instance(const Plan& plan, const Duty& duty,
                                                std::optional<int> period, Day today) {
  const std::vector<Instance> instances = duty_instances(plan, duty);
  const bool yearly = duty.due && duty.due->value.yearly();
  if (period && !yearly) {
    return Message{MsgId::new_period_one_off, {duty.id.value}};
  }
  if (period) {
    const auto it = std::find_if(instances.begin(), instances.end(),
                                 [&](const Instance& i) { return i.year == period; });
    if (it == instances.end()) {
      return Message{MsgId::new_no_instance, {duty.id.value, *period}};
    }
    return *it;
  }
  if (instances.empty()) {
    return Message{MsgId::new_no_instance, {duty.id.value, year_of(today)}};
  }
  const auto next = std::find_if(instances.begin(), instances.end(),
                                 [&](const Instance& i) { return i.due >= today; });
  return next != instances.end() ? *next : instances.back();
}

// Why `agency` owes nothing due on `due`: it has ended, or has not begun.
std::optional<Message> not_existing(const Plan& plan, const Agency& agency, Day due) {
  if (agency.active_on(due)) {
    return std::nullopt;
  }
  if (agency.since && due < agency.since->value) {
    return Message{MsgId::new_agency_not_yet,
                   {agency.id.value, agency.name, agency.since->value, due}};
  }
  const Agency* owner = owner_on(plan, agency.id.value, due);
  if (owner == nullptr) {
    return Message{MsgId::new_agency_ended_alone,
                   {agency.id.value, agency.name, agency.until->value, due}};
  }
  return Message{
      MsgId::new_agency_ended,
      {agency.id.value, agency.name, agency.until->value, owner->id.value, owner->name, due}};
}

// The obligation of `query.agency` among `candidates` (all for one instance
// or task, due on `due`), or why it owes none.
std::variant<Obligation, Message> owed_by(const Plan& plan, const ObligationQuery& query,
                                          std::vector<Obligation> candidates, Obligation any) {
  if (query.agency == nullptr) {
    return any;
  }
  const Agency& agency = *query.agency;
  for (Obligation& o : candidates) {
    if (o.agency == &agency) {
      return std::move(o);
    }
  }
  if (auto why = not_existing(plan, agency, any.due)) {
    return *why;
  }
  if (query.task != nullptr) {
    return Message{MsgId::new_not_owner, {agency.id.value, agency.name, query.task->id.value}};
  }
  return Message{MsgId::new_not_owed,
                 {agency.id.value, agency.name, query.duty->id.value, any.due}};
}

std::variant<Obligation, Message> duty_obligation(const Plan& plan, const ObligationQuery& query) {
  const Duty& duty = *query.duty;
  const auto instance = choose_instance(plan, duty, query.period, query.today);
  if (const Message* why = std::get_if<Message>(&instance)) {
    return *why;
  }
  const Instance& chosen = std::get<Instance>(instance);
  std::vector<Obligation> candidates;
  for (Obligation& o : build_obligations(plan)) {
    if (o.kind == ObligationKind::duty && o.duty == &duty && o.period == chosen.year &&
        o.due_unadjusted == chosen.due) {
      candidates.push_back(std::move(o));
    }
  }
  Obligation any;
  any.duty = &duty;
  any.period = chosen.year;
  any.due = chosen.due;
  any.due_unadjusted = chosen.due;
  return owed_by(plan, query, std::move(candidates), any);
}

std::variant<Obligation, Message> task_obligation(const Plan& plan, const ObligationQuery& query) {
  const Task& task = *query.task;
  Obligation any;
  any.kind = ObligationKind::task;
  any.task = &task;
  std::vector<Obligation> candidates;
  if (task.due) {
    any.due = last_on_time_day(task.due->value);
    any.due_unadjusted = any.due;
    for (Obligation& o : build_obligations(plan)) {
      if (o.kind == ObligationKind::task && o.task == &task) {
        candidates.push_back(std::move(o));
      }
    }
  } else {
    // Ongoing: no deadline to owe it by, so whoever owns it today answers for it.
    any.due = query.today;
    any.due_unadjusted = query.today;
    for (const Agency* owner : owners_on(plan, task.owners, query.today)) {
      Obligation o = any;
      o.agency = owner;
      candidates.push_back(std::move(o));
    }
  }
  return owed_by(plan, query, std::move(candidates), any);
}

} // namespace

std::variant<Obligation, Message> look_up_obligation(const Plan& plan,
                                                     const ObligationQuery& query) {
  return query.task != nullptr ? task_obligation(plan, query) : duty_obligation(plan, query);
}

} // namespace plancheck
