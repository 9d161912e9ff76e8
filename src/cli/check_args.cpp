#include "cli/check_args.hpp"

#include "cli/command_frame.hpp"
#include "cli/completion_values.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {

Converted<CheckOptions> to_check_options(const CheckArgs& args, const Environment& env) {
  CheckOptions options;
  options.outputs = to_output_targets(args.formats, env.getenv);
  if (const auto conflict = conflicting_targets(options.outputs)) {
    return Problems{{MsgId::usage_error, {*conflict}}};
  }
  options.plans = args.plans;
  options.as_of = parse_optional_date(args.as_of);
  options.now = env.now;
  options.jobs = jobs_or_cores(args.jobs, env.cores);
  options.within_days = args.within_days;
  options.selection = args.selection;
  options.statuses = parse_statuses(args.statuses);
  options.all = args.all;
  options.step_summary = step_summary_path(env.getenv);
  options.fail_on = args.fail_on == "never" ? std::nullopt : parse_status(args.fail_on);
  options.quiet = args.quiet;
  return options;
}

Command add_check(CLI::App& app, Lang lang) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* command = add_plans_command(app, "check", MsgId::help_check, args->plans, lang);
  add_as_of_option(*command, args->as_of, lang);
  add_within_option(*command, args->within_days, lang);
  add_selection_options(*command, args->selection, lang);
  command
      ->add_option("--status", args->statuses,
                   localize({MsgId::help_status, {status_names()}}, lang))
      ->check([lang](const std::string& text) { return check_statuses(text, lang); }, "",
              completion_name(status_names()))
      ->type_name("S[,S...]")
      ->allow_extra_args(false);
  command->add_flag("--all", args->all, localize({MsgId::help_all, {}}, lang));
  add_format_option(*command, args->formats, FormatCommand::check, lang);
  command->add_option("--fail-on", args->fail_on, localize({MsgId::help_fail_on, {}}, lang))
      ->check(CLI::IsMember({"overdue", "incomplete", "late", "due-soon", "pending", "waived",
                             "lapsed", "ok", "never"}))
      ->capture_default_str();
  command->add_flag("--quiet,-q", args->quiet, localize({MsgId::help_quiet, {}}, lang));
  add_jobs_option(*command, args->jobs, lang);
  return {command, [args](const Context& context) {
            return run_converted(
                to_check_options(*args, context.env), context, [&](const CheckOptions& options) {
                  return run_check(options, context.output, context.out, context.err);
                });
          }};
}

} // namespace plancheck
