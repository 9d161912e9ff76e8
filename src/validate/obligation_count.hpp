#pragma once

#include "load/reporter.hpp"
#include "model/plan.hpp"

namespace plancheck {

// Most obligations a plan may make: one per agency for each duty instance
// and each task deadline, counted before succession merges any. A plan
// past it is an error, so that no plan can make `check` run out of memory.
inline constexpr std::size_t k_max_obligations = 500'000;

// Count the obligations `plan` would make, without making them, and report
// the duty or task past which there are more than k_max_obligations.
void check_obligation_count(const Plan& plan, Reporter& reporter);

} // namespace plancheck
