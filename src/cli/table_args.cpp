#include "cli/table_args.hpp"

#include "app/matrix_command.hpp"
#include "app/memo_command.hpp"
#include "cli/command_frame.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

using RunTable = ExitCode (*)(const TableOptions&, const OutputOptions&, std::ostream&,
                              std::ostream&);

// Add a command that lays the findings out for people: `name`, its help
// `description` and `format_help`, the formats of `formats`, run by `run`.
Command add_table_command(CLI::App& app, const std::string& name, MsgId description,
                          MsgId format_help, FormatCommand formats, RunTable run, Lang lang) {
  auto args = std::make_shared<TableArgs>();
  CLI::App* command = add_plans_command(app, name, description, args->plans, lang);
  add_as_of_option(*command, args->as_of, lang);
  add_within_option(*command, args->within_days, lang);
  add_selection_options(*command, args->selection, lang);
  add_format_option(*command, args->formats, formats, lang);
  add_jobs_option(*command, args->jobs, lang);
  command->get_option("--format")
      ->description(localize({format_help, {help_format_choices(formats, lang), "text"}}, lang));
  return {command, [args, run](const Context& context) {
            return run_converted(to_table_options(*args, context.env), context,
                                 [&](const TableOptions& options) {
                                   return run(options, context.output, context.out, context.err);
                                 });
          }};
}

} // namespace

Converted<TableOptions> to_table_options(const TableArgs& args, const Environment& env) {
  TableOptions options;
  // A table is for people: text unless asked otherwise, in GitHub Actions too.
  if (!args.formats.empty()) {
    options.outputs = to_output_targets(args.formats, env.getenv);
  }
  if (const auto conflict = conflicting_targets(options.outputs)) {
    return Problems{{MsgId::usage_error, {*conflict}}};
  }
  options.plans = args.plans;
  options.as_of = parse_optional_date(args.as_of);
  options.now = env.now;
  options.jobs = jobs_or_cores(args.jobs, env.cores);
  options.within_days = args.within_days;
  options.selection = args.selection;
  return options;
}

Command add_matrix(CLI::App& app, Lang lang) {
  return add_table_command(app, "matrix", MsgId::help_matrix, MsgId::help_matrix_format,
                           FormatCommand::matrix, run_matrix, lang);
}

Command add_memo(CLI::App& app, Lang lang) {
  return add_table_command(app, "memo", MsgId::help_memo, MsgId::help_memo_format,
                           FormatCommand::memo, run_memo, lang);
}

} // namespace plancheck
