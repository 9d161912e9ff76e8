#include "check/decision_match.hpp"

#include "model/succession.hpp"

#include <algorithm>

namespace plancheck {

DecisionIndex::DecisionIndex(const Plan& plan, const std::vector<const Decision*>& decisions)
    : m_plan(&plan) {
  for (const Decision* decision : decisions) {
    for (const DecisionItem& item : decision->items) {
      Entry entry{{decision, &item}, expand_groups(plan, item.agencies)};
      if (item.duty && plan.find_duty(item.duty->value) != nullptr) {
        m_duty_entries[item.duty->value].push_back(std::move(entry));
      } else if (item.task && plan.find_task(item.task->value) != nullptr) {
        m_task_entries[item.task->value].push_back(std::move(entry));
      }
    }
  }
}

bool DecisionIndex::selects(const Entry& entry, const Obligation& o) const {
  const DecisionItem& item = *entry.ref.item;
  if (item.period && o.period != item.period->value) {
    return false;
  }
  if (item.agencies.empty()) {
    return true;
  }
  // An agency selects what it owes and what passed from it to the agency
  // that owes it; ownership is settled on the plan's own deadline.
  return std::any_of(entry.agencies.begin(), entry.agencies.end(), [&](const Agency* a) {
    return a == o.agency || std::any_of(o.parties.begin(), o.parties.end(), [&](const Agency* p) {
             return passes_to(*m_plan, *p, *a, o.due);
           });
  });
}

std::vector<DecisionRef> DecisionIndex::matching(const Obligation& o) const {
  std::vector<DecisionRef> out;
  const Entries& entries = o.kind == ObligationKind::duty ? m_duty_entries : m_task_entries;
  const auto it = entries.find(o.id());
  if (it == entries.end()) {
    return out;
  }
  for (const Entry& entry : it->second) {
    if (selects(entry, o)) {
      out.push_back(entry.ref);
    }
  }
  return out;
}

std::optional<DecisionRef> decision_in_force(const DecisionIndex& index, const Obligation& o,
                                             Day as_of) {
  std::optional<DecisionRef> in_force;
  for (const DecisionRef& ref : index.matching(o)) {
    const Day date = ref.decision->date.value;
    if (date <= as_of && (!in_force || in_force->decision->date.value < date)) {
      in_force = ref;
    }
  }
  return in_force;
}

DecisionEffect decision_effect(const DecisionIndex& index, const Obligation& o, Day as_of) {
  DecisionEffect effect;
  const std::optional<DecisionRef> ref = decision_in_force(index, o, as_of);
  if (!ref) {
    return effect;
  }
  const Decision& decision = *ref->decision;
  const DecisionItem& item = *ref->item;
  effect.decision = AppliedDecision{decision.number.value, decision.date.value, decision.path,
                                    item.action == DecisionAction::waive ? item.reason : ""};
  if (item.action == DecisionAction::waive) {
    effect.waived = true;
  } else if (item.due) {
    effect.due = last_on_time_day(item.due->value);
  }
  return effect;
}

} // namespace plancheck
