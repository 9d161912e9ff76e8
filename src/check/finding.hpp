#pragma once

#include "check/obligation.hpp"
#include "check/status.hpp"
#include "check/verdict.hpp"
#include "model/report.hpp"

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace plancheck {

// The decision (gia hạn, miễn) applied to an obligation: its document.
struct AppliedDecision {
  std::string number; // the deciding document's number
  Day date{};         // its date: in force from that day
  std::string path;   // the decision file, as the user reached it
  std::string reason; // a waiver's reason; empty for an extension
};

// What the decisions in force on the as-of date do to one obligation; empty
// when none applies.
struct DecisionEffect {
  std::optional<Day> due; // a new last on-time day (extend)
  bool waived = false;    // no longer required (waive)
  std::optional<AppliedDecision> decision;
};

// A report as a row cites it: "145/BC-STNMT ngày 06/12/2024".
struct ReportCitation {
  std::string number; // the report's own number
  Day submitted{};    // the day it was sent
};

// An obligation with where it stands: the unit every output format shows.
struct Finding {
  const Plan* plan = nullptr;
  Obligation obligation;
  Status status = Status::ok;
  // Whether it fails the run under --fail-on, and the level CI outputs give it.
  Verdict verdict = Verdict::note;
  Day due{};            // the last on-time day in force: the plan's, or a decision's
  Day due_original{};   // the plan's last on-time day
  Day due_unadjusted{}; // `due` before a roll moved it; a decision's day never moves
  std::optional<AppliedDecision> decision; // the decision that extended or waived it
  int days = 0;                            // past the last on-time day (> 0), or left (<= 0)
  // Succession on the as-of date: whether the owing agency has ended, and
  // who holds its work now when that is another agency (and since when).
  bool agency_ended = false;
  const Agency* answerable_by = nullptr;
  std::optional<Day> passed_on; // the first day `answerable_by` held the work
  std::optional<Day> submitted;
  std::optional<Day> fulfilled;
  std::vector<std::string> reports;        // paths of the matching reports, sorted
  std::vector<std::string> report_numbers; // their numbers, in the order of `reports`
  std::vector<std::string> missing_tasks;  // duty: covered task ids not yet reported, plan order
  // An incomplete duty instance: its latest report, and the days from that report to the as-of day.
  std::optional<ReportCitation> latest_report;
  int days_since_report = 0;
  // A task not done: the latest report that says it is in progress.
  std::optional<ReportCitation> in_progress;
  std::string path; // where to point a reader: the first matching report, else the plan
  SourcePos pos;    // the report (or its task entry), else the duty or task in the plan
};

// How far ahead "due soon" looks, in days, today included.
inline constexpr int k_default_within_days = 30;

// The reports of one plan that exist on the as-of day, filed the ways
// obligations look them up: by instance, and by task reported done or in progress.
struct ReportIndex {
  std::map<std::tuple<std::string, std::string, std::optional<int>>, std::vector<const Report*>>
      by_instance; // (agency, duty, period) -> reports, earliest first
  std::unordered_map<std::string, std::vector<const Report*>> done_by_task;        // earliest first
  std::unordered_map<std::string, std::vector<const Report*>> in_progress_by_task; // earliest first
};

// File `reports`, leaving out those submitted after `as_of`: they do not
// exist yet for a check as of that day.
ReportIndex index_reports(const std::vector<const Report*>& reports, Day as_of);

// The facts a status is decided from.
struct StatusFacts {
  std::optional<Day> fulfilled; // the day it was fulfilled, if it was
  bool answered = false;        // at least one matching report exists
  Day due{};                    // the last on-time day in force
  bool waived = false;          // a decision in force waives it
  bool lapsed = false;          // its agency has ended with no successor
};

// Return the one status `facts` give on `as_of` (formats.md section 3):
// fulfilled is ok or late; otherwise waived, then lapsed, then incomplete,
// overdue, due-soon (within `within_days`, today included) or pending.
Status decide_status(const StatusFacts& facts, Day as_of, int within_days);

// Decide where `obligation` stands on `as_of` given the plan's reports and
// what the decisions in force do to it.
Finding evaluate(const Plan& plan, const Obligation& obligation, const ReportIndex& reports,
                 Day as_of, int within_days, const DecisionEffect& effect = {});

} // namespace plancheck
