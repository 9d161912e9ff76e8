#pragma once

#include "app/list_command.hpp"
#include "cli/command.hpp"

#include <string>
#include <vector>

namespace plancheck {

// `plancheck list`'s command line as given.
struct ListArgs {
  std::string kind; // agencies, groups, tasks or duties, already checked
  std::vector<std::string> plans;
  std::string as_of;           // a date, already checked, or empty
  std::string format = "text"; // text or json, already checked
  std::size_t jobs = 0;        // --jobs, 0 when not given
};

// Return why `text` is not a kind `list` lists, in `lang`, or empty when it is one.
std::string check_list_kind(const std::string& text, Lang lang);

// The options `run_list` takes, from `args` and the environment.
ListOptions to_list_options(const ListArgs& args, const Environment& env);

// Add `list` to `app`, its help in `lang`.
Command add_list(CLI::App& app, Lang lang);

} // namespace plancheck
