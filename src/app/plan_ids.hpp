#pragma once

#include "check/plan_listing.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace plancheck {

// An id a plan defines, with the name or title it gives it.
struct PlanId {
  std::string id;
  std::string name;
};

// The ids of `kind` that the plans `paths` name define, in plan order, for
// the shell completions; none when the plans cannot be found, read or
// validated (nothing is said: a completion must not write to the terminal).
std::vector<PlanId> plan_ids(const std::vector<std::string>& paths, ListKind kind,
                             std::chrono::system_clock::time_point now);

} // namespace plancheck
