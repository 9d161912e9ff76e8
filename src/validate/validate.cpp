#include "validate/validate.hpp"

#include "validate/plan_rules.hpp"
#include "validate/report_rules.hpp"

namespace plancheck {

void validate_workspace(Workspace& ws) {
  for (const LoadedPlan& loaded : ws.plans) {
    if (!loaded.plan) {
      continue; // nothing to check references against; its own errors say why
    }
    Reporter reporter(*loaded.source, ws.diagnostics);
    check_plan_rules(*loaded.plan, reporter);
    check_report_rules(*loaded.plan, loaded.reports, ws.diagnostics);
  }
  sort_diagnostics(ws.diagnostics);
}

} // namespace plancheck
