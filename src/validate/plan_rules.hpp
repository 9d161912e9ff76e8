#pragma once

#include "load/reporter.hpp"
#include "load/workspace.hpp"
#include "model/plan.hpp"

#include <vector>

namespace plancheck {

// Report what is wrong with `plan` as a whole: dates out of order, unknown
// time zone, duplicate ids, references to nothing, group cycles, successors
// that loop, and the warnings (orphaned tasks, unused agencies). The ids and
// references of duties that come from requests are left to their own files
// (check_request_rules), but for the count of obligations, which is the
// plan's as a whole and is reported, when a request's duty takes it past
// the limit, in that request's file (one of `requests`) into `out`.
void check_plan_rules(const Plan& plan, Reporter& reporter,
                      const std::vector<LoadedRequest>& requests, Diagnostics& out);

// check_plan_rules for a plan read without requests.
void check_plan_rules(const Plan& plan, Reporter& reporter);

} // namespace plancheck
