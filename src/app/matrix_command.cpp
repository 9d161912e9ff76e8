#include "app/matrix_command.hpp"

#include "app/prepared_run.hpp"
#include "app/render_to_targets.hpp"
#include "check/status_matrix.hpp"

namespace plancheck {

CheckResult check_for_matrix(const PreparedRun& run, const TableOptions& options) {
  // Evaluate every selected obligation as check does, listing them all; with
  // no --year, the years up to the as-of day's.
  Selection selection = options.selection;
  if (selection.years.empty()) {
    std::vector<const Plan*> plans;
    for (const PlanInput& input : run.inputs) {
      plans.push_back(input.plan);
    }
    selection.years = years_up_to(plans, run.as_of);
  }
  return check_plans(run.inputs, run.as_of, options.within_days, selection, Listing{true, {}},
                     Status::overdue);
}

ExitCode run_matrix(const TableOptions& options, const OutputOptions& output, std::ostream& out,
                    std::ostream& err) {
  // Find, load and validate the plans; settle the day and the selection.
  const std::unique_ptr<PreparedRun> run =
      prepare_run(options.plans, options.as_of, options.now, options.selection,
                  {options.outputs, {}}, output.lang, err, Reading::everything, options.jobs);
  if (!run) {
    return ExitCode::usage;
  }

  const CheckResult result = check_for_matrix(*run, options);

  // Lay the findings out as a matrix, and tell it in every format asked for.
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  const MatrixView view{matrices, result, output.lang};
  const bool written = render_to_targets(
      options.outputs,
      [&](OutputFormat format, const Presentation& look, std::ostream& text) {
        format_info(format).matrix(view, look, text);
      },
      output, WriteStdout::yes, out, err);
  if (!written) {
    return ExitCode::usage;
  }
  return result.failures > 0 ? ExitCode::findings : ExitCode::ok;
}

} // namespace plancheck
