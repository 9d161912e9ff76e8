#include "app/check_command.hpp"

#include "app/path_errors.hpp"
#include "check/check.hpp"
#include "load/workspace.hpp"
#include "model/today.hpp"
#include "render/check_csv.hpp"
#include "render/check_json.hpp"
#include "render/check_text.hpp"
#include "render/diagnostic_text.hpp"
#include "render/github_annotations.hpp"
#include "render/junit.hpp"
#include "render/markdown_summary.hpp"
#include "render/sarif.hpp"
#include "validate/validate.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace plancheck {
namespace {

std::vector<PlanInput> plan_inputs(const Workspace& ws) {
  std::vector<PlanInput> inputs;
  for (const LoadedPlan& loaded : ws.plans) {
    PlanInput input{&*loaded.plan, {}};
    for (const LoadedReport& report : loaded.reports) {
      input.reports.push_back(&*report.report);
    }
    inputs.push_back(std::move(input));
  }
  return inputs;
}

bool fails(const CheckResult& result, std::optional<Status> fail_on) {
  return fail_on && std::any_of(result.findings.begin(), result.findings.end(),
                                [&](const Finding& f) { return at_least(f.status, *fail_on); });
}

} // namespace

ExitCode run_check(const CheckOptions& options, const OutputOptions& output, std::ostream& out,
                   std::ostream& err) {
  // Find the plans; each brings every report below its reports/ folder.
  const Discovery discovery = discover(options.plans, ReportScope::all);
  render_path_errors(discovery.errors, output.lang, err);
  if (!discovery.errors.empty()) {
    return ExitCode::usage;
  }
  // Read and validate: a check of invalid input would be a wrong answer.
  Workspace ws = load_workspace(discovery.targets);
  validate_workspace(ws);
  if (count_severity(ws.diagnostics, Severity::error) > 0) {
    Diagnostics errors;
    std::copy_if(ws.diagnostics.begin(), ws.diagnostics.end(), std::back_inserter(errors),
                 [](const Diagnostic& d) { return d.severity == Severity::error; });
    render_diagnostics(errors, output.lang, TerminalStyle(false), err);
    return ExitCode::usage;
  }
  const std::vector<PlanInput> inputs = plan_inputs(ws);

  // The as-of day: given, or today where the (first) plan is.
  const std::optional<Day> as_of =
      options.as_of ? options.as_of
                    : today_in_zone(options.now, inputs.front().plan->timezone.value);
  if (!as_of) {
    return ExitCode::usage; // validation has already vouched for the zone
  }

  // Ids given to --agency, --duty and --task must exist.
  const Selection selection{options.agencies, options.duties, options.tasks, options.years};
  const std::vector<Message> unknown = unknown_selection(inputs, selection);
  for (const Message& message : unknown) {
    err << "plancheck: error: " << localize(message, output.lang) << '\n';
  }
  if (!unknown.empty()) {
    return ExitCode::usage;
  }

  // Evaluate every selected obligation.
  const Listing listing{options.all, options.statuses};
  const CheckResult result = check_plans(inputs, *as_of, options.within_days, selection, listing);

  // Tell, in every format asked for; --quiet silences standard output only.
  bool written = true;
  for (const OutputTarget& target : options.outputs) {
    const bool to_stdout = target.path.empty() || target.path == "-";
    if (to_stdout && options.quiet && result.findings.empty()) {
      continue;
    }
    std::ostringstream text;
    if (target.format == "json") {
      render_check_json(result, text);
    } else if (target.format == "csv") {
      render_check_csv(result, text);
    } else if (target.format == "github") {
      render_check_github(result, options.fail_on, output.lang, text);
    } else if (target.format == "junit") {
      render_check_junit(result, options.fail_on, output.lang, text);
    } else if (target.format == "sarif") {
      render_check_sarif(result, options.fail_on, output.lang, text);
    } else {
      render_check_text(result, {output.lang, TerminalStyle(output.color && to_stdout)}, text);
    }
    written = write_output(target, text.str(), out, err, output.lang) && written;
  }
  if (!options.step_summary.empty()) {
    std::ostringstream text;
    render_check_markdown(result, output.lang, text);
    written = append_output(options.step_summary, text.str(), err, output.lang) && written;
  }
  if (!written) {
    return ExitCode::usage;
  }
  return fails(result, options.fail_on) ? ExitCode::findings : ExitCode::ok;
}

} // namespace plancheck
