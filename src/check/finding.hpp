#pragma once

#include "check/obligation.hpp"
#include "check/status.hpp"
#include "model/report.hpp"

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace plancheck {

// An obligation with where it stands: the unit every output format shows.
struct Finding {
  const Plan* plan = nullptr;
  Obligation obligation;
  Status status = Status::ok;
  int days = 0; // past the last on-time day (> 0), or left (<= 0)
  std::optional<Day> submitted;
  std::optional<Day> fulfilled;
  std::vector<std::string> reports;       // paths of the matching reports, sorted
  std::vector<std::string> missing_tasks; // duty: covered task ids not yet reported, plan order
  std::string path; // where to point a reader: the first matching report, else the plan
  SourcePos pos;    // the report (or its task entry), else the duty or task in the plan
};

// How far ahead "due soon" looks, in days, today included.
inline constexpr int k_default_within_days = 30;

// The reports of one plan that exist on the as-of day, filed the two ways
// obligations look them up: by instance, and by task reported done.
struct ReportIndex {
  std::map<std::tuple<std::string, std::string, std::optional<int>>, std::vector<const Report*>>
      by_instance; // (agency, duty, period) -> reports, earliest first
  std::unordered_map<std::string, std::vector<const Report*>> done_by_task; // earliest first
};

// File `reports`, leaving out those submitted after `as_of`: they do not
// exist yet for a check as of that day.
ReportIndex index_reports(const std::vector<const Report*>& reports, Day as_of);

// Decide where `obligation` stands on `as_of` given the plan's reports.
Finding evaluate(const Plan& plan, const Obligation& obligation, const ReportIndex& reports,
                 Day as_of, int within_days);

} // namespace plancheck
