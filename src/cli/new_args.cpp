#include "cli/new_args.hpp"

#include "cli/command_frame.hpp"
#include "cli/option_values.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

std::string words(MsgId id, Lang lang) {
  return localize({id, {}}, lang);
}

// The options `report` and `decision` share, filling `args`; return
// `--output`, which may be given with no value.
CLI::Option* add_common_options(CLI::App& command, NewArgs& args, Lang lang) {
  command.add_option("plan", args.plan, words(MsgId::help_new_plan, lang))->required();
  command.add_option("--duty", args.duty, words(MsgId::help_new_duty, lang))->type_name("DUTY");
  command.add_option("--period", args.period, words(MsgId::help_new_period, lang))
      ->check(CLI::Range(1000, 9999))
      ->type_name("YEAR");
  command.add_option("--task", args.task, words(MsgId::help_new_task, lang))->type_name("ID");
  CLI::Option* output =
      command.add_option("--output", args.output_text, words(MsgId::help_new_output, lang))
          ->expected(0, 1)
          ->type_name("[PATH]");
  command.add_option("--as-of", args.as_of, words(MsgId::help_new_as_of, lang))
      ->check([lang](const std::string& text) { return check_date(text, lang); })
      ->type_name("DATE");
  return output;
}

} // namespace

Converted<NewOptions> to_new_options(const NewArgs& args, NewKind kind, const Environment& env) {
  if (args.duty.empty() == args.task.empty()) {
    return Problems{{MsgId::usage_error, {Message{MsgId::new_duty_or_task, {}}}}};
  }
  NewOptions options;
  options.kind = kind;
  options.plan = args.plan;
  options.agency = args.agency;
  options.duty = args.duty;
  options.task = args.task;
  options.period = args.period;
  if (args.output_given) {
    options.output = args.output_text;
  }
  options.as_of = parse_optional_date(args.as_of);
  options.now = env.now;
  options.by = args.by;
  options.waive = args.waive;
  return options;
}

Command add_new(CLI::App& app, Lang lang) {
  auto report_args = std::make_shared<NewArgs>();
  auto decision_args = std::make_shared<NewArgs>();
  CLI::App* command = add_command(app, "new", MsgId::help_new, lang);
  command->require_subcommand(1);

  CLI::App* report = add_command(*command, "report", MsgId::help_new_report, lang);
  CLI::Option* report_output = add_common_options(*report, *report_args, lang);
  report->add_option("--agency", report_args->agency, words(MsgId::help_new_agency, lang))
      ->type_name("AGENCY")
      ->required();

  CLI::App* decision = add_command(*command, "decision", MsgId::help_new_decision, lang);
  CLI::Option* decision_output = add_common_options(*decision, *decision_args, lang);
  decision->add_option("--agency", decision_args->agency, words(MsgId::help_new_agency, lang))
      ->type_name("AGENCY");
  decision->add_option("--by", decision_args->by, words(MsgId::help_new_by, lang))
      ->type_name("AGENCY");
  decision->add_flag("--waive", decision_args->waive, words(MsgId::help_new_waive, lang));

  return {command, [=](const Context& context) {
            const bool is_report = report->parsed();
            NewArgs& args = is_report ? *report_args : *decision_args;
            args.output_given = (is_report ? report_output : decision_output)->count() > 0;
            return run_converted(
                to_new_options(args, is_report ? NewKind::report : NewKind::decision, context.env),
                context, [&](const NewOptions& options) {
                  return run_new(options, context.output, context.out, context.err);
                });
          }};
}

} // namespace plancheck
