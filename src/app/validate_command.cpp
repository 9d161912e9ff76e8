#include "app/validate_command.hpp"

#include "app/path_errors.hpp"
#include "app/render_to_targets.hpp"
#include "load/workspace.hpp"
#include "render/markdown_summary.hpp"
#include "validate/validate.hpp"

#include <ostream>
#include <set>
#include <sstream>
#include <string_view>

namespace plancheck {
namespace {

// A clerk who validates a report file asks about that file: the plan it
// belongs to is read to check it against, and only the plan's errors, which
// stop the check, are worth telling. Its warnings (a deadline on a day off,
// say) are the plan author's, shown when a plan is validated.
void drop_context_warnings(Diagnostics& diagnostics, const std::vector<PlanTarget>& targets) {
  std::set<std::string_view> named;
  for (const PlanTarget& target : targets) {
    if (target.plan_named) {
      return;
    }
    for (const auto* paths :
         {&target.report_paths, &target.decision_paths, &target.request_paths}) {
      named.insert(paths->begin(), paths->end());
    }
  }
  std::erase_if(diagnostics, [&named](const Diagnostic& d) {
    return d.severity != Severity::error && !named.contains(d.path);
  });
}

} // namespace

ExitCode run_validate(const ValidateOptions& options, const OutputOptions& output,
                      std::ostream& out, std::ostream& err) {
  // Find the plans and reports the paths name.
  const Discovery discovery = discover(options.paths, ReportScope::named);
  render_path_errors(discovery.errors, output.lang, err);
  if (!discovery.errors.empty()) {
    return ExitCode::usage;
  }
  // Refuse, before anything is read or written, outputs that would block or
  // land in a plan folder.
  const std::vector<PathError> refused =
      refused_outputs(options.outputs, options.step_summary, discovery.targets);
  render_path_errors(refused, output.lang, err);
  if (!refused.empty()) {
    return ExitCode::usage;
  }
  // Read and load every file, then apply the rules that span files.
  Workspace ws = load_workspace(discovery.targets, options.jobs);
  validate_workspace(ws, options.as_of, options.now, options.jobs);
  drop_context_warnings(ws.diagnostics, discovery.targets);
  // Tell, in every format asked for.
  const std::size_t errors = count_severity(ws.diagnostics, Severity::error);
  const std::size_t warnings = count_severity(ws.diagnostics, Severity::warning);
  const ValidateView view{ws.diagnostics, ws.paths, output.lang};
  bool written = render_to_targets(
      options.outputs,
      [&](OutputFormat format, const Presentation& look, std::ostream& text) {
        format_info(format).validate(view, look, text);
      },
      output, WriteStdout::yes, out, err);
  if (!options.step_summary.empty()) {
    std::ostringstream text;
    render_validate_markdown(ws.diagnostics, ws.paths, output.lang, text);
    written = append_output(options.step_summary, text.str(), out, err, output.lang) && written;
  }
  if (!written || has_unreadable_input(ws.diagnostics)) {
    return ExitCode::usage;
  }
  return errors > 0 || (options.strict && warnings > 0) ? ExitCode::findings : ExitCode::ok;
}

} // namespace plancheck
