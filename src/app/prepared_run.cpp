#include "app/prepared_run.hpp"

#include "app/error_line.hpp"
#include "app/path_errors.hpp"
#include "model/today.hpp"
#include "render/diagnostic_text.hpp"
#include "validate/validate.hpp"

#include <algorithm>
#include <ostream>

namespace plancheck {

std::unique_ptr<PreparedRun> prepare_run(const std::vector<std::string>& paths,
                                         std::optional<Day> as_of,
                                         std::chrono::system_clock::time_point now,
                                         const Selection& selection, const RunOutputs& outputs,
                                         Lang lang, std::ostream& err, Reading reading,
                                         std::size_t jobs) {
  // Find the plans; each brings every report below its reports/ folder.
  Discovery discovery = discover(paths, ReportScope::all);
  render_path_errors(discovery.errors, lang, err);
  if (!discovery.errors.empty()) {
    return nullptr;
  }
  // A listing or a new file is what the plan says, with the duties its
  // requests add: a report being written, broken or not, must not hide the
  // ids its author is looking for.
  if (reading == Reading::plan_alone) {
    for (PlanTarget& target : discovery.targets) {
      target = PlanTarget{target.plan_path, {}, {}, {}, {}, std::move(target.request_paths),
                          target.plan_named};
    }
  }
  // Refuse, before anything is read or written, outputs that would block or
  // land in a plan folder.
  const std::vector<PathError> refused =
      refused_outputs(outputs.targets, outputs.step_summary, discovery.targets);
  render_path_errors(refused, lang, err);
  if (!refused.empty()) {
    return nullptr;
  }
  // Read and validate: a check of invalid input would be a wrong answer.
  auto run = std::make_unique<PreparedRun>();
  run->workspace = load_workspace(discovery.targets, jobs);
  validate_workspace(run->workspace, as_of, now, jobs);
  const Diagnostics& diagnostics = run->workspace.diagnostics;
  if (count_severity(diagnostics, Severity::error) > 0) {
    Diagnostics errors;
    std::copy_if(diagnostics.begin(), diagnostics.end(), std::back_inserter(errors),
                 [](const Diagnostic& d) { return d.severity == Severity::error; });
    render_diagnostics(errors, lang, TerminalStyle(false), err);
    return nullptr;
  }
  for (const LoadedPlan& loaded : run->workspace.plans) {
    PlanInput input{&*loaded.plan, {}, {}};
    for (const LoadedReport& report : loaded.reports) {
      input.reports.push_back(&*report.report);
    }
    for (const LoadedDecision& decision : loaded.decisions) {
      input.decisions.push_back(&*decision.decision);
    }
    run->inputs.push_back(std::move(input));
  }
  // The as-of day: given, or today where the (first) plan is.
  const std::optional<Day> day =
      as_of ? as_of : today_in_zone(now, run->inputs.front().plan->timezone.value);
  if (!day) {
    return nullptr; // validation has already vouched for the zone
  }
  run->as_of = *day;
  // Ids given to --agency, --duty and --task must exist.
  const std::vector<Message> unknown = unknown_selection(run->inputs, selection);
  for (const Message& message : unknown) {
    print_error(err, message, lang, ErrorAbout::input);
  }
  if (!unknown.empty()) {
    return nullptr;
  }
  return run;
}

} // namespace plancheck
