#include "cli/command_frame.hpp"

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

std::string words(MsgId id, Lang lang) {
  return localize({id, {}}, lang);
}

} // namespace

void set_help_language(CLI::App& app, Lang lang) {
  // The formatter is shared with every command added after this.
  const auto formatter = app.get_formatter();
  formatter->label("Usage", words(MsgId::help_usage, lang));
  formatter->label("OPTIONS", words(MsgId::help_options_badge, lang));
  formatter->label("SUBCOMMAND", words(MsgId::help_command_badge, lang));
  formatter->label("Positionals", words(MsgId::help_positionals, lang));
  formatter->label("REQUIRED", words(MsgId::help_required_badge, lang));
  app.option_defaults()->group(words(MsgId::help_options, lang));
  // CLI11 made the help flag before the group had its name: make it again.
  app.set_help_flag("-h,--help", words(MsgId::help_help, lang));
}

CLI::App* add_command(CLI::App& app, const std::string& name, MsgId description, Lang lang) {
  CLI::App* command = app.add_subcommand(name, words(description, lang));
  command->group(words(MsgId::help_commands, lang));
  // A command copies its help flag from `app` before its option group: make it again.
  command->set_help_flag("-h,--help", words(MsgId::help_help, lang));
  return command;
}

CLI::App* add_plans_command(CLI::App& app, const std::string& name, MsgId description,
                            std::vector<std::string>& plans, Lang lang) {
  CLI::App* command = add_command(app, name, description, lang);
  command->add_option("plan", plans, words(MsgId::help_plans, lang));
  return command;
}

} // namespace plancheck
