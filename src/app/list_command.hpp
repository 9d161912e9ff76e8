#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "app/output_format.hpp"
#include "check/plan_listing.hpp"

#include <chrono>
#include <iosfwd>

namespace plancheck {

struct ListOptions {
  ListKind kind = ListKind::agencies;
  std::vector<std::string> plans;
  std::optional<Day> as_of;                  // else today in the plan's zone
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
  std::size_t jobs = 1;                      // files read and loaded at once
  OutputFormat format = OutputFormat::text;  // one that FormatCommand::list accepts
};

// Run `plancheck list`: the plans' agencies, groups, tasks or duties go to
// `out`; an invalid plan is reported on `err` as `validate` would, and is
// not listed.
ExitCode run_list(const ListOptions& options, const OutputOptions& output, std::ostream& out,
                  std::ostream& err);

} // namespace plancheck
