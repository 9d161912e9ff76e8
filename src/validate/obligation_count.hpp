#pragma once

#include "load/reporter.hpp"
#include "load/workspace.hpp"
#include "model/plan.hpp"

#include <vector>

namespace plancheck {

// Most obligations a plan may make: one per agency for each duty instance
// and each task deadline, counted before succession merges any. A plan
// past it is an error, so that no plan can make `check` run out of memory.
inline constexpr std::size_t k_max_obligations = 500'000;

// Count the obligations `plan` would make, without making them, and report
// the duty or task past which there are more than k_max_obligations: in
// `reporter`'s file (plan.yaml), or, for a duty of a request, in the file
// of `requests` it comes from, into `out`, so that the error names the file
// that added it.
void check_obligation_count(const Plan& plan, Reporter& reporter,
                            const std::vector<LoadedRequest>& requests, Diagnostics& out);

} // namespace plancheck
