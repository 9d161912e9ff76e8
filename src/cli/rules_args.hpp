#pragma once

#include "app/rules_command.hpp"
#include "cli/command.hpp"

#include <string>

namespace plancheck {

// `plancheck rules`'s command line as given.
struct RulesArgs {
  std::string format = "text"; // text or json, already checked
};

// The options `run_rules` takes, from `args`.
RulesOptions to_rules_options(const RulesArgs& args);

// Add `rules` to `app`, its help in `lang`.
Command add_rules(CLI::App& app, Lang lang);

} // namespace plancheck
