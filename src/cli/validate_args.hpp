#pragma once

#include "app/validate_command.hpp"
#include "cli/command.hpp"

#include <string>
#include <vector>

namespace plancheck {

// `plancheck validate`'s command line as given.
struct ValidateArgs {
  std::vector<std::string> paths;
  bool strict = false;
  std::string as_of;                // a date, already checked, or empty
  std::vector<std::string> formats; // FORMAT[=PATH], already checked
  std::size_t jobs = 0;             // --jobs, 0 when not given
};

// The options `run_validate` takes, from `args` and the environment.
Converted<ValidateOptions> to_validate_options(const ValidateArgs& args, const Environment& env);

// Add `validate` to `app`, its help in `lang`.
Command add_validate(CLI::App& app, Lang lang);

} // namespace plancheck
