#include "cli/notify_args.hpp"

#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {

Converted<NotifyOptions> to_notify_options(const NotifyArgs& args, const Environment& env) {
  const std::string from_text = args.from.empty() ? sender_from_environment(env.getenv) : args.from;
  if (from_text.empty()) {
    return Problems{{MsgId::usage_error, {"notify: --from is required (or PLANCHECK_FROM)"}}};
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

Command add_notify(CLI::App& app) {
  auto args = std::make_shared<NotifyArgs>();
  CLI::App* command = app.add_subcommand(
      "notify", "Email each agency what it owes that is overdue, incomplete or coming due");
  command->add_option("plan", args->plans, "Plan folders or plan files (default: .)");
  command
      ->add_option("--from", args->from,
                   "Sender address, 'Name <addr>' or 'addr' (default: PLANCHECK_FROM)")
      ->type_name("ADDR");
  command->add_option("--digest-to", args->digest_to, "Also send a digest of everything to ADDR")
      ->type_name("ADDR")
      ->allow_extra_args(false);
  command->add_option("--cc", args->cc, "Copy every agency's message to ADDR")
      ->type_name("ADDR")
      ->allow_extra_args(false);
  command
      ->add_option("--sendmail", args->sendmail,
                   "Command that sends a message read from its standard input")
      ->type_name("CMD")
      ->capture_default_str();
  command->add_flag("--dry-run", args->dry_run,
                    "Write the messages to standard output as an mbox; send nothing");
  add_as_of_option(*command, args->as_of);
  add_selection_options(*command, args->selection);
  command->add_option("--lead-days", args->lead_days, "Remind this many days before a deadline")
      ->check(check_day_list)
      ->type_name("N[,N...]")
      ->capture_default_str();
  command
      ->add_option("--repeat-overdue", args->repeat_days,
                   "Remind of overdue or incomplete items every N days")
      ->check(CLI::Range(1, 366))
      ->capture_default_str();
  command
      ->add_option("--max-overdue", args->max_overdue_days,
                   "Leave an item more than N days overdue to the digest; 0: no limit")
      ->check(CLI::Range(0, 3660))
      ->type_name("N")
      ->capture_default_str();
  command->add_flag("--all-items", args->all_items,
                    "Include everything outstanding, whatever the day");
  return {command, [args](const Context& context) {
            return run_converted(
                to_notify_options(*args, context.env), context, [&](const NotifyOptions& options) {
                  return run_notify(options, context.output, context.out, context.err);
                });
          }};
}

} // namespace plancheck
