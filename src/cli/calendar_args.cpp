#include "cli/calendar_args.hpp"

#include "cli/command_frame.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

// Add a date option called `name` to `command`, filling `value`.
void add_date_option(CLI::App& command, const std::string& name, std::string& value, MsgId help,
                     Lang lang) {
  command.add_option(name, value, localize({help, {}}, lang))
      ->check([lang](const std::string& text) { return check_date(text, lang); })
      ->type_name("DATE");
}

} // namespace

Converted<CalendarOptions> to_calendar_options(const CalendarArgs& args, const Environment& env) {
  CalendarOptions options;
  // A calendar is for importing: iCalendar, unless asked otherwise.
  if (!args.formats.empty()) {
    options.outputs = to_output_targets(args.formats, env.getenv);
  }
  if (const auto conflict = conflicting_targets(options.outputs)) {
    return Problems{{MsgId::usage_error, {*conflict}}};
  }
  options.plans = args.plans;
  options.agency = args.agency;
  options.from = parse_optional_date(args.from);
  options.to = parse_optional_date(args.to);
  if (options.from && options.to && *options.to < *options.from) {
    return Problems{{MsgId::usage_error,
                     {Message{MsgId::calendar_from_after_to, {*options.from, *options.to}}}}};
  }
  options.as_of = parse_optional_date(args.as_of);
  options.now = env.now;
  options.jobs = jobs_or_cores(args.jobs, env.cores);
  return options;
}

Command add_calendar(CLI::App& app, Lang lang) {
  auto args = std::make_shared<CalendarArgs>();
  CLI::App* command = add_plans_command(app, "calendar", MsgId::help_calendar, args->plans, lang);
  command->add_option("--agency", args->agency, localize({MsgId::help_calendar_agency, {}}, lang))
      ->type_name("AGENCY");
  add_date_option(*command, "--from", args->from, MsgId::help_calendar_from, lang);
  add_date_option(*command, "--to", args->to, MsgId::help_calendar_to, lang);
  add_date_option(*command, "--as-of", args->as_of, MsgId::help_calendar_as_of, lang);
  add_format_option(*command, args->formats, FormatCommand::calendar, lang);
  // The shared help names check's default; a calendar's is ics, and goes to files as a table's
  // does.
  command->get_option("--format")
      ->description(localize({MsgId::help_matrix_format,
                              {either_of(format_names(FormatCommand::calendar), lang), "ics"}},
                             lang));
  add_jobs_option(*command, args->jobs, lang);
  return {command, [args](const Context& context) {
            return run_converted(to_calendar_options(*args, context.env), context,
                                 [&](const CalendarOptions& options) {
                                   return run_calendar(options, context.output, context.out,
                                                       context.err);
                                 });
          }};
}

} // namespace plancheck
