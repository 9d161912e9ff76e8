#pragma once

#include "check/obligation.hpp"
#include "check/status.hpp"
#include "model/report.hpp"

#include <optional>
#include <string>
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

// Decide where `obligation` stands on `as_of` given the plan's `reports`.
// Reports submitted after `as_of` do not exist yet and are ignored.
Finding evaluate(const Plan& plan, const Obligation& obligation,
                 const std::vector<const Report*>& reports, Day as_of, int within_days);

} // namespace plancheck
