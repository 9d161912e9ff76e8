#pragma once

#include "check/obligation.hpp"
#include "model/lang.hpp"

#include <iosfwd>

namespace plancheck {

// A report file for `obligation` (a duty instance or a task, with its
// agency), dated `submitted`, left to fill in: its number, and the status of
// every task it must cover.
struct ReportSkeleton {
  const Plan* plan = nullptr;
  const Obligation* obligation = nullptr;
  Day submitted{};
};

// A decision file of `by`, dated `date`, that extends (or waives) `obligation`:
// its agency's, or every agency's when it has none.
struct DecisionSkeleton {
  const Plan* plan = nullptr;
  const Obligation* obligation = nullptr;
  const Agency* by = nullptr;
  Day date{};
  bool waive = false;
};

// Write `skeleton` as YAML that plancheck reads: the header keys, `number: ""`
// and one entry per covered task with status not-started, each under a
// comment with the task's title and owners. Comments are in `lang`; every
// text from the plan is escaped (yaml_scalar, yaml_comment).
void render_report_skeleton(const ReportSkeleton& skeleton, Lang lang, std::ostream& out);

// Write `skeleton` as YAML that plancheck reads, with `number: ""` and, to
// extend, the obligation's current deadline, or, to waive, `reason: ""`.
void render_decision_skeleton(const DecisionSkeleton& skeleton, Lang lang, std::ostream& out);

} // namespace plancheck
