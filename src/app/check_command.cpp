#include "app/check_command.hpp"

#include "app/prepared_run.hpp"
#include "check/check.hpp"
#include "render/check_csv.hpp"
#include "render/check_json.hpp"
#include "render/check_text.hpp"
#include "render/github_annotations.hpp"
#include "render/junit.hpp"
#include "render/markdown_summary.hpp"
#include "render/sarif.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace plancheck {
namespace {

bool fails(const CheckResult& result, std::optional<Status> fail_on) {
  return fail_on && std::any_of(result.findings.begin(), result.findings.end(),
                                [&](const Finding& f) { return at_least(f.status, *fail_on); });
}

} // namespace

ExitCode run_check(const CheckOptions& options, const OutputOptions& output, std::ostream& out,
                   std::ostream& err) {
  // Find, load and validate the plans; settle the day and the selection.
  const Selection& selection = options.selection;
  const std::unique_ptr<PreparedRun> run =
      prepare_run(options.plans, options.as_of, options.now, selection,
                  {options.outputs, options.step_summary}, output.lang, err);
  if (!run) {
    return ExitCode::usage;
  }

  // Evaluate every selected obligation.
  const Listing listing{options.all, options.statuses};
  const CheckResult result =
      check_plans(run->inputs, run->as_of, options.within_days, selection, listing);

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
    written = append_output(options.step_summary, text.str(), out, err, output.lang) && written;
  }
  if (!written) {
    return ExitCode::usage;
  }
  return fails(result, options.fail_on) ? ExitCode::findings : ExitCode::ok;
}

} // namespace plancheck
