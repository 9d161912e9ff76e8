#include "validate/validate.hpp"

#include "model/today.hpp"
#include "validate/deadline_days.hpp"
#include "validate/decision_rules.hpp"
#include "validate/plan_rules.hpp"
#include "validate/report_rules.hpp"
#include "validate/request_rules.hpp"

namespace plancheck {

void validate_workspace(Workspace& ws, std::optional<Day> as_of,
                        std::chrono::system_clock::time_point now) {
  for (const LoadedPlan& loaded : ws.plans) {
    if (!loaded.plan) {
      continue; // nothing to check references against; its own errors say why
    }
    Reporter reporter(*loaded.source, ws.diagnostics);
    check_plan_rules(*loaded.plan, reporter, loaded.requests, ws.diagnostics);
    check_request_rules(*loaded.plan, loaded.requests, ws.diagnostics);
    check_deadline_days(*loaded.plan, reporter);
    const std::optional<Day> today =
        as_of ? as_of : today_in_zone(now, loaded.plan->timezone.value);
    check_report_rules(*loaded.plan, loaded.reports, ws.diagnostics, today);
    check_decision_rules(*loaded.plan, loaded.decisions, ws.diagnostics);
  }
  sort_diagnostics(ws.diagnostics);
}

} // namespace plancheck
