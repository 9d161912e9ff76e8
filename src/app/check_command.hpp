#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "check/check.hpp"
#include "check/status.hpp"

#include <chrono>
#include <iosfwd>

namespace plancheck {

struct CheckOptions {
  std::vector<std::string> plans;
  std::optional<Day> as_of;                  // else today in the plan's zone
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
  std::size_t jobs = 1;                      // files read and loaded at once
  int within_days = 30;
  Selection selection;
  std::vector<Status> statuses;
  bool all = false;
  std::vector<OutputTarget> outputs{{OutputFormat::text, {}}};
  std::string step_summary; // a file to append a Markdown summary to, or empty
  std::optional<Status> fail_on = Status::overdue; // nullopt: never fail
  bool quiet = false;
};

// Run `plancheck check`: findings go to `out`; invalid input is reported on
// `err` as `validate` would, and stops the check.
ExitCode run_check(const CheckOptions& options, const OutputOptions& output, std::ostream& out,
                   std::ostream& err);

} // namespace plancheck
