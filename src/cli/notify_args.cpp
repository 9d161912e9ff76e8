#include "cli/notify_args.hpp"

#include "cli/command_frame.hpp"
#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {

Converted<NotifyOptions> to_notify_options(const NotifyArgs& args, const Environment& env) {
  const std::string from_text = args.from.empty() ? sender_from_environment(env.getenv) : args.from;
  if (from_text.empty()) {
    return Problems{{MsgId::usage_error, {Message{MsgId::from_required, {}}}}};
  }
  // Every address is checked, so that one run names every bad one.
  NotifyOptions options;
  Problems problems;
  const auto from = parse_mailbox_option("--from", from_text, problems);
  for (const std::string& text : args.digest_to) {
    if (const auto mailbox = parse_mailbox_option("--digest-to", text, problems)) {
      options.digest_to.push_back(*mailbox);
    }
  }
  for (const std::string& text : args.cc) {
    if (const auto mailbox = parse_mailbox_option("--cc", text, problems)) {
      options.cc.push_back(*mailbox);
    }
  }
  if (!from || !problems.empty()) {
    return problems;
  }
  options.plans = args.plans;
  options.as_of = parse_optional_date(args.as_of);
  options.now = env.now;
  options.jobs = jobs_or_cores(args.jobs, env.cores);
  options.selection = args.selection;
  options.from = *from;
  options.sendmail = args.sendmail;
  options.dry_run = args.dry_run;
  options.policy.lead_days = parse_day_list(args.lead_days);
  options.policy.repeat_days = args.repeat_days;
  options.policy.max_overdue_days = args.max_overdue_days;
  options.policy.all_items = args.all_items;
  return options;
}

Command add_notify(CLI::App& app, Lang lang) {
  auto args = std::make_shared<NotifyArgs>();
  CLI::App* command = add_plans_command(app, "notify", MsgId::help_notify, args->plans, lang);
  command->add_option("--from", args->from, localize({MsgId::help_from, {}}, lang))
      ->type_name("ADDR");
  command->add_option("--digest-to", args->digest_to, localize({MsgId::help_digest_to, {}}, lang))
      ->type_name("ADDR")
      ->allow_extra_args(false);
  command->add_option("--cc", args->cc, localize({MsgId::help_cc, {}}, lang))
      ->type_name("ADDR")
      ->allow_extra_args(false);
  command->add_option("--sendmail", args->sendmail, localize({MsgId::help_sendmail, {}}, lang))
      ->type_name("CMD")
      ->capture_default_str();
  command->add_flag("--dry-run", args->dry_run, localize({MsgId::help_dry_run, {}}, lang));
  add_as_of_option(*command, args->as_of, lang);
  add_selection_options(*command, args->selection, lang);
  command->add_option("--lead-days", args->lead_days, localize({MsgId::help_lead_days, {}}, lang))
      ->check([lang](const std::string& text) { return check_day_list(text, lang); })
      ->type_name("N[,N...]")
      ->capture_default_str();
  command
      ->add_option("--repeat-overdue", args->repeat_days,
                   localize({MsgId::help_repeat_overdue, {}}, lang))
      ->check(CLI::Range(1, 366))
      ->capture_default_str();
  command
      ->add_option("--max-overdue", args->max_overdue_days,
                   localize({MsgId::help_max_overdue, {}}, lang))
      ->check(CLI::Range(0, 3660))
      ->type_name("N")
      ->capture_default_str();
  command->add_flag("--all-items", args->all_items, localize({MsgId::help_all_items, {}}, lang));
  add_jobs_option(*command, args->jobs, lang);
  return {command, [args](const Context& context) {
            return run_converted(
                to_notify_options(*args, context.env), context, [&](const NotifyOptions& options) {
                  return run_notify(options, context.output, context.out, context.err);
                });
          }};
}

} // namespace plancheck
