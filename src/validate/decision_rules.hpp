#pragma once

#include "load/workspace.hpp"

namespace plancheck {

// Report what ties `decisions` wrongly to `plan`: another plan's id, unknown
// agencies, duties and tasks, a `by` that is not an agency, a `period` on a
// task or a one-off duty, an entry that selects no obligation, a decision
// older than the plan, and two decisions of one date on one obligation.
void check_decision_rules(const Plan& plan, const std::vector<LoadedDecision>& decisions,
                          Diagnostics& out);

} // namespace plancheck
