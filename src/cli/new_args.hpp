#pragma once

#include "app/new_command.hpp"
#include "cli/command.hpp"

#include <optional>
#include <string>

namespace plancheck {

// `plancheck new report|decision`'s command line as given.
struct NewArgs {
  std::string plan;
  std::string agency;
  std::string duty;
  std::string task;
  std::optional<int> period; // already checked: 1000 to 9999
  bool output_given = false; // --output, with a value or none
  std::string output_text;   // its value; empty: none
  std::string as_of;         // a date, already checked, or empty
  std::string by;            // decision
  bool waive = false;        // decision
};

// The options `run_new` takes for a file of `kind`, from `args` and the environment.
Converted<NewOptions> to_new_options(const NewArgs& args, NewKind kind, const Environment& env);

// Add `new` with its commands `report` and `decision` to `app`, its help in `lang`.
Command add_new(CLI::App& app, Lang lang);

} // namespace plancheck
