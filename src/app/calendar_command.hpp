#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "model/calendar.hpp"

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

struct CalendarOptions {
  std::vector<std::string> plans;
  std::string agency;       // an id or a name, as written; empty: every agency
  std::optional<Day> from;  // the first deadline to hold; nullopt: no limit
  std::optional<Day> to;    // the last; nullopt: no limit
  std::optional<Day> as_of; // the calendar's DTSTAMP; else today in the plan's zone
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
  std::size_t jobs = 1;                      // files read and loaded at once
  std::vector<OutputTarget> outputs{{OutputFormat::ics, {}}};
};

// Run `plancheck calendar`: every obligation instance of the plans (of one
// agency, within a range) as a calendar event, to `out` or the files
// `outputs` name; an invalid plan, an agency named by nobody or by several,
// or a file that cannot be written is said on `err` with ExitCode::usage.
ExitCode run_calendar(const CalendarOptions& options, const OutputOptions& output,
                      std::ostream& out, std::ostream& err);

} // namespace plancheck
