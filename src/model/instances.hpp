#pragma once

#include "model/plan.hpp"

#include <optional>
#include <vector>

namespace plancheck {

// One occurrence of a duty: the year it is for (nullopt for a one-off duty)
// and its last on-time day.
struct Instance {
  std::optional<int> year;
  Day due;
};

// Return the instances of `duty`: for a yearly duty one per year whose last
// on-time day lies in the plan's period and not before `issued`; for a
// one-off duty its single instance unless it falls before `issued`. Empty
// when the duty has no deadline.
std::vector<Instance> duty_instances(const Plan& plan, const Duty& duty);

} // namespace plancheck
