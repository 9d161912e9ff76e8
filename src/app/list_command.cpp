#include "app/list_command.hpp"

#include "app/path_errors.hpp"
#include "load/workspace.hpp"
#include "model/today.hpp"
#include "render/diagnostic_text.hpp"
#include "validate/validate.hpp"

#include <algorithm>
#include <ostream>

namespace plancheck {

ExitCode run_list(const ListOptions& options, const OutputOptions& output, std::ostream& out,
                  std::ostream& err) {
  // Find the plans, and keep the plan files alone: a listing is what the
  // plan says, and a report being written, broken or not, must not hide
  // the ids its author is looking for.
  Discovery discovery = discover(options.plans, ReportScope::named);
  render_path_errors(discovery.errors, output.lang, err);
  if (!discovery.errors.empty()) {
    return ExitCode::usage;
  }
  for (PlanTarget& target : discovery.targets) {
    target = PlanTarget{target.plan_path, {}, {}, {}, {}};
  }

  // Read and validate them: the ids of an invalid plan would mislead.
  Workspace ws = load_workspace(discovery.targets);
  validate_workspace(ws, options.as_of, options.now);
  if (count_severity(ws.diagnostics, Severity::error) > 0) {
    Diagnostics errors;
    std::copy_if(ws.diagnostics.begin(), ws.diagnostics.end(), std::back_inserter(errors),
                 [](const Diagnostic& d) { return d.severity == Severity::error; });
    render_diagnostics(errors, output.lang, TerminalStyle(false), err);
    return ExitCode::usage;
  }

  // The day: given, or today where the (first) plan is.
  const std::optional<Day> day =
      options.as_of ? options.as_of
                    : today_in_zone(options.now, ws.plans.front().plan->timezone.value);
  if (!day) {
    return ExitCode::usage; // validation has already vouched for the zone
  }

  // List each plan as it stands that day, and tell.
  ListResult result{options.kind, *day, {}};
  for (const LoadedPlan& loaded : ws.plans) {
    result.plans.push_back(list_plan(*loaded.plan, *day));
  }
  format_info(options.format).list({result, output.lang}, TerminalStyle(output.color), out);
  return ExitCode::ok;
}

} // namespace plancheck
