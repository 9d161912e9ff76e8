#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "model/calendar.hpp"

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>

namespace plancheck {

enum class NewKind { report, decision };

struct NewOptions {
  NewKind kind = NewKind::report;
  std::string plan;
  std::string agency; // an id or a name, as written; empty: none (a decision for every agency)
  std::string duty;   // an id or a title, as written; empty: a task's
  std::string task;   // a task id; empty: a duty's
  std::optional<int> period;
  std::optional<std::string> output;         // nullopt: standard output; empty: the usual path
  std::optional<Day> as_of;                  // else today in the plan's zone
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
  std::string by;                            // a decision's agency; empty: the plan's issuer
  bool waive = false;                        // a decision waiving rather than extending
};

// Run `plancheck new`: write the skeleton of a report or decision file for
// the obligation `options` names to `out`, or to a new file (saying so on
// `out`). Problems go to `err` with ExitCode::usage.
ExitCode run_new(const NewOptions& options, const OutputOptions& output, std::ostream& out,
                 std::ostream& err);

} // namespace plancheck
