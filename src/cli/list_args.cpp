#include "cli/list_args.hpp"

#include "cli/command_frame.hpp"
#include "cli/completion_values.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

// What `list` lists, in the order help names them.
std::vector<std::string> list_kind_names() {
  std::vector<std::string> names;
  for (const ListKind kind :
       {ListKind::agencies, ListKind::groups, ListKind::tasks, ListKind::duties}) {
    names.emplace_back(list_kind_name(kind));
  }
  return names;
}

} // namespace

std::string check_list_kind(const std::string& text, Lang lang) {
  return parse_list_kind(text) ? std::string() : localize({MsgId::not_a_list_kind, {text}}, lang);
}

ListOptions to_list_options(const ListArgs& args, const Environment& env) {
  ListOptions options;
  options.kind = parse_list_kind(args.kind).value_or(ListKind::agencies);
  options.plans = args.plans;
  options.as_of = parse_optional_date(args.as_of);
  options.now = env.now;
  options.jobs = jobs_or_cores(args.jobs, env.cores);
  options.format = parse_output_format(args.format).value_or(OutputFormat::text);
  return options;
}

Command add_list(CLI::App& app, Lang lang) {
  auto args = std::make_shared<ListArgs>();
  CLI::App* command = add_command(app, "list", MsgId::help_list, lang);
  command->add_option("kind", args->kind, localize({MsgId::help_list_kind, {}}, lang))
      ->required()
      ->check([lang](const std::string& text) { return check_list_kind(text, lang); }, "",
              completion_name(list_kind_names()))
      ->type_name("KIND");
  command->add_option("plan", args->plans, localize({MsgId::help_plans, {}}, lang));
  // Its own words: the day a listing is taken, not a check.
  command->add_option("--as-of", args->as_of, localize({MsgId::help_list_as_of, {}}, lang))
      ->check([lang](const std::string& text) { return check_date(text, lang); })
      ->type_name("DATE");
  add_stream_format_option(*command, args->format, FormatCommand::list, lang);
  add_jobs_option(*command, args->jobs, lang);
  return {command, [args](const Context& context) {
            return run_list(to_list_options(*args, context.env), context.output, context.out,
                            context.err);
          }};
}

} // namespace plancheck
