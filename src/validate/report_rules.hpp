#pragma once

#include "load/workspace.hpp"

namespace plancheck {

// Report what ties `reports` wrongly to `plan`: another plan's id, unknown
// agencies, duties and tasks, a wrong or missing period, a sender that does
// not owe the instance or did not exist on the day, `completed` misused, and
// two reports sharing a number.
void check_report_rules(const Plan& plan, const std::vector<LoadedReport>& reports,
                        Diagnostics& out);

} // namespace plancheck
