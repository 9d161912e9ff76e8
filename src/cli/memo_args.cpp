#include "cli/memo_args.hpp"

#include "cli/command_frame.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {

Converted<MemoOptions> to_memo_options(const MemoArgs& args, const Environment& env) {
  MemoOptions options;
  // A memo is for people: text unless asked otherwise, in GitHub Actions too.
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

Command add_memo(CLI::App& app, Lang lang) {
  auto args = std::make_shared<MemoArgs>();
  CLI::App* command = add_plans_command(app, "memo", MsgId::help_memo, args->plans, lang);
  add_as_of_option(*command, args->as_of, lang);
  add_within_option(*command, args->within_days, lang);
  add_selection_options(*command, args->selection, lang);
  add_format_option(*command, args->formats, FormatCommand::memo, lang);
  add_jobs_option(*command, args->jobs, lang);
  command->get_option("--format")
      ->description(localize(
          {MsgId::help_memo_format, {either_of(format_names(FormatCommand::memo), lang)}}, lang));
  return {command, [args](const Context& context) {
            return run_converted(
                to_memo_options(*args, context.env), context, [&](const MemoOptions& options) {
                  return run_memo(options, context.output, context.out, context.err);
                });
          }};
}

} // namespace plancheck
