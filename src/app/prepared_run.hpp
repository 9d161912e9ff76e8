#pragma once

#include "app/output_target.hpp"
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

// What a run reads of each plan it finds.
enum class Reading {
  everything, // the plan with its reports and decisions (check, notify)
  plan_alone, // the plan file: what it says, whatever state the reports are in (list, new)
};

// The files a run will write (none for notify), checked before it reads.
struct RunOutputs {
  std::vector<OutputTarget> targets;
  std::string step_summary; // empty: none
};

// Find, load and validate the plans `paths` name (each with every report
// and decision below it, unless `reading` is plan_alone), `jobs` files at a time, refuse `outputs`
// that may not be written (see refused_outputs), settle the as-of day (`as_of`, else the date at
// `now` in the first plan's zone) and check the ids of `selection`. On any problem, say so on `err`
// and return nullptr: invalid input is never checked.
std::unique_ptr<PreparedRun> prepare_run(const std::vector<std::string>& paths,
                                         std::optional<Day> as_of,
                                         std::chrono::system_clock::time_point now,
                                         const Selection& selection, const RunOutputs& outputs,
                                         Lang lang, std::ostream& err, Reading reading,
                                         std::size_t jobs);

} // namespace plancheck
