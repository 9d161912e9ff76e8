#include "cli/check_args.hpp"

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
  options.within_days = args.within_days;
  options.selection = args.selection;
  options.statuses = parse_statuses(args.statuses);
  options.all = args.all;
  options.step_summary = step_summary_path(env.getenv);
  options.fail_on = args.fail_on == "never" ? std::nullopt : parse_status(args.fail_on);
  options.quiet = args.quiet;
  return options;
}

Command add_check(CLI::App& app) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* command = app.add_subcommand(
      "check", "Say what is overdue, incomplete, late or due soon, for whom, as of a day");
  command->add_option("plan", args->plans, "Plan folders or plan files (default: .)");
  add_as_of_option(*command, args->as_of);
  command->add_option("--within", args->within_days, "Days ahead that count as due soon")
      ->check(CLI::Range(0, 3660))
      ->capture_default_str();
  add_selection_options(*command, args->selection);
  command->add_option("--status", args->statuses, "List only these statuses: " + status_names())
      ->check(check_statuses)
      ->type_name("S[,S...]")
      ->allow_extra_args(false);
  command->add_flag("--all", args->all, "List every considered obligation, ok and pending too");
  add_format_option(*command, args->formats, FormatCommand::check);
  command
      ->add_option("--fail-on", args->fail_on,
                   "Exit 1 when a listed finding is at least this severe, or never")
      ->check(CLI::IsMember({"overdue", "incomplete", "late", "due-soon", "pending", "waived",
                             "lapsed", "ok", "never"}))
      ->capture_default_str();
  command->add_flag("--quiet,-q", args->quiet, "Print nothing when nothing is listed");
  return {command, [args](const Context& context) {
            return run_converted(
                to_check_options(*args, context.env), context, [&](const CheckOptions& options) {
                  return run_check(options, context.output, context.out, context.err);
                });
          }};
}

} // namespace plancheck
