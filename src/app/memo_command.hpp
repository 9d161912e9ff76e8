#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "check/check.hpp"

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

struct MemoOptions {
  std::vector<std::string> plans;
  std::optional<Day> as_of;                  // else today in the plan's zone
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
  int within_days = k_default_within_days;
  Selection selection; // no year: the as-of day's year
  std::vector<OutputTarget> outputs{{OutputFormat::text, {}}};
  std::size_t jobs = 1; // files read and loaded at once
};

// Run `plancheck memo`: for each selected year (the as-of day's when none
// is), a paragraph per obligation instance saying who sent it on time, late,
// incomplete or not at all, from the findings `check` computes; invalid
// input is reported on `err` as `check` reports it. The exit status is
// check's: findings when something of those years is overdue.
ExitCode run_memo(const MemoOptions& options, const OutputOptions& output, std::ostream& out,
                  std::ostream& err);

} // namespace plancheck
