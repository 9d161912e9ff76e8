#include "app/memo_command.hpp"

#include "app/prepared_run.hpp"
#include "app/render_to_targets.hpp"
#include "check/memo_summary.hpp"

namespace plancheck {

ExitCode run_memo(const TableOptions& options, const OutputOptions& output, std::ostream& out,
                  std::ostream& err) {
  // Find, load and validate the plans; settle the day and the selection.
  const std::unique_ptr<PreparedRun> run =
      prepare_run(options.plans, options.as_of, options.now, options.selection,
                  {options.outputs, {}}, output.lang, err, Reading::everything, options.jobs);
  if (!run) {
    return ExitCode::usage;
  }
  Selection selection = options.selection;
  if (selection.years.empty()) {
    selection.years.push_back(year_of(run->as_of));
  }

  // Evaluate every selected obligation of those years as check does, listing them all.
  const CheckResult result = check_plans(run->inputs, run->as_of, options.within_days, selection,
                                         Listing{true, {}}, Status::overdue);

  // Gather each year's instances, and tell them in every format asked for.
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  std::vector<Memo> memos;
  for (const int year : selection.years) {
    for (Memo& memo : build_memos(matrices, year)) {
      memos.push_back(std::move(memo));
    }
  }
  const MemoView view{memos, output.lang};
  const bool written = render_to_targets(
      options.outputs,
      [&](OutputFormat format, const Presentation& look, std::ostream& text) {
        format_info(format).memo(view, look, text);
      },
      output, WriteStdout::yes, out, err);
  if (!written) {
    return ExitCode::usage;
  }
  return result.failures > 0 ? ExitCode::findings : ExitCode::ok;
}

} // namespace plancheck
