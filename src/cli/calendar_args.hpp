#pragma once

#include "app/calendar_command.hpp"
#include "cli/command.hpp"

#include <string>
#include <vector>

namespace plancheck {

// `plancheck calendar`'s command line as given.
struct CalendarArgs {
  std::vector<std::string> plans;
  std::string agency;
  std::string from;                 // a date, already checked, or empty
  std::string to;                   // a date, already checked, or empty
  std::string as_of;                // a date, already checked, or empty
  std::vector<std::string> formats; // FORMAT[=PATH], already checked
  std::size_t jobs = 0;             // --jobs, 0 when not given
};

// The options `run_calendar` takes, from `args` and the environment: by
// default the iCalendar on standard output; a --from after --to is a problem.
Converted<CalendarOptions> to_calendar_options(const CalendarArgs& args, const Environment& env);

// Add `calendar` to `app`, its help in `lang`.
Command add_calendar(CLI::App& app, Lang lang);

} // namespace plancheck
