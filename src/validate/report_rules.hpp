#pragma once

#include "load/workspace.hpp"

#include <optional>

namespace plancheck {

// Report what ties `reports` wrongly to `plan`: another plan's id, unknown
// agencies, duties and tasks, a wrong or missing period, a sender that does
// not owe the instance or did not exist on the day, `completed` misused, and
// two reports sharing a number; and, when `today` is given, a report
// submitted after it.
void check_report_rules(const Plan& plan, const std::vector<LoadedReport>& reports,
                        Diagnostics& out, std::optional<Day> today = std::nullopt);

} // namespace plancheck
