#pragma once

#include "load/reporter.hpp"
#include "model/plan.hpp"

namespace plancheck {

// Warn, in a plan that has a calendar, at each deadline whose last on-time
// day is not a working day while no roll applies to it: whether it moves is
// the plan's choice, and it has not made it.
void check_deadline_days(const Plan& plan, Reporter& reporter);

} // namespace plancheck
