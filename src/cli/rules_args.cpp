#include "cli/rules_args.hpp"

#include "app/rules_command.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {

Command add_rules(CLI::App& app) {
  auto args = std::make_shared<RulesArgs>();
  CLI::App* command = app.add_subcommand("rules", "List every rule id with what it means");
  command->add_option("--format", args->format, "Output: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  return {command, [args](const Context& context) {
            return run_rules(args->format == "json", context.output.lang, context.out);
          }};
}

} // namespace plancheck
