#pragma once

#include "check/finding.hpp"
#include "check/obligation.hpp"
#include "model/decision.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace plancheck {

// The entries of a plan's decisions filed by the duty or task they name,
// with their agency selectors expanded once, so that each obligation finds
// the entries that select it without looking at the others.
class DecisionIndex {
public:
  // File every entry of `decisions` (in their order, then file order) that
  // names a duty or task `plan` has; entries naming nothing known are left out.
  DecisionIndex(const Plan& plan, const std::vector<const Decision*>& decisions);

  // Return the entries that select `o` (see plancheck(5)), in filing order.
  std::vector<DecisionRef> matching(const Obligation& o) const;

  // Whether no entry was filed.
  bool empty() const { return m_duty_entries.empty() && m_task_entries.empty(); }

private:
  struct Entry {
    DecisionRef ref;
    std::vector<const Agency*> agencies; // the selector's agencies; empty: every agency
  };
  using Entries = std::unordered_map<std::string, std::vector<Entry>>;

  bool selects(const Entry& entry, const Obligation& o) const;

  const Plan* m_plan;
  Entries m_duty_entries;
  Entries m_task_entries;
};

// Return the entry in force on `as_of` that selects `o`, if any: of the
// entries dated on or before `as_of`, the one with the latest date (two of
// one date are an error that validation reports; the first filed wins).
std::optional<DecisionRef> decision_in_force(const DecisionIndex& index, const Obligation& o,
                                             Day as_of);

// Return what the decision in force on `as_of` does to `o`: a new last
// on-time day, or a waiver.
DecisionEffect decision_effect(const DecisionIndex& index, const Obligation& o, Day as_of);

} // namespace plancheck
