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

struct MatrixOptions {
  std::vector<std::string> plans;
  std::optional<Day> as_of;                  // else today in the plan's zone
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
  int within_days = k_default_within_days;
  Selection selection;
  std::vector<OutputTarget> outputs{{OutputFormat::text, {}}};
  std::size_t jobs = 1; // files read and loaded at once
};

// Run `plancheck matrix`: the status matrix of every selected obligation,
// from the findings `check` computes, to `out` or the files `outputs` name;
// invalid input is reported on `err` as `check` reports it. The exit status
// is check's: findings when something is overdue.
ExitCode run_matrix(const MatrixOptions& options, const OutputOptions& output, std::ostream& out,
                    std::ostream& err);

} // namespace plancheck
