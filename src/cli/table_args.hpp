#pragma once

#include "app/table_options.hpp"
#include "check/check.hpp"
#include "cli/command.hpp"

#include <string>
#include <vector>

namespace plancheck {

// The command line of `plancheck matrix` or `plancheck memo` as given; the
// two take the same options.
struct TableArgs {
  std::vector<std::string> plans;
  std::string as_of; // a date, already checked, or empty
  int within_days = k_default_within_days;
  Selection selection;
  std::vector<std::string> formats; // FORMAT[=PATH], already checked
  std::size_t jobs = 0;             // --jobs, 0 when not given
};

// The options `run_matrix` and `run_memo` take, from `args` and the environment.
Converted<TableOptions> to_table_options(const TableArgs& args, const Environment& env);

// Add `matrix` to `app`, its help in `lang`.
Command add_matrix(CLI::App& app, Lang lang);

// Add `memo` to `app`, its help in `lang`.
Command add_memo(CLI::App& app, Lang lang);

} // namespace plancheck
