#include "validate/decision_rules.hpp"

#include "check/decision_match.hpp"
#include "validate/reference_checker.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

namespace plancheck {
namespace {

// Check the ids and the period of one entry; return whether it can select
// obligations at all (an entry with a wrong id is reported once, here).
bool check_item(const Plan& plan, const DecisionItem& item, Reporter& reporter) {
  bool usable = true;
  const Duty* duty = nullptr;
  if (item.duty) {
    usable = check_reference(plan, *item.duty, RefKind::duty, reporter);
    duty = plan.find_duty(item.duty->value);
  } else if (item.task) {
    usable = check_reference(plan, *item.task, RefKind::task, reporter);
  }
  for (const Id& agency : item.agencies) {
    usable = check_reference(plan, agency, RefKind::agency_or_group, reporter) && usable;
  }
  if (item.period) {
    if (item.task) {
      reporter.report(item.period->pos, Rule::decision_period, MsgId::decision_period_task,
                      {item.task->value});
      usable = false;
    } else if (duty != nullptr && duty->due && !duty->due->value.yearly()) {
      reporter.report(item.period->pos, Rule::decision_period, MsgId::period_forbidden,
                      {duty->id.value});
      usable = false;
    }
  }
  return usable;
}

void check_header(const Plan& plan, const Decision& decision, Reporter& reporter) {
  if (!decision.plan.value.empty() && !plan.id.value.empty() &&
      decision.plan.value != plan.id.value) {
    reporter.report(decision.plan.pos, Rule::decision_plan, MsgId::decision_plan_mismatch,
                    {decision.plan.value, plan.id.value});
  }
  if (!decision.by.value.empty()) {
    check_reference(plan, decision.by, RefKind::agency, reporter);
  }
  if (plan.issued && decision.date.pos.line != 0 && decision.date.value < plan.issued->value) {
    reporter.report(decision.date.pos, Rule::decision_before_issued, MsgId::decision_before_issued,
                    {decision.date.value, plan.issued->value});
  }
}

// Report, once per entry, an entry that selects an obligation another entry
// of the same date selects too; the first of them is named.
class ConflictFinder {
public:
  explicit ConflictFinder(std::map<const Decision*, Reporter*> reporters)
      : m_reporters(std::move(reporters)) {}

  void check(const Obligation& o, const std::vector<DecisionRef>& refs) {
    std::map<Day, DecisionRef> first_of_day;
    for (const DecisionRef& ref : refs) {
      const auto [it, inserted] = first_of_day.emplace(ref.decision->date.value, ref);
      if (inserted || !m_reported.insert(ref.item).second) {
        continue;
      }
      const DecisionRef& first = it->second;
      m_reporters.at(ref.decision)
          ->report(ref.item->pos, Rule::decision_conflict, MsgId::decision_conflict,
                   {o.id(), o.period ? fmt::format(" ({})", *o.period) : std::string(),
                    o.agency->id.value, ref.decision->date.value, first.decision->path,
                    std::to_string(first.item->pos.line)});
    }
  }

private:
  std::map<const Decision*, Reporter*> m_reporters;
  std::set<const DecisionItem*> m_reported;
};

} // namespace

void check_decision_rules(const Plan& plan, const std::vector<LoadedDecision>& decisions,
                          Diagnostics& out) {
  std::vector<Reporter> reporters;
  reporters.reserve(decisions.size()); // the map below points into it
  std::map<const Decision*, Reporter*> reporter_of;
  std::vector<const Decision*> loaded_decisions;
  std::vector<std::pair<const DecisionItem*, const Decision*>> sound; // ids and period right
  for (const LoadedDecision& loaded : decisions) {
    if (!loaded.decision) {
      continue;
    }
    const Decision& decision = *loaded.decision;
    Reporter& reporter = reporters.emplace_back(*loaded.source, out);
    reporter_of[&decision] = &reporter;
    loaded_decisions.push_back(&decision);
    check_header(plan, decision, reporter);
    for (const DecisionItem& item : decision.items) {
      if (check_item(plan, item, reporter)) {
        sound.emplace_back(&item, &decision);
      }
    }
  }
  if (loaded_decisions.empty()) {
    return;
  }
  // Which obligations each entry selects, over the whole plan and every day.
  const DecisionIndex index(plan, loaded_decisions);
  ConflictFinder conflicts(reporter_of);
  std::set<const DecisionItem*> matched;
  for (const Obligation& o : build_obligations(plan)) {
    const std::vector<DecisionRef> refs = index.matching(o);
    for (const DecisionRef& ref : refs) {
      matched.insert(ref.item);
    }
    conflicts.check(o, refs);
  }
  for (const auto& [item, decision] : sound) {
    if (!matched.contains(item)) {
      reporter_of.at(decision)->report(item->pos, Rule::decision_no_match, MsgId::decision_no_match,
                                       {item->duty ? item->duty->value : item->task->value});
    }
  }
}

} // namespace plancheck
