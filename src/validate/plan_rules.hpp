#pragma once

#include "load/reporter.hpp"
#include "model/plan.hpp"

namespace plancheck {

// Report what is wrong with `plan` as a whole: dates out of order, unknown
// time zone, duplicate ids, references to nothing, group cycles, successors
// that loop, and the warnings (orphaned tasks, unused agencies). The ids and
// references of duties that come from requests are left to their own files
// (check_request_rules).
void check_plan_rules(const Plan& plan, Reporter& reporter);

} // namespace plancheck
