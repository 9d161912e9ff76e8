#pragma once

#include "check/check.hpp"
#include "load/workspace.hpp"

#include <chrono>
#include <iosfwd>
#include <memory>
#include <optional>

namespace plancheck {

// The plans of a `check` or `notify` run: loaded, validated, with the day
// they are checked as of.
struct PreparedRun {
  Workspace workspace;
  std::vector<PlanInput> inputs; // point into `workspace`
  Day as_of{};
};

// Find, load and validate the plans `paths` name (each with every report
// below its reports/), settle the as-of day (`as_of`, else the date at
// `now` in the first plan's zone) and check the ids of `selection`. On any
// problem, say so on `err` and return nullptr: invalid input is never checked.
std::unique_ptr<PreparedRun> prepare_run(const std::vector<std::string>& paths,
                                         std::optional<Day> as_of,
                                         std::chrono::system_clock::time_point now,
                                         const Selection& selection, Lang lang, std::ostream& err);

} // namespace plancheck
