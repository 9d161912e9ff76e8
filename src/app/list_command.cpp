#include "app/list_command.hpp"

#include "app/prepared_run.hpp"
#include "app/render_to_targets.hpp"

#include <ostream>

namespace plancheck {

ExitCode run_list(const ListOptions& options, const OutputOptions& output, std::ostream& out,
                  std::ostream& err) {
  // Load and validate the plans alone, and settle the day, as new does: the
  // ids of an invalid plan would mislead.
  const std::unique_ptr<PreparedRun> run =
      prepare_run(options.plans, options.as_of, options.now, {}, {}, output.lang, err,
                  Reading::plan_alone, options.jobs);
  if (!run) {
    return ExitCode::usage;
  }
  // List each plan as it stands that day, and tell.
  ListResult result{options.kind, run->as_of, {}};
  for (const PlanInput& input : run->inputs) {
    result.plans.push_back(list_plan(*input.plan, run->as_of));
  }
  format_info(options.format)
      .list({result, output.lang}, {TerminalStyle(output.color), line_layout(output, true)}, out);
  return ExitCode::ok;
}

} // namespace plancheck
