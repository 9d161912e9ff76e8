#pragma once

#include "load/reporter.hpp"
#include "model/plan.hpp"

namespace plancheck {

// Report what is wrong with `plan` as a whole: dates out of order, unknown
// time zone, duplicate ids, references to nothing, group cycles, successors
// that loop, and the warnings (orphaned tasks, unused agencies).
void check_plan_rules(const Plan& plan, Reporter& reporter);

} // namespace plancheck
