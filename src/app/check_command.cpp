#include "app/check_command.hpp"

#include "app/prepared_run.hpp"
#include "app/render_to_targets.hpp"
#include "check/check.hpp"
#include "render/markdown_summary.hpp"

#include <ostream>
#include <sstream>

namespace plancheck {

ExitCode run_check(const CheckOptions& options, const OutputOptions& output, std::ostream& out,
                   std::ostream& err) {
  // Find, load and validate the plans; settle the day and the selection.
  const Selection& selection = options.selection;
  const std::unique_ptr<PreparedRun> run = prepare_run(
      options.plans, options.as_of, options.now, selection, {options.outputs, options.step_summary},
      output.lang, err, Reading::everything, options.jobs);
  if (!run) {
    return ExitCode::usage;
  }

  // Evaluate every selected obligation, and which listed ones fail the run.
  const Listing listing{options.all, options.statuses};
  const CheckResult result = check_plans(run->inputs, run->as_of, options.within_days, selection,
                                         listing, options.fail_on);

  // Tell, in every format asked for; --quiet silences standard output only.
  const CheckView view{result, output.lang};
  const bool quiet = options.quiet && result.findings.empty();
  bool written = render_to_targets(
      options.outputs,
      [&](OutputFormat format, const Presentation& look, std::ostream& text) {
        format_info(format).check(view, look, text);
      },
      output, quiet ? WriteStdout::no : WriteStdout::yes, out, err);
  if (!options.step_summary.empty()) {
    std::ostringstream text;
    render_check_markdown(result, output.lang, text);
    written = append_output(options.step_summary, text.str(), out, err, output.lang) && written;
  }
  if (!written) {
    return ExitCode::usage;
  }
  return result.failures > 0 ? ExitCode::findings : ExitCode::ok;
}

} // namespace plancheck
