#pragma once

#include "app/check_command.hpp"
#include "check/check.hpp"
#include "cli/command.hpp"

#include <string>
#include <vector>

namespace plancheck {

// `plancheck check`'s command line as given.
struct CheckArgs {
  std::vector<std::string> plans;
  std::string as_of; // a date, already checked, or empty
  int within_days = 30;
  Selection selection;
  std::vector<std::string> statuses; // comma-separated, already checked
  bool all = false;
  std::vector<std::string> formats; // FORMAT[=PATH], already checked
  std::string fail_on = "overdue";  // a status id or "never"
  bool quiet = false;
  std::size_t jobs = 0; // --jobs, 0 when not given
};

// The options `run_check` takes, from `args` and the environment.
Converted<CheckOptions> to_check_options(const CheckArgs& args, const Environment& env);

// Add `check` to `app`, its help in `lang`.
Command add_check(CLI::App& app, Lang lang);

} // namespace plancheck
