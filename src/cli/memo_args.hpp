#pragma once

#include "app/memo_command.hpp"
#include "check/check.hpp"
#include "cli/command.hpp"

#include <string>
#include <vector>

namespace plancheck {

// `plancheck memo`'s command line as given.
struct MemoArgs {
  std::vector<std::string> plans;
  std::string as_of; // a date, already checked, or empty
  int within_days = k_default_within_days;
  Selection selection;
  std::vector<std::string> formats; // FORMAT[=PATH], already checked
  std::size_t jobs = 0;             // --jobs, 0 when not given
};

// The options `run_memo` takes, from `args` and the environment.
Converted<MemoOptions> to_memo_options(const MemoArgs& args, const Environment& env);

// Add `memo` to `app`, its help in `lang`.
Command add_memo(CLI::App& app, Lang lang);

} // namespace plancheck
