#pragma once

#include "app/matrix_command.hpp"
#include "check/check.hpp"
#include "cli/command.hpp"

#include <string>
#include <vector>

namespace plancheck {

// `plancheck matrix`'s command line as given.
struct MatrixArgs {
  std::vector<std::string> plans;
  std::string as_of; // a date, already checked, or empty
  int within_days = k_default_within_days;
  Selection selection;
  std::vector<std::string> formats; // FORMAT[=PATH], already checked
  std::size_t jobs = 0;             // --jobs, 0 when not given
};

// The options `run_matrix` takes, from `args` and the environment.
Converted<MatrixOptions> to_matrix_options(const MatrixArgs& args, const Environment& env);

// Add `matrix` to `app`, its help in `lang`.
Command add_matrix(CLI::App& app, Lang lang);

} // namespace plancheck
