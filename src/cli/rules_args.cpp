#include "cli/rules_args.hpp"

#include "cli/command_frame.hpp"
#include "cli/format_option.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {

RulesOptions to_rules_options(const RulesArgs& args) {
  return {parse_output_format(args.format).value_or(OutputFormat::text)};
}

Command add_rules(CLI::App& app, Lang lang) {
  auto args = std::make_shared<RulesArgs>();
  CLI::App* command = add_command(app, "rules", MsgId::help_rules, lang);
  add_stream_format_option(*command, args->format, FormatCommand::rules, lang);
  return {command, [args](const Context& context) {
            return run_rules(to_rules_options(*args), context.output, context.out);
          }};
}

} // namespace plancheck
