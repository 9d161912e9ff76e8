#pragma once

#include "cli/command.hpp"

#include <string>

namespace plancheck {

// `plancheck rules`'s command line as given.
struct RulesArgs {
  std::string format = "text"; // text or json, already checked
};

// Add `rules` to `app`.
Command add_rules(CLI::App& app);

} // namespace plancheck
