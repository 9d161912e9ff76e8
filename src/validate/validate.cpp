#include "validate/validate.hpp"

#include "load/parallel_for.hpp"
#include "model/today.hpp"
#include "validate/deadline_days.hpp"
#include "validate/decision_rules.hpp"
#include "validate/plan_rules.hpp"
#include "validate/report_rules.hpp"
#include "validate/request_rules.hpp"

#include <iterator>
#include <vector>

namespace plancheck {

namespace {

// Apply the rules to one plan and its files, adding to `diagnostics`.
void validate_plan(const LoadedPlan& loaded, std::optional<Day> as_of,
                   std::chrono::system_clock::time_point now, Diagnostics& diagnostics) {
  if (!loaded.plan) {
    return; // nothing to check references against; its own errors say why
  }
  Reporter reporter(*loaded.source, diagnostics);
  check_plan_rules(*loaded.plan, reporter, loaded.requests, diagnostics);
  check_request_rules(*loaded.plan, loaded.requests, diagnostics);
  check_deadline_days(*loaded.plan, reporter);
  const std::optional<Day> today = as_of ? as_of : today_in_zone(now, loaded.plan->timezone.value);
  check_report_rules(*loaded.plan, loaded.reports, diagnostics, today);
  check_decision_rules(*loaded.plan, loaded.decisions, diagnostics);
}

} // namespace

void validate_workspace(Workspace& ws, std::optional<Day> as_of,
                        std::chrono::system_clock::time_point now, std::size_t jobs) {
  // Plans share nothing: each gets its own list, joined in plan order, so
  // that the sort below meets the diagnostics in the order one job makes.
  std::vector<Diagnostics> found(ws.plans.size());
  parallel_for(ws.plans.size(), jobs,
               [&](std::size_t i) { validate_plan(ws.plans[i], as_of, now, found[i]); });
  for (Diagnostics& plan : found) {
    ws.diagnostics.insert(ws.diagnostics.end(), std::make_move_iterator(plan.begin()),
                          std::make_move_iterator(plan.end()));
  }
  sort_diagnostics(ws.diagnostics);
}

} // namespace plancheck
